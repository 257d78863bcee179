// delete-edges — deletes relationships by key (GraphStore.applyChange). Each row names the start
// node, so the match expands from its key index instead of scanning every relationship.
//
// $rows  LIST<MAP>:
//   key   STRING  relationship key
//   from  STRING  its start node key
//
// Returns one row:
//   deleted  INTEGER

UNWIND $rows AS row
MATCH (:Entity {key: row.from})-[r {key: row.key}]->()
DELETE r
RETURN count(*) AS deleted
