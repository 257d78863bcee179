// lock-index — the partnership index's state, locked for the rest of the write transaction:
// every edit takes it first, so edits keep the index up one after another, and a rebuild's last
// step (index catch-up) sees no edit in between. A missing state is an index not built.
//
// No $query.
//
// Returns one row:
//   complete  BOOLEAN      the index holds an entry for every actor and is kept up by every edit
//   rebuild   STRING|null  the token of the rebuild under way or last started
//   since     INTEGER|null the change number that rebuild started at
//   seq       INTEGER      the change log's last number (0: no change yet)
//   actors    INTEGER      how many actors the graph has (from the count store)

MERGE (s:IndexState {name: 'partnership'})
ON CREATE SET s.complete = false
SET s.locks = coalesce(s.locks, 0) + 1
WITH s
OPTIONAL MATCH (log:ChangeLog {name: 'diplomap'})
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
RETURN s.complete AS complete, s.rebuild AS rebuild, s.since AS since, coalesce(log.seq, 0) AS seq, actors
