// get-nodes — the nodes with the given keys (GraphStore.getNodes).
//
// $keys  LIST<STRING>  node keys, distinct (the adapter puts the answers back in the caller's order)
//
// Returns one row per key that has a node:
//   key         STRING
//   properties  MAP     every stored property of the node (see records.ts for how it maps back)

UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, properties(n) AS properties
