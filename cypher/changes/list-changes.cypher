// list-changes — a page of the change log, oldest first (GraphStore.listChanges).
//
// $query  MAP:
//   since     STRING|null   only changes at or after this instant (ISO 8601, UTC)
//   by        STRING|null   only changes by this principal
//   touching  STRING|null   only changes that wrote or deleted this key
//   afterSeq  INTEGER       resume after this seq (0 for the first page)
//   first     INTEGER       page size
//
// Returns one row:
//   totalCount  INTEGER      changes matching the filters
//   skipped     INTEGER      matching changes before the page
//   page        LIST<MAP>    {seq, at, by, operation, payload}

OPTIONAL MATCH (c:Change)
WHERE ($query.since IS NULL OR c.at >= $query.since)
  AND ($query.by IS NULL OR c.by = $query.by)
  AND ($query.touching IS NULL OR $query.touching IN c.touches)
WITH c ORDER BY c.seq
WITH collect(c) AS matches
WITH matches, [c IN matches WHERE c.seq > $query.afterSeq] AS rest
RETURN
  size(matches) AS totalCount,
  size(matches) - size(rest) AS skipped,
  [c IN rest[0..$query.first] | c {.seq, .at, .by, .operation, .payload}] AS page
