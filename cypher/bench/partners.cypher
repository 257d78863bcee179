// bench/partners — the benchmark's raw-Cypher floor for the headline question (bench/): actors in
// a region or a sub-region (directly or through their municipality) that work on a topic (focus,
// or a project addressing it, an SDG it aligns with, or a target below one) and have a partner;
// how many, and the first page by key with each actor's number of distinct partners. Same rules
// as find-partners.cypher, written for speed: it starts from the region's countries. Sharing a
// network of more than 500 members (LARGE_NETWORK_MEMBERS, src/domain/semantics/partnership-rules.ts)
// is a co-membership, not a partnership.
//
// $query  MAP: region STRING, topic STRING, first INTEGER
//
// Returns one row:
//   totalCount  INTEGER
//   hits        LIST<MAP{actor STRING, partnerCount INTEGER}>  by actor key

MATCH (root:Entity {key: $query.region})
WHERE root:Region
CALL (root) {
  MATCH (sub:Region) (()-[:PART_OF]->(:Region))* (root)
  MATCH (c:Country)-[:IN_REGION]->(sub)
  RETURN collect(DISTINCT c) AS countries
}
MATCH (topic:Entity {key: $query.topic})
WITH countries, [topic] + [(topic)-[:ALIGNS_WITH]->(s:Sdg) | s] AS roots
CALL (roots) {
  UNWIND roots AS r
  OPTIONAL MATCH (below) (()-[:PART_OF]->(:Sdg))+ (r)
  RETURN collect(DISTINCT below) AS below
}
WITH countries, roots + below AS topics
CALL (countries) {
  UNWIND countries AS c
  MATCH (a:Actor)-[:LOCATED_IN]->(c)
  RETURN a
  UNION
  UNWIND countries AS c
  MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(c)
  RETURN a
}
WITH a, topics
WHERE (EXISTS { (a)-[:FOCUSES_ON]->(t) WHERE t IN topics }
    OR EXISTS { (a)-[:PARTICIPATES_IN]->()-[:ADDRESSES]->(t) WHERE t IN topics })
  AND (EXISTS { (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) WHERE b <> a }
    OR EXISTS { (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) WHERE b <> a }
    OR EXISTS { (a)-[:MEMBER_OF]->(h)<-[:MEMBER_OF]-(b:Actor) WHERE b <> a AND COUNT { (h)<-[:MEMBER_OF]-() } <= 500 }
    OR EXISTS { (a)-[:TWINNED_WITH|COOPERATES_WITH]-(b:Actor) WHERE b <> a })
WITH a
ORDER BY a.key
WITH collect(a) AS items
CALL (items) {
  UNWIND items[0..$query.first] AS a
  CALL (a) {
    MATCH (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) RETURN b
    UNION
    MATCH (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) RETURN b
    UNION
    MATCH (a)-[:MEMBER_OF]->(h)<-[:MEMBER_OF]-(b:Actor) WHERE COUNT { (h)<-[:MEMBER_OF]-() } <= 500 RETURN b
    UNION
    MATCH (a)-[:TWINNED_WITH|COOPERATES_WITH]-(b:Actor) RETURN b
  }
  WITH a, b
  WHERE b <> a
  WITH a, count(DISTINCT b) AS partnerCount
  RETURN collect({actor: a.key, partnerCount: partnerCount}) AS hits
}
RETURN size(items) AS totalCount, hits
