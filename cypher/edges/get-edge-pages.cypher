// get-edge-pages — for each node, one page of its relationships of the given types, and the count
// of them all (GraphStore.getEdgePages): what a relationship field of the API lists. The same
// relationships as get-edges.cypher, kept when the other end has an accepted type, in the order
// and with the keyset cursor of edgePosition() + paginate(): relationship type, the other node's
// key, then the relationship key. The count reads no relationship unless an other-end filter or
// a cursor needs it; the page is a top-k sort, and only its relationships are returned whole.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   keys        LIST<STRING>       node keys, distinct
//   types       LIST<STRING>       relationship types, not empty
//   direction   STRING             'OUT' | 'IN' | 'BOTH'; a self-loop read BOTH ways is listed once, as OUT
//   otherTypes  LIST<STRING>|null  accepted node types of the other end; null: every type
//   afterSort   STRING|null        sortableText(cursor sort value: type + U+0000 + other key); null on the first page
//   afterKey    STRING|null        sortableText(cursor key: the relationship key); null on the first page
//   first       INTEGER            page size; 0: only the counts
//
// Returns one row per key that has a node:
//   key         STRING
//   totalCount  INTEGER    every kept relationship
//   skipped     INTEGER    kept relationships at or before the cursor (hasPreviousPage when > 0)
//   page        LIST<MAP{type STRING, direction 'OUT'|'IN', otherKey STRING, properties MAP}>, in order
//
// Order compares type(r) + U+0000 + coalesce(other.sortKey, other.key) (the JavaScript string
// `${type}\u0000${otherKey}`, which orders as type then other key), then coalesce(r.sortKey, r.key):
// sortKey exists only where the key has characters that Neo4j orders differently from
// JavaScript (sortable-text.ts), so both sides of every comparison are free of surrogates.

