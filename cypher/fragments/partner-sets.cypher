// partner-sets — the sets a partner question names (find-partners.cypher,
// find-indexed-partners.cypher): the asked region with its sub-regions and their countries, and
// per topic asked its set (the topic, the SDGs a theme aligns with, everything below an SDG).
// Reads $query.region and $query.topics; binds root, regions, regionCountries, topicSets.
// The asked region and its sub-regions (nested through regions only).
CALL () {
  OPTIONAL MATCH (root:Entity {key: $query.region})
  WHERE root:{{REGION.label}}
  OPTIONAL MATCH (sub:{{REGION.label}}) (()-[:{{REGION.parent}}]->(:{{REGION.label}}))* (root)
  RETURN root, collect(DISTINCT sub) AS regions
}
CALL (regions) {
  UNWIND regions AS region
  MATCH (country:{{COUNTRY.label}})-[:{{COUNTRY.inRegion}}]->(region)
  RETURN collect(DISTINCT country) AS regionCountries
}
// Per topic asked, its set: fragments/topic-sets.cypher.
CALL () {
  WITH $query.topics AS topicKeys
  {{> topicSets}}
  RETURN [s IN setsByTopic | s.topicSet] AS topicSets
}
