// get-relationships — relationships by key (GraphStore.getRelationships).
// One branch per relationship type, so that each seeks its type's key index (rel_key_* in
// schema.cypher): a dynamic type (`-[r:$(type)]->`) plans as a scan of every relationship in 5.26.
// The hints keep the seeks even when the plan was made while a type had few relationships.
// The registry repeats the branch for every member of RELATIONSHIP_TYPES.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   keys  LIST<STRING>  relationship keys, distinct (the adapter puts answers back in the caller's order)
//
// Returns one row per key that has a relationship:
//   key         STRING
//   type        STRING
//   from        STRING  start node key
//   to          STRING  end node key
//   properties  MAP

UNWIND $query.keys AS key
CALL (key) {
  {{#join RELATIONSHIP_TYPES "\n  UNION ALL\n  "}}MATCH (a)-[r:{{type}} {key: key}]->(b) USING INDEX r:{{type}}(key) RETURN r, a, b{{/join}}
}
RETURN key, type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties
