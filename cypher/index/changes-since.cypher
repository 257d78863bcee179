// changes-since — the keys the changes after a number touched (record-change.cypher's `touches`:
// the nodes and relationships each wrote or deleted, and their ends): what a rebuild catches up
// with at its end.
//
// $query  MAP:
//   since  INTEGER  a change number
//
// Returns one row:
//   keys  LIST<STRING>  distinct

OPTIONAL MATCH (c:Change)
WHERE c.seq > $query.since
UNWIND coalesce(c.touches, []) AS key
RETURN collect(DISTINCT key) AS keys
