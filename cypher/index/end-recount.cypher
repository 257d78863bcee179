// end-recount — ends a recount (begin-recount.cypher), after lock-index in the same transaction:
// the counts become usable (the state's countStamp is the recount's) if the recount still holds
// the state, and the topic sets read again in this transaction are still those it counted with.
//
// $query  MAP:
//   countStamp  STRING   the recount's stamp
//   setsNow     STRING   the stamp of the topic sets read in this transaction
//
// Returns one row:
//   stamped  BOOLEAN  the counts are usable
OPTIONAL MATCH (s:IndexState {name: 'partnership'})
WITH s, coalesce(s.complete AND s.pendingStamp = $query.countStamp, false) AS holds
CALL (s, holds) {
  WITH s
  WHERE holds
  SET s.countStamp = CASE WHEN $query.setsNow = $query.countStamp THEN $query.countStamp END,
      s.pendingStamp = null
}
RETURN holds AND $query.setsNow = $query.countStamp AS stamped
