// index-state — whether the partnership index is complete (read only; lock-index.cypher is the
// writers' read). A database without the state node has never had an index built.
//
// $query  MAP: (none)
//
// Returns one row:
//   complete  BOOLEAN

OPTIONAL MATCH (s:IndexState {name: 'partnership'})
RETURN coalesce(s.complete, false) AS complete
