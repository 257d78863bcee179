// clear-index — deletes every partnership index entry, key and count (the first step of a rebuild, and
// of clearing the store). Entries first: a key of the index (a region, a hub) can be linked from
// thousands of entries, and deleting it with them would hold them all in one transaction.
// CALL … IN TRANSACTIONS: an auto-commit query, in batches.
//
// No $params.
// No columns returned.

MATCH (n)
WHERE n:IndexEntry OR n:IndexKey OR n:IndexCount
WITH n
ORDER BY CASE WHEN n:IndexEntry THEN 0 ELSE 1 END
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