UNWIND $query.keys AS key
MATCH (n:Entity {key: key})
// Without an other-end filter or a cursor, the count is a sum of degrees: one COUNT per type with
// the type written out, which Neo4j answers from the node's degree counts (getDegree) without
// reading a relationship — a network's members(first: 0) costs the same for 10 or 100,000.
// A self-loop counts once in each direction, and once BOTH ways, as the list has it. The
// registry checks that every RELATIONSHIP_TYPES member has its branch.
CALL (n) {
  UNWIND CASE WHEN $query.otherTypes IS NULL AND $query.afterSort IS NULL THEN $query.types ELSE [] END AS type
  RETURN sum(CASE type
    WHEN 'LOCATED_IN' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:LOCATED_IN]->() } WHEN 'IN' THEN COUNT { (n)<-[:LOCATED_IN]-() } ELSE COUNT { (n)-[:LOCATED_IN]-() } END
    WHEN 'IN_REGION' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:IN_REGION]->() } WHEN 'IN' THEN COUNT { (n)<-[:IN_REGION]-() } ELSE COUNT { (n)-[:IN_REGION]-() } END
    WHEN 'PART_OF' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PART_OF]->() } WHEN 'IN' THEN COUNT { (n)<-[:PART_OF]-() } ELSE COUNT { (n)-[:PART_OF]-() } END
    WHEN 'MEMBER_OF' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:MEMBER_OF]->() } WHEN 'IN' THEN COUNT { (n)<-[:MEMBER_OF]-() } ELSE COUNT { (n)-[:MEMBER_OF]-() } END
    WHEN 'PARTY_TO' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PARTY_TO]->() } WHEN 'IN' THEN COUNT { (n)<-[:PARTY_TO]-() } ELSE COUNT { (n)-[:PARTY_TO]-() } END
    WHEN 'PARTICIPATES_IN' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PARTICIPATES_IN]->() } WHEN 'IN' THEN COUNT { (n)<-[:PARTICIPATES_IN]-() } ELSE COUNT { (n)-[:PARTICIPATES_IN]-() } END
    WHEN 'TARGETS' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:TARGETS]->() } WHEN 'IN' THEN COUNT { (n)<-[:TARGETS]-() } ELSE COUNT { (n)-[:TARGETS]-() } END
    WHEN 'ADDRESSES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:ADDRESSES]->() } WHEN 'IN' THEN COUNT { (n)<-[:ADDRESSES]-() } ELSE COUNT { (n)-[:ADDRESSES]-() } END
    WHEN 'FOCUSES_ON' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:FOCUSES_ON]->() } WHEN 'IN' THEN COUNT { (n)<-[:FOCUSES_ON]-() } ELSE COUNT { (n)-[:FOCUSES_ON]-() } END
    WHEN 'PRIORITIZES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PRIORITIZES]->() } WHEN 'IN' THEN COUNT { (n)<-[:PRIORITIZES]-() } ELSE COUNT { (n)-[:PRIORITIZES]-() } END
    WHEN 'ALIGNS_WITH' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:ALIGNS_WITH]->() } WHEN 'IN' THEN COUNT { (n)<-[:ALIGNS_WITH]-() } ELSE COUNT { (n)-[:ALIGNS_WITH]-() } END
    WHEN 'TWINNED_WITH' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:TWINNED_WITH]->() } WHEN 'IN' THEN COUNT { (n)<-[:TWINNED_WITH]-() } ELSE COUNT { (n)-[:TWINNED_WITH]-() } END
    WHEN 'PIONEERED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PIONEERED]->() } WHEN 'IN' THEN COUNT { (n)<-[:PIONEERED]-() } ELSE COUNT { (n)-[:PIONEERED]-() } END
    WHEN 'ADOPTED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:ADOPTED]->() } WHEN 'IN' THEN COUNT { (n)<-[:ADOPTED]-() } ELSE COUNT { (n)-[:ADOPTED]-() } END
    WHEN 'HOSTED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:HOSTED]->() } WHEN 'IN' THEN COUNT { (n)<-[:HOSTED]-() } ELSE COUNT { (n)-[:HOSTED]-() } END
    WHEN 'ATTENDED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:ATTENDED]->() } WHEN 'IN' THEN COUNT { (n)<-[:ATTENDED]-() } ELSE COUNT { (n)-[:ATTENDED]-() } END
    WHEN 'HOLDS_OFFICE' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:HOLDS_OFFICE]->() } WHEN 'IN' THEN COUNT { (n)<-[:HOLDS_OFFICE]-() } ELSE COUNT { (n)-[:HOLDS_OFFICE]-() } END
    WHEN 'COOPERATES_WITH' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:COOPERATES_WITH]->() } WHEN 'IN' THEN COUNT { (n)<-[:COOPERATES_WITH]-() } ELSE COUNT { (n)-[:COOPERATES_WITH]-() } END
    WHEN 'FOUNDED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:FOUNDED]->() } WHEN 'IN' THEN COUNT { (n)<-[:FOUNDED]-() } ELSE COUNT { (n)-[:FOUNDED]-() } END
    WHEN 'APPLIES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:APPLIES]->() } WHEN 'IN' THEN COUNT { (n)<-[:APPLIES]-() } ELSE COUNT { (n)-[:APPLIES]-() } END
    WHEN 'LAUNCHED' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:LAUNCHED]->() } WHEN 'IN' THEN COUNT { (n)<-[:LAUNCHED]-() } ELSE COUNT { (n)-[:LAUNCHED]-() } END
    WHEN 'FOR_PROJECT' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:FOR_PROJECT]->() } WHEN 'IN' THEN COUNT { (n)<-[:FOR_PROJECT]-() } ELSE COUNT { (n)-[:FOR_PROJECT]-() } END
    WHEN 'PROVIDES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:PROVIDES]->() } WHEN 'IN' THEN COUNT { (n)<-[:PROVIDES]-() } ELSE COUNT { (n)-[:PROVIDES]-() } END
    WHEN 'RECEIVES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:RECEIVES]->() } WHEN 'IN' THEN COUNT { (n)<-[:RECEIVES]-() } ELSE COUNT { (n)-[:RECEIVES]-() } END
    WHEN 'RELATED_TO' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:RELATED_TO]->() } WHEN 'IN' THEN COUNT { (n)<-[:RELATED_TO]-() } ELSE COUNT { (n)-[:RELATED_TO]-() } END
    WHEN 'REPORTS_ON' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:REPORTS_ON]->() } WHEN 'IN' THEN COUNT { (n)<-[:REPORTS_ON]-() } ELSE COUNT { (n)-[:REPORTS_ON]-() } END
    WHEN 'COORDINATES' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:COORDINATES]->() } WHEN 'IN' THEN COUNT { (n)<-[:COORDINATES]-() } ELSE COUNT { (n)-[:COORDINATES]-() } END
    WHEN 'SUPPORTS' THEN CASE $query.direction WHEN 'OUT' THEN COUNT { (n)-[:SUPPORTS]->() } WHEN 'IN' THEN COUNT { (n)<-[:SUPPORTS]-() } ELSE COUNT { (n)-[:SUPPORTS]-() } END
  END) AS degrees
}
// Otherwise the count reads the relationships (and the other ends' types, and the sort values of
// those at or before the cursor).
CALL (n) {
  CALL (n) {
    MATCH (n)-[r]->(other)
    WHERE ($query.otherTypes IS NOT NULL OR $query.afterSort IS NOT NULL)
      AND $query.direction <> 'IN' AND type(r) IN $query.types
    RETURN r, other
    UNION ALL
    MATCH (n)<-[r]-(other)
    WHERE ($query.otherTypes IS NOT NULL OR $query.afterSort IS NOT NULL)
      AND $query.direction <> 'OUT' AND type(r) IN $query.types AND NOT ($query.direction = 'BOTH' AND other = n)
    RETURN r, other
  }
  WITH r, other
  WHERE $query.otherTypes IS NULL OR other.type IN $query.otherTypes
  // CASE is evaluated lazily: only rows up to the cursor's sort value compare relationship keys.
  RETURN count(*) AS counted,
         count(CASE WHEN $query.afterSort IS NULL THEN null
                    WHEN type(r) + '\u0000' + coalesce(other.sortKey, other.key) < $query.afterSort THEN 1
                    WHEN type(r) + '\u0000' + coalesce(other.sortKey, other.key) > $query.afterSort THEN null
                    WHEN coalesce(r.sortKey, r.key) <= $query.afterKey THEN 1
               END) AS skipped
}
// The page: a top-k sort of the relationships past the cursor; only these are read whole.
CALL (n) {
  CALL (n) {
    MATCH (n)-[r]->(other)
    WHERE $query.first > 0 AND $query.direction <> 'IN' AND type(r) IN $query.types
    RETURN r, other, 'OUT' AS direction
    UNION ALL
    MATCH (n)<-[r]-(other)
    WHERE $query.first > 0 AND $query.direction <> 'OUT' AND type(r) IN $query.types AND NOT ($query.direction = 'BOTH' AND other = n)
    RETURN r, other, 'IN' AS direction
  }
  WITH r, other, direction
  WHERE $query.otherTypes IS NULL OR other.type IN $query.otherTypes
  WITH r, other, direction,
       type(r) + '\u0000' + coalesce(other.sortKey, other.key) AS sortValue,
       coalesce(r.sortKey, r.key) AS sortKey
  WHERE $query.afterSort IS NULL
     OR sortValue > $query.afterSort
     OR (sortValue = $query.afterSort AND sortKey > $query.afterKey)
  ORDER BY sortValue, sortKey
  LIMIT $query.first
  // collect() keeps the ORDER BY order.
  RETURN collect({type: type(r), direction: direction, otherKey: other.key, properties: properties(r)}) AS page
}
RETURN key,
       CASE WHEN $query.otherTypes IS NULL AND $query.afterSort IS NULL THEN degrees ELSE counted END AS totalCount,
       skipped,
       page
