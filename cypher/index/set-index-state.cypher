// set-index-state — marks the partnership index complete or not (after lock-index, in the same
// transaction). An index that is not complete is not read: partner questions walk the rules
// instead (find-partners.cypher), and edits do not keep it up. A rebuild starts by marking it
// not complete with a token of its own and the change number it starts at; it ends by catching up
// with the changes made since (changes-since.cypher) and marking it complete — only if its token
// is still the state's: a later rebuild (or load) took over otherwise, and finishes instead.
//
// $query  MAP:
//   complete  BOOLEAN
//   rebuild   STRING        the rebuild's token
//   since     INTEGER|null  the change number a rebuild starts at; null when it ends
//   countStamp STRING|null  when a rebuild ends: the stamp of the topic sets its counts were
//                           computed with (partner-counts.ts), null when they changed meanwhile.
//                           Not read when a rebuild or load starts: the stamp is cleared then.
//                           A recount under way (begin-recount.cypher) ends either way.
//
// Returns one row:
//   current  BOOLEAN  false: another rebuild's token was there (when ending: nothing was set)

MATCH (s:IndexState {name: 'partnership'})
WITH s, $query.since IS NOT NULL OR s.rebuild = $query.rebuild AS current
CALL (s, current) {
  WITH s
  WHERE current
  SET s.complete = $query.complete, s.rebuild = $query.rebuild, s.since = $query.since, s.at = datetime(),
      s.countStamp = CASE WHEN $query.since IS NULL THEN $query.countStamp END, s.pendingStamp = null
}
RETURN current
