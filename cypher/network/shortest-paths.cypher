// shortest-paths — every shortest path between two nodes through the given relationship types,
// read either way, the first few in path order (GraphStore.shortestPaths; the same answer as
// searchShortestPaths in src/app/network/find-paths.ts). The adapter answers `from` = `to`
// itself, fills the {{MAX_HOPS}} slot with the asked bound (a quantifier's bound must be a
// literal; the registry only puts a checked integer there) and sorts what it gets once more.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size):
//   from        STRING        start node key
//   to          STRING        end node key (not `from`)
//   types       LIST<STRING>  relationship types a path may use, not empty
//   first       INTEGER       how many paths to return
//   unsafeText  STRING        a regular expression matching text that Neo4j may order unlike
//                             JavaScript (a character from U+E000 up, see sortable-text.ts)
//
// Returns one row:
//   paths  LIST<MAP{nodes LIST<STRING>, steps LIST<MAP{type, from, to STRING, direction 'OUT'|'IN',
//          properties MAP}>}>  in path order: by the next node's key, then the relationship's
//          key, step by step. The first `first` paths; every shortest path when a relationship
//          key on one could order differently in Neo4j (the adapter then sorts and cuts), so
//          the cut is always JavaScript's. [] when no path is that short.
//
// Path order compares coalesce(n.sortKey, n.key) (sortable-text.ts) for nodes and r.key for
// relationships; relationships carry no sortable copy of their key, hence `unsafeText`.

MATCH (a:Entity {key: $query.from}), (b:Entity {key: $query.to})
MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $query.types]-{1,{{MAX_HOPS}} }(b)
WITH p,
     [i IN range(0, length(p) - 1) |
       [coalesce(nodes(p)[i + 1].sortKey, nodes(p)[i + 1].key), relationships(p)[i].key]] AS position,
     any(r IN relationships(p) WHERE r.key =~ $query.unsafeText) AS unsafe
ORDER BY position
WITH collect(p) AS paths, any(u IN collect(unsafe) WHERE u) AS unsafe
RETURN [p IN CASE WHEN unsafe THEN paths ELSE paths[0..$query.first] END | {
         nodes: [n IN nodes(p) | n.key],
         steps: [i IN range(0, length(p) - 1) | {
           type: type(relationships(p)[i]),
           from: startNode(relationships(p)[i]).key,
           to: endNode(relationships(p)[i]).key,
           direction: CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN 'OUT' ELSE 'IN' END,
           properties: properties(relationships(p)[i])
         }]
       }] AS paths
