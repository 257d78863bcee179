// health — whether the store answers, with its size (GraphStore.health). Both counts come from
// the count store, in constant time. Only graph nodes (Entity) count, not the change log.
//
// No $params.
//
// Returns one row:
//   nodes          INTEGER
//   relationships  INTEGER

CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
// The graph's own types only (the partnership index's relationships are not the graph's), each
// from the count store.
CALL () {
  {{#join RELATIONSHIP_TYPES "\n  UNION ALL\n  "}}MATCH ()-[r:{{type}}]->() RETURN count(r) AS n{{/join}}
}
WITH nodes, sum(n) AS relationships
RETURN nodes, relationships
