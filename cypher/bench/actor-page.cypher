// bench/actor-page — the benchmark's raw-Cypher floor for an actor page nested three levels: the
// actor, its first projects (with its role) and their first participants, its first agreements
// and their first parties, its first memberships and their member counts, and its first partners.
// Lists are by the other node's key, as Diplomap's connections are. Sharing a network of more than
// 500 members (LARGE_NETWORK_MEMBERS, src/domain/semantics/partnership-rules.ts) is no partnership.
//
// $query  MAP: key STRING, first INTEGER
//
// Returns one row (none when the key is not an actor):
//   key, name    STRING
//   projects     MAP{totalCount, edges LIST<MAP{key, role, participants MAP{totalCount, keys}}>}
//   agreements   MAP{totalCount, edges LIST<MAP{key, parties MAP{totalCount, keys}}>}
//   memberships  MAP{totalCount, edges LIST<MAP{key, members INTEGER}>}
//   partners     MAP{totalCount, keys LIST<STRING>}

MATCH (a:Entity {key: $query.key})
WHERE a:Actor
CALL (a) {
  MATCH (a)-[r:PARTICIPATES_IN]->(p)
  WITH r, p
  ORDER BY p.key, r.key
  WITH collect({r: r, p: p}) AS items
  CALL (items) {
    UNWIND items[0..$query.first] AS x
    WITH x.r AS r, x.p AS p
    CALL (p) {
      MATCH (p)<-[q:PARTICIPATES_IN]-(o)
      WITH o, q
      ORDER BY o.key, q.key
      WITH collect(o.key) AS keys
      RETURN {totalCount: size(keys), keys: keys[0..$query.first]} AS participants
    }
    RETURN collect({key: p.key, role: r.role, participants: participants}) AS edges
  }
  RETURN {totalCount: size(items), edges: edges} AS projects
}
CALL (a) {
  MATCH (a)-[r:PARTY_TO]->(g)
  WITH r, g
  ORDER BY g.key, r.key
  WITH collect(g) AS items
  CALL (items) {
    UNWIND items[0..$query.first] AS g
    CALL (g) {
      MATCH (g)<-[q:PARTY_TO]-(o)
      WITH o, q
      ORDER BY o.key, q.key
      WITH collect(o.key) AS keys
      RETURN {totalCount: size(keys), keys: keys[0..$query.first]} AS parties
    }
    RETURN collect({key: g.key, parties: parties}) AS edges
  }
  RETURN {totalCount: size(items), edges: edges} AS agreements
}
CALL (a) {
  MATCH (a)-[r:MEMBER_OF]->(n)
  WITH r, n
  ORDER BY n.key, r.key
  WITH collect(n) AS items
  CALL (items) {
    UNWIND items[0..$query.first] AS n
    RETURN collect({key: n.key, members: COUNT { (n)<-[:MEMBER_OF]-() }}) AS edges
  }
  RETURN {totalCount: size(items), edges: edges} AS memberships
}
CALL (a) {
  CALL (a) {
    MATCH (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) RETURN b
    UNION
    MATCH (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) RETURN b
    UNION
    MATCH (a)-[:MEMBER_OF]->(h)<-[:MEMBER_OF]-(b:Actor) WHERE COUNT { (h)<-[:MEMBER_OF]-() } <= 500 RETURN b
    UNION
    MATCH (a)-[:TWINNED_WITH|COOPERATES_WITH]-(b:Actor) RETURN b
  }
  WITH b
  WHERE b <> a
  WITH b
  ORDER BY b.key
  WITH collect(b.key) AS keys
  RETURN {totalCount: size(keys), keys: keys[0..$query.first]} AS partners
}
RETURN a.key AS key, a.name AS name, projects, agreements, memberships, partners
