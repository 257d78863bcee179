// clear-all — deletes every node and relationship of the database (tests, a fresh `diplomap seed`).
// Constraints and indexes stay. Runs in batches (CALL … IN TRANSACTIONS), so it must be sent as an
// auto-commit query, not inside executeWrite.
//
// No $params. No columns returned.

MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
