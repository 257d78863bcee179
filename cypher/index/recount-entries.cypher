// recount-entries — a batch of partnership index entries, in actor key order, with what their
// counts are computed from (src/store/neo4j/index-recount.ts): the regions the actor is in, its
// kind and partner count, and what its topic rules reach. The regions and the reach are read
// from the entry's relationships, which every version of the index wrote (an index written
// before the counts has no `regions`, `worksOn` or `counted` lists: the recount writes them). Read in the recount's write
// transaction, after lock-index, so no edit rewrites them before write-entry-counts.cypher.
//
// $query  MAP:
//   countStamp  STRING        the recount's stamp (begin-recount.cypher)
//   after       STRING|null   the last actor of the batch before; null for the first
//   first       INTEGER       batch size
//
// Returns one row:
//   holds    BOOLEAN  false: the recount no longer holds the state (the index is not complete, or
//                     an entry was written under other topic sets), and `entries` is empty
//   entries  LIST<MAP{actor, type, partnerCount, regions, keptRegions (the list property, or
//                     null), worksOn, counted,
//                     topics LIST<MAP{kind, nodeKey, topicKey}>}>
OPTIONAL MATCH (s:IndexState {name: 'partnership'})
WITH coalesce(s.complete AND s.pendingStamp = $query.countStamp, false) AS holds
CALL (holds) {
  UNWIND CASE WHEN holds THEN [true] ELSE [] END AS reading
  // Its own subquery: the seek on the actor key, its order and its limit together.
  CALL () {
    MATCH (e:IndexEntry)
    WHERE e.actor > coalesce($query.after, '')
    RETURN e
    ORDER BY e.actor
    LIMIT $query.first
  }
  RETURN collect({
    actor: e.actor,
    type: e.type,
    partnerCount: e.partnerCount,
    regions: [(e)-[:INDEX_REGION]->(k:IndexKey) | k.key],
    keptRegions: e.regions,
    worksOn: e.worksOn,
    counted: e.counted,
    topics: [(e)-[t:INDEX_TOPIC]->(k:IndexKey) | {kind: t.kind, nodeKey: t.nodeKey, topicKey: k.key}]
  }) AS entries
}
RETURN holds, entries
