// find-indexed-partners — find-partners.cypher's page and count, without `of`, read from the
// partnership index (write-entries.cypher; docs/partnership-index.md) instead of walking the
// rules for every actor: who is in the region, who works on the topics, who has a partner and
// how many. Only the page's region evidence is walked (fragments/region-paths.cypher). When the
// index is not complete (never built, or a rebuild under way) it answers nothing and says so:
// the adapter asks find-partners.cypher instead.
//
// $query  MAP, as find-partners.cypher's (`of` and `coMembership` are not read: partner lists
//         come from the hubs, find-partners.cypher):
//   region      STRING|null   inRegion key
//   topics      LIST<STRING>  [workingOn] or []
//   kinds       LIST<STRING>  actor kinds to keep
//   afterSort   STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey    STRING|null   sortableText(cursor key)
//   first       INTEGER       page size
//
// Returns one row:
//   ready       BOOLEAN   false: the index is not complete, and the other columns are empty
//   totalCount  INTEGER   every hit
//   skipped     INTEGER   hits at or before the cursor
//   hits        LIST<MAP{actorKey, actor, regionPaths, topicEvidence, partnerCount}>  as find-partners.cypher's

OPTIONAL MATCH (state:IndexState {name: 'partnership'})
WITH coalesce(state.complete, false) AS ready
// The region, its countries and the topic sets: fragments/partner-sets.cypher.
{{> partnerSets}}
WITH ready, root, regions, topicSets, [topicSet IN topicSets | [t IN topicSet | t.key]] AS topicKeySets
// Each topic set's keys in the index, as nodes: an entry's topics are checked by identity, not by
// reading each key's text.
WITH ready, root, regions, topicSets, topicKeySets,
     [keys IN topicKeySets | COLLECT { MATCH (k:IndexKey) WHERE k.key IN keys RETURN k }] AS topicKeyNodes
// Start from the smaller of the index's lists the question names: the region's actors, or (one
// topic) the actors reaching a key of its set; every entry when it names neither. The sizes are
// the keys' relationship counts (degrees), not walks.
OPTIONAL MATCH (regionKey:IndexKey {key: $query.region})
WITH ready, root, regions, topicSets, topicKeySets, topicKeyNodes, regionKey,
     CASE WHEN regionKey IS NULL THEN null ELSE COUNT { (regionKey)<-[:INDEX_REGION]-() } END AS inRegion,
     CASE WHEN size(topicKeySets) = 1 THEN
       reduce(n = 0, k IN topicKeyNodes[0] | n + COUNT { (k)<-[:INDEX_TOPIC]-() })
     END AS onTopic
WITH ready, root, regions, topicKeySets, topicKeyNodes, regionKey, inRegion, onTopic,
     regionKey IS NOT NULL AND (onTopic IS NULL OR inRegion <= onTopic) AS fromRegion
CALL (ready, regionKey, onTopic, inRegion, fromRegion, topicKeyNodes) {
  CALL (ready, regionKey, onTopic, inRegion, fromRegion, topicKeyNodes) {
    WITH regionKey
    WHERE ready AND fromRegion
    MATCH (regionKey)<-[:INDEX_REGION]-(e:IndexEntry)
    RETURN e
    UNION
    WITH topicKeyNodes
    WHERE ready AND onTopic IS NOT NULL AND ($query.region IS NULL OR (regionKey IS NOT NULL AND onTopic < inRegion))
    UNWIND topicKeyNodes[0] AS k
    MATCH (k)<-[:INDEX_TOPIC]-(e:IndexEntry)
    RETURN DISTINCT e
    UNION
    // Every entry: the scan starts only when the question names nothing (a filter after the scan
    // would read every entry for every question).
    UNWIND CASE WHEN ready AND $query.region IS NULL AND size(topicKeyNodes) = 0 THEN [true] ELSE [] END AS everyEntry
    MATCH (e:IndexEntry)
    RETURN e
  }
  WITH e
  WHERE e.partnerCount > 0 AND e.type IN $query.kinds
    AND ($query.region IS NULL OR fromRegion OR EXISTS { (e)-[:INDEX_REGION]->(regionKey) })
    AND all(nodes IN topicKeyNodes WHERE EXISTS { (e)-[:INDEX_TOPIC]->(k) WHERE k IN nodes })
  WITH e, e.sortKey AS sortKey
  WITH e, sortKey,
       $query.afterKey IS NULL OR sortKey > $query.afterSort OR (sortKey = $query.afterSort AND sortKey > $query.afterKey) AS pastCursor
  ORDER BY sortKey
  RETURN count(*) AS totalCount, collect(CASE WHEN pastCursor THEN e END) AS rest
}

// The evidence of the page's actors only: the region's walked, the topics' and the partner
// count from the entries.
CALL (rest, root, regions, topicKeySets) {
  UNWIND rest[0..$query.first] AS e
  MATCH (a:Entity {key: e.actor})
  // Region evidence: fragments/region-paths.cypher.
  {{> regionPaths}}
  WITH a, e, regionPaths, reduce(all = [], keys IN topicKeySets | all + keys) AS topicKeys
  RETURN collect({
    actorKey: a.key,
    actor: a {{NODE_RECORD}},
    regionPaths: regionPaths,
    topicEvidence: [(e)-[t:INDEX_TOPIC]->(k:IndexKey) WHERE k.key IN topicKeys | {kind: t.kind, nodeKey: t.nodeKey, topicKey: k.key}],
    partnerCount: e.partnerCount
  }) AS hits
}
RETURN ready, totalCount, totalCount - size(rest) AS skipped, hits
