// delete-nodes — deletes nodes by key with their relationships (GraphStore.applyChange).
//
// $keys  LIST<STRING>  node keys
//
// Returns one row:
//   deleted  INTEGER

UNWIND $keys AS key
MATCH (n:Entity {key: key})
DETACH DELETE n
RETURN count(*) AS deleted
