// bench/paths — the benchmark's raw-Cypher floor for "how are two actors connected": every
// shortest path of at most 4 relationships through projects, agreements and twinnings (read
// either way), ordered by node keys then relationship keys, the first few. (A quantifier's bound
// must be a literal: 4 is PATH_MAX_HOPS in src/ingest/generate/generate-graph.ts.)
//
// $query  MAP: from STRING, to STRING, first INTEGER
//
// Returns one row:
//   hops   INTEGER|null  the shortest length; null when none is that short
//   paths  LIST<LIST<STRING>>  node keys of the first paths

MATCH (a:Entity {key: $query.from}), (b:Entity {key: $query.to})
OPTIONAL MATCH p = ALL SHORTEST (a)-[:PARTICIPATES_IN|PARTY_TO|TWINNED_WITH]-{1,4}(b)
WITH p
ORDER BY [n IN nodes(p) | n.key], [r IN relationships(p) | r.key]
WITH collect(p) AS paths
RETURN CASE WHEN size(paths) = 0 THEN null ELSE length(paths[0]) END AS hops,
       [p IN paths[0..$query.first] | [n IN nodes(p) | n.key]] AS paths
