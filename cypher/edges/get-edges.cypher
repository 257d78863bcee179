// get-edges — the relationships of the given types around each node (GraphStore.getEdges).
// The adapter sorts each list (type, other key, relationship key) and fills [] for keys without rows.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   keys       LIST<STRING>  node keys, distinct
//   types      LIST<STRING>  relationship types, not empty
//   direction  STRING        'OUT' | 'IN' | 'BOTH'; a self-loop read BOTH ways is listed once, as OUT
//
// Returns one row per key that has a node and at least one such relationship:
//   key    STRING
//   views  LIST<MAP{type STRING, direction 'OUT'|'IN', otherKey STRING, properties MAP}>

UNWIND $query.keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  MATCH (n)-[r]->(other)
  WHERE $query.direction <> 'IN' AND type(r) IN $query.types
  RETURN r, other, 'OUT' AS direction
  UNION ALL
  MATCH (n)<-[r]-(other)
  WHERE $query.direction <> 'OUT' AND type(r) IN $query.types AND NOT ($query.direction = 'BOTH' AND other = n)
  RETURN r, other, 'IN' AS direction
}
RETURN key, collect({type: type(r), direction: direction, otherKey: other.key, properties: properties(r)}) AS views
