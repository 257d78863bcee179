// empty-node-lists — after a bulk import (src/store/neo4j/bulk-import.ts): gives every node the
// empty lists the CSV importer cannot store. Neo4jStore.upsert always writes `aliases` and
// `propKeys` (records.ts), `[]` when there are none; neo4j-admin import skips empty arrays, so
// the bulk writer leaves them out of the CSV and this sets them. Only for a database that was
// just imported: everywhere else the properties are already there.
// Batches of its own (CALL … IN TRANSACTIONS): run it as an auto-commit query.
//
// No $params. No columns returned.

MATCH (n:Entity)
WHERE n.aliases IS NULL OR n.propKeys IS NULL
CALL (n) {
  SET n.aliases = coalesce(n.aliases, []), n.propKeys = coalesce(n.propKeys, [])
} IN TRANSACTIONS OF 20000 ROWS
