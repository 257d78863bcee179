// upsert-nodes — writes one batch of nodes, merging by key (GraphStore.upsert). Idempotent.
//
// $rows  LIST<MAP> one per node:
//   key          STRING
//   properties   MAP           every property the node must have (replaces the old ones; see records.ts)
//   labels       LIST<STRING>  labelsOf(type): Entity, Actor for actor kinds, the type
//   staleLabels  LIST<STRING>  the other type labels, removed in case the node changed type
//
// Labels are dynamic (`SET n:$(…)`, Cypher 5.26): safe here because nothing is looked up by
// them, and the adapter takes them only from NODE_TYPES/labelsOf after checking the type.
// (Relationship types are not dynamic in upsert-edges: see there.)
//
// Returns one row:
//   written  INTEGER  nodes written

UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.properties
SET n:$(row.labels)
REMOVE n:$(row.staleLabels)
RETURN count(n) AS written
