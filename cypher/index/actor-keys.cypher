// actor-keys — every actor's key, a batch at a time in key order: what a rebuild of the
// partnership index computes entries for.
//
// $query  MAP:
//   after  STRING|null  the last key of the previous batch; null for the first
//   first  INTEGER      batch size
//
// Returns one row per actor:
//   key  STRING

MATCH (a:Entity)
WHERE a:Actor AND ($query.after IS NULL OR a.key > $query.after)
RETURN a.key AS key
ORDER BY key
LIMIT $query.first
