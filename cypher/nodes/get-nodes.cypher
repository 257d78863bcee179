// get-nodes — the nodes with the given keys (GraphStore.getNodes).
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   keys  LIST<STRING>  node keys, distinct (the adapter puts the answers back in the caller's order)
//
// Returns one row per key that has a node:
//   key         STRING
//   properties  MAP     the node's record: its stored properties but the search-only ones (NODE_RECORD; records.ts maps it back)

UNWIND $query.keys AS key
MATCH (n:Entity {key: key})
RETURN key, n {{NODE_RECORD}} AS properties
