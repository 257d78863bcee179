// counts — nodes by type and relationships by type (GraphStore.counts).
// One branch per node type label and per relationship type, each answered from Neo4j's count
// store in constant time (a dynamic label would scan): the registry repeats the block for every
// member of NODE_TYPES and RELATIONSHIP_TYPES. The adapter drops zero counts.
//
// No $params.
//
// Returns one row per type:
//   kind   STRING   'node' | 'relationship'
//   type   STRING   node type or relationship type
//   count  INTEGER

CALL () {
  {{#join NODE_TYPES "\n  UNION ALL\n  "}}MATCH (n:{{type}}) RETURN 'node' AS kind, '{{type}}' AS type, count(n) AS count{{/join}}
  UNION ALL
  {{#join RELATIONSHIP_TYPES "\n  UNION ALL\n  "}}MATCH ()-[r:{{type}}]->() RETURN 'relationship' AS kind, '{{type}}' AS type, count(r) AS count{{/join}}
}
RETURN kind, type, count
