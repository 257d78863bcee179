// bench/neighbourhood — the benchmark's raw-Cypher floor for a depth-2 neighbourhood as a network
// view draws it (same rules as src/app/network/neighbourhood.ts): the node, its neighbours by
// key, then theirs by key, at most `limit` nodes in all (truncated when more were in reach; a
// truncated first ring is not expanded), and every relationship among the nodes kept.
//
// $query  MAP: key STRING, limit INTEGER
//
// Returns one row:
//   nodes      LIST<MAP{key STRING, distance INTEGER}>  by distance, then key
//   edges      LIST<STRING>  relationship keys, sorted
//   truncated  BOOLEAN

MATCH (s:Entity {key: $query.key})
CALL (s) {
  MATCH (s)--(n)
  WHERE n <> s
  WITH DISTINCT n
  ORDER BY n.key
  RETURN collect(n) AS ring1
}
WITH s, ring1[0..$query.limit - 1] AS l1, size(ring1) > $query.limit - 1 AS truncated1
CALL (s, l1, truncated1) {
  UNWIND CASE WHEN truncated1 THEN [] ELSE l1 END AS m
  MATCH (m)--(n)
  WHERE n <> s AND NOT n IN l1
  WITH DISTINCT n
  ORDER BY n.key
  RETURN collect(n) AS ring2
}
WITH s, l1, truncated1, ring2, $query.limit - 1 - size(l1) AS room
WITH [s] + l1 + ring2[0..room] AS kept, truncated1 OR size(ring2) > room AS truncated,
     [{key: s.key, distance: 0}] + [n IN l1 | {key: n.key, distance: 1}] + [n IN ring2[0..room] | {key: n.key, distance: 2}] AS nodes
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[r]-(y)
  WHERE y IN kept
  WITH DISTINCT r.key AS edge
  ORDER BY edge
  RETURN collect(edge) AS edges
}
RETURN nodes, edges, truncated
