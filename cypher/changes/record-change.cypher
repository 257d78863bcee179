// record-change — appends a change to the log in the transaction that applies it
// (GraphStore.applyChange). The counter node is locked by the SET until the transaction ends,
// so concurrent changes get consecutive numbers in commit order.
//
// $change  MAP:
//   at        STRING        when (ISO 8601, UTC)
//   by        STRING        who
//   operation STRING
//   touches   LIST<STRING>  node and relationship keys it wrote or deleted (for `touching`)
//   payload   STRING        the rest of the record as JSON (Neo4j properties cannot be maps)
//
// Returns one row:
//   seq  INTEGER  the change's number, 1 for the first

MERGE (log:ChangeLog {name: 'diplomap'})
SET log.seq = coalesce(log.seq, 0) + 1
CREATE (c:Change {
  seq: log.seq,
  at: $change.at,
  by: $change.by,
  operation: $change.operation,
  touches: $change.touches,
  payload: $change.payload
})
RETURN c.seq AS seq
