// write-entries — replaces partnership index entries (src/domain/semantics/index-entry.ts), in
// the transaction of the change that made them stale. The index is a graph of its own, beside
// the entities and never linked to them: an IndexEntry per actor (its partner count, kind and
// sort key, and as lists the regions it is in, the topics it works on and the counts it adds to),
// linked to IndexKey nodes, one per key the index names: the regions the actor is in
// (INDEX_REGION), what its topic rules reach (INDEX_TOPIC, one per piece of evidence), the keys
// its entry read (INDEX_READ) and the hubs whose size it counted (INDEX_SIZE). IndexCount nodes
// count the entries with a partner per (region, topic, kind) (src/domain/semantics/
// partner-counts.ts): an entry dropped takes one off each of its counts, an entry written adds
// one. No graph query, count or export starts from these nodes: those start from Entity nodes.
//
// $query  MAP:
//   rebuild  STRING|null   a rebuild's token: nothing is written unless the state still holds it
//                          (a later rebuild took over); null for an edit's upkeep
//   drop     LIST<STRING>  actors whose entries go (every actor written below, and keys that are
//                          no longer actors)
//   entries  LIST<MAP{actor STRING, partnerCount INTEGER, regions LIST<STRING>,
//                     topics LIST<MAP{kind, nodeKey, topicKey}>, reads LIST<STRING>,
//                     sizes LIST<MAP{type STRING, hub STRING, large BOOLEAN}>,
//                     worksOn LIST<STRING>, counted LIST<STRING>}>
//   countStamp STRING  the stamp of the topic sets worksOn and counted were computed with: when
//                      it is not the state's, the counts are no longer used (the state's is
//                      cleared) until a recount (begin-recount.cypher) or a rebuild
//
// Returns one row:
//   current  BOOLEAN  false: a later rebuild holds the state, and nothing was written
//   written  INTEGER  entries written (an entry whose actor has gone is not)

// Locks the state (every writer of the index takes it), then checks the rebuild's token.
MATCH (s:IndexState {name: 'partnership'})
SET s.locks = coalesce(s.locks, 0) + 1
WITH s, $query.rebuild IS NULL OR s.rebuild = $query.rebuild AS current
// Entries counted under other topic sets: the counts no longer hold, nor does a recount under
// way (begin-recount.cypher).
CALL (s, current) {
  WITH s
  WHERE current
  SET s.countStamp = CASE WHEN s.countStamp = $query.countStamp THEN s.countStamp END,
      s.pendingStamp = CASE WHEN s.pendingStamp = $query.countStamp THEN s.pendingStamp END
}
CALL (current) {
  WITH current
  WHERE current
  UNWIND $query.drop AS actor
  MATCH (e:IndexEntry {actor: actor})
  CALL (e) {
    UNWIND e.counted AS key
    WITH key, count(*) AS n
    MATCH (c:IndexCount {key: key})
    SET c.n = c.n - n
  }
  DETACH DELETE e
}
CALL (current) {
  WITH current
  WHERE current
  UNWIND $query.entries AS entry
  MATCH (a:Entity {key: entry.actor})
  CREATE (e:IndexEntry {actor: a.key, type: a.type, sortKey: coalesce(a.sortKey, a.key), partnerCount: entry.partnerCount,
                        regions: entry.regions, worksOn: entry.worksOn, counted: entry.counted})
  WITH e, entry
  CALL (e, entry) {
    UNWIND entry.regions AS key
    MERGE (k:IndexKey {key: key})
    CREATE (e)-[:INDEX_REGION]->(k)
  }
  CALL (e, entry) {
    UNWIND entry.topics AS t
    MERGE (k:IndexKey {key: t.topicKey})
    CREATE (e)-[:INDEX_TOPIC {kind: t.kind, nodeKey: t.nodeKey}]->(k)
  }
  CALL (e, entry) {
    UNWIND entry.reads AS key
    MERGE (k:IndexKey {key: key})
    CREATE (e)-[:INDEX_READ]->(k)
  }
  CALL (e, entry) {
    UNWIND entry.sizes AS s
    MERGE (k:IndexKey {key: s.hub})
    CREATE (e)-[:INDEX_SIZE {type: s.type, large: s.large}]->(k)
  }
  RETURN collect(e) AS written
}
CALL (written) {
  UNWIND written AS e
  UNWIND e.counted AS key
  WITH key, count(*) AS n
  MERGE (c:IndexCount {key: key})
  ON CREATE SET c.n = 0
  SET c.n = c.n + n
}
RETURN current, size(written) AS written
