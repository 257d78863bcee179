// upsert-edges — writes one batch of relationships of ONE type, merging by key
// (GraphStore.upsert). Idempotent.
//
// {{TYPE}} is a template slot, not a parameter: the registry fills it only with a member of
// RELATIONSHIP_TYPES, after checking membership, and the adapter groups rows by type. Cypher
// 5.26 accepts a dynamic type (`MERGE (a)-[r:$(row.type) {key: row.key}]->(b)`), but plans it as
// a scan of every relationship per row; with a literal type the MERGE seeks the type's key
// index (rel_key_* in schema.cypher).
//
// $rows  LIST<MAP> one per relationship:
//   key         STRING
//   from        STRING  start node key
//   to          STRING  end node key
//   properties  MAP     every property the relationship must have (replaces the old ones)
//
// Returns one row:
//   written  INTEGER  relationships written; fewer than rows when an endpoint is missing

UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET r = row.properties
RETURN count(r) AS written
