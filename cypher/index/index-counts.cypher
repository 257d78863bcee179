// index-counts — the partnership index's counts that are not zero (write-entries.cypher), and
// whether questions may use them: what `Neo4jStore.partnershipIndexCounts` gives to compare
// counts kept by edits with counts rebuilt from scratch.
//
// No $query.
//
// Returns one row:
//   usable  BOOLEAN  the state holds a count stamp (partner-counts.ts): the counts are kept
//   counts  LIST<MAP{key STRING, n INTEGER}>  key order

OPTIONAL MATCH (s:IndexState {name: 'partnership'})
CALL () {
  MATCH (c:IndexCount)
  WHERE c.n <> 0
  WITH c ORDER BY c.key
  RETURN collect({key: c.key, n: c.n}) AS counts
}
RETURN s.countStamp IS NOT NULL AS usable, counts
