// get-relationships — relationships by key (GraphStore.getRelationships).
// One branch per relationship type, so that each seeks its type's key index (rel_key_* in
// schema.cypher): a dynamic type (`-[r:$(type)]->`) plans as a scan of every relationship in 5.26.
// The registry checks that every RELATIONSHIP_TYPES member has a branch.
//
// $keys  LIST<STRING>  relationship keys, distinct (the adapter puts answers back in the caller's order)
//
// Returns one row per key that has a relationship:
//   key         STRING
//   type        STRING
//   from        STRING  start node key
//   to          STRING  end node key
//   properties  MAP

UNWIND $keys AS key
CALL (key) {
  MATCH (a)-[r:LOCATED_IN {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:IN_REGION {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PARTY_TO {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PARTICIPATES_IN {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:TARGETS {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ADDRESSES {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:FOCUSES_ON {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PRIORITIZES {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ALIGNS_WITH {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:TWINNED_WITH {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PIONEERED {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ADOPTED {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ATTENDED {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOLDS_OFFICE {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {key: key}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:FOUNDED {key: key}]->(b) RETURN r, a, b
}
RETURN key, type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties
