// counts — nodes by type and relationships by type (GraphStore.counts).
// One branch per node type label and per relationship type, each answered from Neo4j's count
// store in constant time (a dynamic label would scan). The registry checks that every
// NODE_TYPES and RELATIONSHIP_TYPES member has a branch. The adapter drops zero counts.
//
// No $params.
//
// Returns one row per type:
//   kind   STRING   'node' | 'relationship'
//   type   STRING   node type or relationship type
//   count  INTEGER

CALL () {
  MATCH (n:Municipality) RETURN 'node' AS kind, 'Municipality' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Association) RETURN 'node' AS kind, 'Association' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Government) RETURN 'node' AS kind, 'Government' AS type, count(n) AS count
  UNION ALL
  MATCH (n:InternationalOrganization) RETURN 'node' AS kind, 'InternationalOrganization' AS type, count(n) AS count
  UNION ALL
  MATCH (n:CivilSociety) RETURN 'node' AS kind, 'CivilSociety' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Foundation) RETURN 'node' AS kind, 'Foundation' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Network) RETURN 'node' AS kind, 'Network' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Agreement) RETURN 'node' AS kind, 'Agreement' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Project) RETURN 'node' AS kind, 'Project' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Country) RETURN 'node' AS kind, 'Country' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Region) RETURN 'node' AS kind, 'Region' AS type, count(n) AS count
  UNION ALL
  MATCH (n:AdminArea) RETURN 'node' AS kind, 'AdminArea' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Sdg) RETURN 'node' AS kind, 'Sdg' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Theme) RETURN 'node' AS kind, 'Theme' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Practice) RETURN 'node' AS kind, 'Practice' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Event) RETURN 'node' AS kind, 'Event' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Framework) RETURN 'node' AS kind, 'Framework' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Source) RETURN 'node' AS kind, 'Source' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'node' AS kind, 'Organization' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Transaction) RETURN 'node' AS kind, 'Transaction' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Budget) RETURN 'node' AS kind, 'Budget' AS type, count(n) AS count
  UNION ALL
  MATCH (n:PlannedDisbursement) RETURN 'node' AS kind, 'PlannedDisbursement' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Location) RETURN 'node' AS kind, 'Location' AS type, count(n) AS count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() RETURN 'relationship' AS kind, 'LOCATED_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:IN_REGION]->() RETURN 'relationship' AS kind, 'IN_REGION' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PART_OF]->() RETURN 'relationship' AS kind, 'PART_OF' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() RETURN 'relationship' AS kind, 'MEMBER_OF' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PARTY_TO]->() RETURN 'relationship' AS kind, 'PARTY_TO' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PARTICIPATES_IN]->() RETURN 'relationship' AS kind, 'PARTICIPATES_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:TARGETS]->() RETURN 'relationship' AS kind, 'TARGETS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ADDRESSES]->() RETURN 'relationship' AS kind, 'ADDRESSES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOCUSES_ON]->() RETURN 'relationship' AS kind, 'FOCUSES_ON' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PRIORITIZES]->() RETURN 'relationship' AS kind, 'PRIORITIZES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ALIGNS_WITH]->() RETURN 'relationship' AS kind, 'ALIGNS_WITH' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:TWINNED_WITH]->() RETURN 'relationship' AS kind, 'TWINNED_WITH' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PIONEERED]->() RETURN 'relationship' AS kind, 'PIONEERED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ADOPTED]->() RETURN 'relationship' AS kind, 'ADOPTED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOSTED]->() RETURN 'relationship' AS kind, 'HOSTED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ATTENDED]->() RETURN 'relationship' AS kind, 'ATTENDED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOLDS_OFFICE]->() RETURN 'relationship' AS kind, 'HOLDS_OFFICE' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:COOPERATES_WITH]->() RETURN 'relationship' AS kind, 'COOPERATES_WITH' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOUNDED]->() RETURN 'relationship' AS kind, 'FOUNDED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:APPLIES]->() RETURN 'relationship' AS kind, 'APPLIES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:LAUNCHED]->() RETURN 'relationship' AS kind, 'LAUNCHED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOR_PROJECT]->() RETURN 'relationship' AS kind, 'FOR_PROJECT' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PROVIDES]->() RETURN 'relationship' AS kind, 'PROVIDES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:RECEIVES]->() RETURN 'relationship' AS kind, 'RECEIVES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:RELATED_TO]->() RETURN 'relationship' AS kind, 'RELATED_TO' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:REPORTS_ON]->() RETURN 'relationship' AS kind, 'REPORTS_ON' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:COORDINATES]->() RETURN 'relationship' AS kind, 'COORDINATES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() RETURN 'relationship' AS kind, 'SUPPORTS' AS type, count(r) AS count
}
RETURN kind, type, count
