// load-reads — what one pass of the partnership index's rules missed (src/domain/semantics/
// faulting-reader.ts): nodes, a node's relationships of one type one way (with the node at the
// other end, so the next pass need not ask for it), and how many relationships of a type reach a
// node (a hub's size: counted, not listed). Only what the rules look at is read: a node's key,
// type and name, a relationship's key and ends.
//
// $query  MAP:
//   nodes   LIST<STRING>                                   node keys
//   links   LIST<MAP{key STRING, out LIST<STRING>, in LIST<STRING>}>   a node's relationships of
//           these types leaving it (out) and reaching it (in)
//   counts  LIST<MAP{key STRING, type STRING}>             relationships of `type` reaching `key`
//
// Returns one row:
//   nodes   LIST<MAP{key, type, name}>                     type null: no such node
//   links   LIST<MAP{key, edges LIST<MAP{key, type, direction, from, other MAP{key, type, name}}>}>
//   counts  LIST<MAP{key, type, count INTEGER}>

CALL () {
  UNWIND $query.nodes AS key
  OPTIONAL MATCH (n:Entity {key: key})
  RETURN collect({key: key, type: n.type, name: n.name}) AS nodes
}
CALL () {
  UNWIND $query.links AS ask
  OPTIONAL MATCH (n:Entity {key: ask.key})
  // One expansion each way per node, kept to the asked types (the nodes asked about this way are
  // actors and small hubs: a large hub is counted, not listed).
  CALL (n, ask) {
    CALL (n, ask) {
      MATCH (n)-[r]->(o)
      WHERE size(ask.out) > 0 AND type(r) IN ask.out
      RETURN r, 'OUT' AS direction, n.key AS from, o AS other
      UNION ALL
      MATCH (n)<-[r]-(o)
      WHERE size(ask.in) > 0 AND type(r) IN ask.in
      RETURN r, 'IN' AS direction, o.key AS from, o AS other
    }
    RETURN collect({key: r.key, type: type(r), direction: direction, from: from,
                    other: {key: other.key, type: other.type, name: other.name}}) AS edges
  }
  RETURN collect({key: ask.key, edges: edges}) AS links
}
CALL () {
  UNWIND $query.counts AS ask
  OPTIONAL MATCH (n:Entity {key: ask.key})
  RETURN collect({key: ask.key, type: ask.type, count: CASE
    WHEN n IS NULL THEN 0
    {{#each RELATIONSHIP_TYPES}}
    WHEN ask.type = '{{type}}' THEN COUNT { (n)<-[:{{type}}]-() }
    {{/each}}
    ELSE 0 END}) AS counts
}
RETURN nodes, links, counts
