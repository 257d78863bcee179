// neighbourhood — the nodes around some starting nodes, ring by ring, and the relationships among
// them (GraphStore.neighbourhood; the same answer as walkNeighbourhood in
// src/app/network/neighbourhood.ts). Each ring (the neighbours of the previous ring not seen
// yet) is ordered by key and cut to the room left under `limit`; a cut ring is not expanded.
// Only the kept nodes' keys and the relationships among them leave the server.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size):
//   keys   LIST<STRING>  starting node keys (unknown ones are left out)
//   depth  INTEGER       how many rings, >= 0
//   types  LIST<STRING>  relationship types to walk, either way, and to list; not empty
//   limit  INTEGER       at most this many nodes, the starting nodes included
//
// Returns one row:
//   rings      LIST<LIST<STRING>>  node keys by distance (rings[0]: the starting nodes), each by key
//   truncated  BOOLEAN             more nodes were within reach than `limit`
//   edges      LIST<MAP{type, from, to STRING, properties MAP}>  every relationship of `types`
//              between two kept nodes, each once (unordered: the adapter sorts by key)
//
// Rings order by coalesce(n.sortKey, n.key) (sortable-text.ts), as JavaScript orders keys.

CALL () {
  UNWIND $query.keys AS key
  MATCH (s:Entity {key: key})
  WITH DISTINCT s
  ORDER BY coalesce(s.sortKey, s.key)
  RETURN collect(s) AS starts
}
WITH starts[0..$query.limit] AS seeds, size(starts) > $query.limit AS truncated
// One state per ring: `seen` every node kept so far, `frontier` the last ring kept.
WITH seeds, reduce(state = {seen: seeds, frontier: seeds, rings: [seeds], truncated: truncated},
                   level IN range(1, $query.depth) |
  CASE WHEN state.truncated OR size(state.frontier) = 0 THEN state ELSE
    [ring IN [COLLECT {
        UNWIND state.frontier AS x
        MATCH (x)-[r]-(y)
        WHERE type(r) IN $query.types
        WITH DISTINCT y
        WHERE NOT y IN state.seen
        RETURN y
        ORDER BY coalesce(y.sortKey, y.key)
      }] |
      [kept IN [ring[0..$query.limit - size(state.seen)]] | {
        seen: state.seen + kept,
        frontier: kept,
        rings: state.rings + [kept],
        truncated: size(ring) > size(kept)
      }][0]
    ][0]
  END) AS state
// Each relationship once, from its start node (a self-loop too).
CALL (state) {
  UNWIND state.seen AS x
  MATCH (x)-[r]->(y)
  WHERE type(r) IN $query.types AND y IN state.seen
  RETURN collect({type: type(r), from: x.key, to: y.key, properties: properties(r)}) AS edges
}
RETURN [ring IN state.rings | [n IN ring | n.key]] AS rings, state.truncated AS truncated, edges
