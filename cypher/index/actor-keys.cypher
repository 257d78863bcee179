// actor-keys — every actor's key, a batch at a time in key order: what a rebuild of the
// partnership index computes entries for.
//
// $query  MAP:
//   after  STRING|null  the last key of the previous batch; null for the first
//   first  INTEGER      batch size
//
// Returns one row per actor:
//   key  STRING

// A seek in the key index from where the last batch ended, read in its order: scanning every
// actor and sorting them for each batch made a rebuild grow with the square of the graph.
MATCH (a:Entity)
USING INDEX a:Entity(key)
WHERE a.key > coalesce($query.after, '') AND a:Actor
RETURN a.key AS key
ORDER BY key
LIMIT $query.first
