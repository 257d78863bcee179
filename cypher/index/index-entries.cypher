// index-entries — every partnership index entry as written (write-entries.cypher), with what it
// read: what `Neo4jStore.partnershipIndexEntries` gives to compare a kept index with one rebuilt
// from scratch (the same shape as the embedded index's snapshot).
//
// No $query.
//
// Returns one row per entry:
//   actor         STRING
//   partnerCount  INTEGER
//   regions       LIST<STRING>
//   topics        LIST<MAP{kind, nodeKey, topicKey}>
//   reads         LIST<STRING>
//   sizes         LIST<MAP{type, hub, large}>

MATCH (e:IndexEntry)
RETURN e.actor AS actor,
       e.partnerCount AS partnerCount,
       [(e)-[:INDEX_REGION]->(k) | k.key] AS regions,
       [(e)-[t:INDEX_TOPIC]->(k) | {kind: t.kind, nodeKey: t.nodeKey, topicKey: k.key}] AS topics,
       [(e)-[:INDEX_READ]->(k) | k.key] AS reads,
       [(e)-[s:INDEX_SIZE]->(k) | {type: s.type, hub: k.key, large: s.large}] AS sizes
ORDER BY actor
