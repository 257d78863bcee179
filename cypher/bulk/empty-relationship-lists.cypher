// empty-relationship-lists — after a bulk import (src/store/neo4j/bulk-import.ts): gives every
// relationship the empty `propKeys` list the CSV importer cannot store (see empty-node-lists).
// Batches of its own (CALL … IN TRANSACTIONS): run it as an auto-commit query.
//
// No $params. No columns returned.

MATCH ()-[r]->()
WHERE r.propKeys IS NULL
CALL (r) {
  SET r.propKeys = []
} IN TRANSACTIONS OF 20000 ROWS
