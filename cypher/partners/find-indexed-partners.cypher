// find-indexed-partners — find-partners.cypher's page and count, without `of`, read from the
// partnership index (write-entries.cypher; docs/partnership-index.md) instead of walking the
// rules for every actor: who is in the region, who works on the topics, who has a partner and
// how many. Only the page's region evidence is walked (fragments/region-paths.cypher). When the
// index is not complete (never built, or a rebuild under way) it answers nothing and says so:
// the adapter asks find-partners.cypher instead.
//
// When the index's counts are usable (partner-counts.ts), a page takes its total from the counts,
// and reads its hits in key order from every entry, from its cursor on and stopping one hit past
// `first`, when that is expected to read fewer entries than the smaller list does: the work grows
// with the page and the hits' rarity, not with the region or the page's depth in the list
// (docs/partnership-index.md, "Counts"). Whether a hit lies before the cursor is read back from it.
//
// $query  MAP, as find-partners.cypher's (`of` and `coMembership` are not read: partner lists
//         come from the hubs, find-partners.cypher):
//   region      STRING|null   inRegion key
//   topics      LIST<STRING>  [workingOn] or []
//   kinds       LIST<STRING>  actor kinds to keep
//   afterSort   STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey    STRING|null   sortableText(cursor key)
//   first       INTEGER       page size
//   countKeys   LIST<STRING>  the counts whose sum is the total (questionCountKeys)
//
// Returns one row:
//   ready       BOOLEAN   false: the index is not complete, and the other columns are empty
//   totalCount  INTEGER   every hit
//   hasNextPage BOOLEAN   hits past the page
//   hasPreviousPage BOOLEAN  hits at or before the cursor
//   hits        LIST<MAP{actorKey, actor, regionPaths, topicEvidence, partnerCount}>  as find-partners.cypher's
//   counted     BOOLEAN   the total came from the counts
//   inKeyOrder  BOOLEAN   the page was read in key order

OPTIONAL MATCH (state:IndexState {name: 'partnership'})
WITH coalesce(state.complete, false) AS ready,
     coalesce(state.complete AND state.countStamp IS NOT NULL, false) AS counted
// The region, its countries and the topic sets: fragments/partner-sets.cypher.
{{> partnerSets}}
WITH ready, counted, root, regions, topicSets, [topicSet IN topicSets | [t IN topicSet | t.key]] AS topicKeySets
// Each topic set's keys in the index, as nodes: an entry's topics are checked by identity, not by
// reading each key's text.
WITH ready, counted, root, regions, topicSets, topicKeySets,
     [keys IN topicKeySets | COLLECT { MATCH (k:IndexKey) WHERE k.key IN keys RETURN k }] AS topicKeyNodes
// Start from the smaller of the index's lists the question names: the region's actors, or (one
// topic) the actors reaching a key of its set; every entry when it names neither. The sizes are
// the keys' relationship counts (degrees), not walks.
OPTIONAL MATCH (regionKey:IndexKey {key: $query.region})
WITH ready, counted, root, regions, topicSets, topicKeySets, topicKeyNodes, regionKey,
     CASE WHEN regionKey IS NULL THEN null ELSE COUNT { (regionKey)<-[:INDEX_REGION]-() } END AS inRegion,
     CASE WHEN size(topicKeySets) = 1 THEN
       reduce(n = 0, k IN topicKeyNodes[0] | n + COUNT { (k)<-[:INDEX_TOPIC]-() })
     END AS onTopic
WITH ready, counted, root, regions, topicKeySets, topicKeyNodes, regionKey, inRegion, onTopic,
     regionKey IS NOT NULL AND (onTopic IS NULL OR inRegion <= onTopic) AS fromRegion
