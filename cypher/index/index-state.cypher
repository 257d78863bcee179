// index-state — whether the partnership index is complete, and whether its counts are usable
// (read only; lock-index.cypher is the writers' read). A database without the state node has
// never had an index built.
//
// $query  MAP: (none)
//
// Returns one row:
//   complete      BOOLEAN
//   countsUsable  BOOLEAN  complete, with counts made under the graph's topic sets as they are
//                          (partner-counts.ts); false after an edit changed them, until a recount

OPTIONAL MATCH (s:IndexState {name: 'partnership'})
RETURN coalesce(s.complete, false) AS complete,
       coalesce(s.complete AND s.countStamp IS NOT NULL, false) AS countsUsable
