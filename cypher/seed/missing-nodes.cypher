// missing-nodes — which of the given keys have no node; used to explain a failed upsert-edges.
//
// $keys  LIST<STRING>  node keys
//
// Returns one row:
//   missing  LIST<STRING>  the keys without a node, in the given order

UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
WITH key, n
WHERE n IS NULL
RETURN collect(key) AS missing