// The total from the counts, and whether the page is read in key order: every entry is a hit
// with odds of about total / entries, so about first × entries / total entries are read before
// `first` hits, against the smaller list's size for the other way (every entry when the question
// names nothing).
CALL (counted) {
  WITH counted
  WHERE counted
  UNWIND $query.countKeys AS key
  OPTIONAL MATCH (c:IndexCount {key: key})
  RETURN sum(coalesce(c.n, 0)) AS countedTotal
}
CALL () { MATCH (e:IndexEntry) RETURN count(e) AS entries }
WITH ready, counted, countedTotal, root, regions, topicKeySets, topicKeyNodes, regionKey, inRegion, onTopic, fromRegion,
     counted AND countedTotal > 0
       AND $query.first * entries < countedTotal * CASE
         WHEN fromRegion THEN inRegion WHEN onTopic IS NOT NULL THEN onTopic ELSE entries END AS inKeyOrder
// Past the cursor: a range seek from it (the first page: from the smallest key), then the exact
// cursor test (the cursor's sort value, then its key). The seek starts only when the page is read
// in key order: a filter after it would read every entry for every other question.
CALL (ready, inKeyOrder) {
  UNWIND CASE WHEN ready AND inKeyOrder THEN [true] ELSE [] END AS readInKeyOrder
  // A subquery of its own: the seek, its order and its limit together (the index's order serves
  // the ORDER BY, and the seek stops after the limit).
  CALL () {
    MATCH (e:IndexEntry)
    WHERE e.sortKey >= coalesce($query.afterSort, '')
      AND ($query.afterKey IS NULL OR e.sortKey > $query.afterSort OR e.sortKey > $query.afterKey)
      {{> entryHit}}
    RETURN e
    ORDER BY e.sortKey
    LIMIT $query.first + 1
  }
  RETURN collect(e) AS ordered
}
// At or before the cursor, back from it: the first hit met says there is a previous page.
CALL (ready, inKeyOrder) {
  UNWIND CASE WHEN ready AND inKeyOrder AND $query.afterKey IS NOT NULL THEN [true] ELSE [] END AS readBack
  CALL () {
    MATCH (e:IndexEntry)
    WHERE e.sortKey <= $query.afterSort
      AND NOT (e.sortKey = $query.afterSort AND e.sortKey > $query.afterKey)
      {{> entryHit}}
    RETURN e
    ORDER BY e.sortKey DESC
    LIMIT 1
  }
  RETURN count(e) > 0 AS hitBefore
}
WITH ready, counted, countedTotal, root, regions, topicKeySets, topicKeyNodes, regionKey, inRegion, onTopic, fromRegion,
     inKeyOrder, ordered, hitBefore,
     // Nothing to read: no hit, or the page read in key order.
     ready AND NOT (counted AND (countedTotal = 0 OR inKeyOrder)) AS fromLists
CALL (fromLists, regionKey, onTopic, inRegion, fromRegion, topicKeyNodes) {
  CALL (fromLists, regionKey, onTopic, inRegion, fromRegion, topicKeyNodes) {
    WITH regionKey
    WHERE fromLists AND fromRegion
    MATCH (regionKey)<-[:INDEX_REGION]-(e:IndexEntry)
    RETURN e
    UNION
    WITH topicKeyNodes
    WHERE fromLists AND onTopic IS NOT NULL AND ($query.region IS NULL OR (regionKey IS NOT NULL AND onTopic < inRegion))
    UNWIND topicKeyNodes[0] AS k
    MATCH (k)<-[:INDEX_TOPIC]-(e:IndexEntry)
    RETURN DISTINCT e
    UNION
    // Every entry: the scan starts only when the question names nothing (a filter after the scan
    // would read every entry for every question).
    UNWIND CASE WHEN fromLists AND $query.region IS NULL AND size(topicKeyNodes) = 0 THEN [true] ELSE [] END AS everyEntry
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
  RETURN count(*) AS listedCount, collect(CASE WHEN pastCursor THEN e END) AS listed
}
WITH ready, root, regions, topicKeySets, counted, inKeyOrder,
     CASE WHEN counted THEN countedTotal ELSE listedCount END AS totalCount,
     CASE WHEN inKeyOrder THEN ordered ELSE listed END AS rest,
     CASE WHEN inKeyOrder THEN hitBefore ELSE listedCount > size(listed) END AS hasPreviousPage
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
RETURN ready, totalCount, size(rest) > $query.first AS hasNextPage, hasPreviousPage, hits, counted, inKeyOrder
