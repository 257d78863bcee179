// get-relationships — relationships by key (GraphStore.getRelationships).
// One branch per relationship type, so that each seeks its type's key index (rel_key_* in
// schema.cypher): a dynamic type (`-[r:$(type)]->`) plans as a scan of every relationship in 5.26.
// The hints keep the seeks even when the plan was made while a type had few relationships.
// The registry checks that every RELATIONSHIP_TYPES member has a branch.
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
  MATCH (a)-[r:LOCATED_IN {key: key}]->(b) USING INDEX r:LOCATED_IN(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:IN_REGION {key: key}]->(b) USING INDEX r:IN_REGION(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {key: key}]->(b) USING INDEX r:PART_OF(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {key: key}]->(b) USING INDEX r:MEMBER_OF(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PARTY_TO {key: key}]->(b) USING INDEX r:PARTY_TO(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PARTICIPATES_IN {key: key}]->(b) USING INDEX r:PARTICIPATES_IN(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:TARGETS {key: key}]->(b) USING INDEX r:TARGETS(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ADDRESSES {key: key}]->(b) USING INDEX r:ADDRESSES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:FOCUSES_ON {key: key}]->(b) USING INDEX r:FOCUSES_ON(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PRIORITIZES {key: key}]->(b) USING INDEX r:PRIORITIZES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ALIGNS_WITH {key: key}]->(b) USING INDEX r:ALIGNS_WITH(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:TWINNED_WITH {key: key}]->(b) USING INDEX r:TWINNED_WITH(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PIONEERED {key: key}]->(b) USING INDEX r:PIONEERED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ADOPTED {key: key}]->(b) USING INDEX r:ADOPTED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {key: key}]->(b) USING INDEX r:HOSTED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:ATTENDED {key: key}]->(b) USING INDEX r:ATTENDED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOLDS_OFFICE {key: key}]->(b) USING INDEX r:HOLDS_OFFICE(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {key: key}]->(b) USING INDEX r:COOPERATES_WITH(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:FOUNDED {key: key}]->(b) USING INDEX r:FOUNDED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:APPLIES {key: key}]->(b) USING INDEX r:APPLIES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LAUNCHED {key: key}]->(b) USING INDEX r:LAUNCHED(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:FOR_PROJECT {key: key}]->(b) USING INDEX r:FOR_PROJECT(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PROVIDES {key: key}]->(b) USING INDEX r:PROVIDES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:RECEIVES {key: key}]->(b) USING INDEX r:RECEIVES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:RELATED_TO {key: key}]->(b) USING INDEX r:RELATED_TO(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:REPORTS_ON {key: key}]->(b) USING INDEX r:REPORTS_ON(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COORDINATES {key: key}]->(b) USING INDEX r:COORDINATES(key) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:SUPPORTS {key: key}]->(b) USING INDEX r:SUPPORTS(key) RETURN r, a, b
}
RETURN key, type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties
