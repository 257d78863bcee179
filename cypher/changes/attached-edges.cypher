// attached-edges — the relationships of nodes about to be deleted (GraphStore.applyChange), so the
// change record can list what the deletion takes with it.
//
// $query  MAP:
//   keys  LIST<STRING>  node keys
//
// Returns one row per relationship (a relationship between two of the nodes comes once):
//   key         STRING
//   type        STRING
//   from        STRING  start node key
//   to          STRING  end node key
//   properties  MAP

UNWIND $query.keys AS key
MATCH (n:Entity {key: key})-[r]-()
WITH DISTINCT r
MATCH (a)-[r]->(b)
RETURN r.key AS key, type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties
