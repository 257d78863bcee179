// begin-recount — starts counting the partnership index's entries again under the graph's topic
// sets as they are now (src/store/neo4j/index-recount.ts), after lock-index in the same
// transaction. An edit that changes a topic set leaves the counts unused (write-entries.cypher);
// a recount computes each entry's topics and counts again from what the entry keeps (no rule is
// walked) and makes them usable at its end, unless an entry was written meanwhile under other
// sets: write-entries.cypher then clears the stamp the recount holds (`pendingStamp`).
//
// $query  MAP:
//   countStamp  STRING  the stamp of the topic sets the recount counts with (partner-counts.ts)
//
// Returns one row:
//   begun   BOOLEAN  true: the recount holds the state's pendingStamp
//   usable  BOOLEAN  the counts are usable already, under these sets (nothing to do)
OPTIONAL MATCH (s:IndexState {name: 'partnership'})
WITH s, coalesce(s.complete AND s.countStamp = $query.countStamp, false) AS usable
WITH s, usable, coalesce(s.complete, false) AND NOT usable AS begun
CALL (s, begun) {
  WITH s
  WHERE begun
  SET s.pendingStamp = $query.countStamp
}
RETURN begun, usable
