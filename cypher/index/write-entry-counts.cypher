// write-entry-counts — sets the topics worked on and the counts of partnership index entries
// counted again (src/store/neo4j/index-recount.ts), in the transaction that read them
// (recount-entries.cypher): each count loses one for each entry it counted before and gains one
// for each it counts now, so the counts stay the sum of the entries whatever edits come between
// two batches.
//
// $query  MAP:
//   entries  LIST<MAP{actor STRING, regions LIST<STRING>, worksOn LIST<STRING>,
//            counted LIST<STRING>}>  only the entries whose lists changed
//
// Returns one row:
//   updated  INTEGER  entries written
UNWIND $query.entries AS update
MATCH (e:IndexEntry {actor: update.actor})
WITH e, update, e.counted AS before
SET e.regions = update.regions, e.worksOn = update.worksOn, e.counted = update.counted
WITH collect(before) AS befores, collect(update.counted) AS afters
CALL (befores) {
  UNWIND befores AS keys
  UNWIND keys AS key
  WITH key, count(*) AS n
  MATCH (c:IndexCount {key: key})
  SET c.n = c.n - n
}
CALL (afters) {
  UNWIND afters AS keys
  UNWIND keys AS key
  WITH key, count(*) AS n
  MERGE (c:IndexCount {key: key})
  ON CREATE SET c.n = 0
  SET c.n = c.n + n
}
RETURN size(befores) AS updated
