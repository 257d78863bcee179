// health — whether the store answers, with its size (GraphStore.health). Both counts come from
// the count store, in constant time. Only graph nodes (Entity) count, not the change log.
//
// No $params.
//
// Returns one row:
//   nodes          INTEGER
//   relationships  INTEGER

CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
