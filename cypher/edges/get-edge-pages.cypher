// get-edge-pages — for each request, and each of its nodes, one page of the node's relationships
// of the given types and the count of them all (GraphStore.getEdgePages): what the relationship
// fields of a level of the API list, every field in this one round trip. The same relationships as
// get-edges.cypher, kept when the other end has an accepted type, in the order and with the keyset
// cursor of edgePosition() + paginate(): relationship type, the other node's key, then the
// relationship key. The count reads no relationship unless an other-end filter or a cursor needs
// it; the page is a top-k sort, and only its relationships and their other ends are returned whole.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   first       INTEGER            the largest `first` of the requests
//   requests    LIST<MAP>, each:
//     keys        LIST<STRING>       node keys, distinct
//     types       LIST<STRING>       relationship types, not empty
//     direction   STRING             'OUT' | 'IN' | 'BOTH'; a self-loop read BOTH ways is listed once, as OUT
//     otherTypes  LIST<STRING>|null  accepted node types of the other end; null: every type
//     afterSort   STRING|null        sortableText(cursor sort value: type + U+0000 + other key); null on the first page
//     afterKey    STRING|null        sortableText(cursor key: the relationship key); null on the first page
//     first       INTEGER            page size; 0: only the counts
//
// Returns one row per request and key that has a node:
//   request     INTEGER    the request's index in $query.requests
//   key         STRING
//   totalCount  INTEGER    every kept relationship
//   skipped     INTEGER    kept relationships at or before the cursor (hasPreviousPage when > 0)
//   page        LIST<MAP{type STRING, direction 'OUT'|'IN', otherKey STRING, properties MAP,
//               other MAP (the other end's record: NODE_RECORD)}>, in order
//
// Order compares type(r) + U+0000 + coalesce(other.sortKey, other.key) (the JavaScript string
// `${type}\u0000${otherKey}`, which orders as type then other key), then coalesce(r.sortKey, r.key):
// sortKey exists only where the key has characters that Neo4j orders differently from
// JavaScript (sortable-text.ts), so both sides of every comparison are free of surrogates.

UNWIND range(0, size($query.requests) - 1) AS index
WITH index, $query.requests[index] AS q
UNWIND q.keys AS key
MATCH (n:Entity {key: key})
// Without an other-end filter or a cursor, the count is a sum of degrees: one COUNT per type with
// the type written out, which Neo4j answers from the node's degree counts (getDegree) without
// reading a relationship — a network's members(first: 0) costs the same for 10 or 100,000.
// A self-loop counts once in each direction, and once BOTH ways, as the list has it. The
// registry repeats the branch for every member of RELATIONSHIP_TYPES.
CALL (n, q) {
  UNWIND CASE WHEN q.otherTypes IS NULL AND q.afterSort IS NULL THEN q.types ELSE [] END AS type
  RETURN sum(CASE type
    {{#each RELATIONSHIP_TYPES}}
    WHEN '{{type}}' THEN CASE q.direction WHEN 'OUT' THEN COUNT { (n)-[:{{type}}]->() } WHEN 'IN' THEN COUNT { (n)<-[:{{type}}]-() } ELSE COUNT { (n)-[:{{type}}]-() } END
    {{/each}}
  END) AS degrees
}
// Otherwise the count reads the relationships (and the other ends' types, and the sort values of
// those at or before the cursor).
CALL (n, q) {
  CALL (n, q) {
    MATCH (n)-[r]->(other)
    WHERE (q.otherTypes IS NOT NULL OR q.afterSort IS NOT NULL)
      AND q.direction <> 'IN' AND type(r) IN q.types
    RETURN r, other
    UNION ALL
    MATCH (n)<-[r]-(other)
    WHERE (q.otherTypes IS NOT NULL OR q.afterSort IS NOT NULL)
      AND q.direction <> 'OUT' AND type(r) IN q.types AND NOT (q.direction = 'BOTH' AND other = n)
    RETURN r, other
  }
  WITH r, other
  WHERE q.otherTypes IS NULL OR other.type IN q.otherTypes
  // CASE is evaluated lazily: only rows up to the cursor's sort value compare relationship keys.
  RETURN count(*) AS counted,
         count(CASE WHEN q.afterSort IS NULL THEN null
                    WHEN type(r) + '\u0000' + coalesce(other.sortKey, other.key) < q.afterSort THEN 1
                    WHEN type(r) + '\u0000' + coalesce(other.sortKey, other.key) > q.afterSort THEN null
                    WHEN coalesce(r.sortKey, r.key) <= q.afterKey THEN 1
               END) AS skipped
}
// The page: a top-k sort of the relationships past the cursor; only these are read whole.
CALL (n, q) {
  CALL (n, q) {
    MATCH (n)-[r]->(other)
    WHERE q.first > 0 AND q.direction <> 'IN' AND type(r) IN q.types
    RETURN r, other, 'OUT' AS direction
    UNION ALL
    MATCH (n)<-[r]-(other)
    WHERE q.first > 0 AND q.direction <> 'OUT' AND type(r) IN q.types AND NOT (q.direction = 'BOTH' AND other = n)
    RETURN r, other, 'IN' AS direction
  }
  WITH r, other, direction
  WHERE q.otherTypes IS NULL OR other.type IN q.otherTypes
  WITH r, other, direction,
       type(r) + '\u0000' + coalesce(other.sortKey, other.key) AS sortValue,
       coalesce(r.sortKey, r.key) AS sortKey
  WHERE q.afterSort IS NULL
     OR sortValue > q.afterSort
     OR (sortValue = q.afterSort AND sortKey > q.afterKey)
  ORDER BY sortValue, sortKey
  // LIMIT takes no row's value: the largest page of the call keeps the sort top-k, and the
  // RETURN below cuts each request's own.
  LIMIT $query.first
  // collect() keeps the ORDER BY order.
  RETURN collect({type: type(r), direction: direction, otherKey: other.key, properties: properties(r),
                  other: other {{NODE_RECORD}} }) AS page
}
RETURN index AS request,
       key,
       CASE WHEN q.otherTypes IS NULL AND q.afterSort IS NULL THEN degrees ELSE counted END AS totalCount,
       skipped,
       page[0..q.first] AS page
