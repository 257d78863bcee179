// clear-all — deletes every node and relationship of the database (tests, a fresh `diplomap seed`).
// Constraints and indexes stay. Runs in batches (CALL … IN TRANSACTIONS), so it must be sent as an
// auto-commit query, not inside executeWrite. A batch deletes its nodes' relationships too: 1,000
// nodes keep it within the transaction memory even when one holds the Covenant of Mayors' 12,000
// memberships and the others their quoted sources (10,000 did not, at 256 MB).
//
// No $params. No columns returned.

MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
