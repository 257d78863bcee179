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
// The topic, the SDGs a theme aligns with, and everything below an SDG among those.
CALL () {
  UNWIND $query.topics AS topicKey
  CALL (topicKey) {
    OPTIONAL MATCH (topic:Entity {key: topicKey})
    WHERE topic:{{TOPIC.labels}}
    WITH CASE WHEN topic IS NULL THEN [] ELSE [topic] + [(topic)-[:{{TOPIC.aligns}}]->(sdg:{{TOPIC.alignedLabel}}) WHERE topic:{{TOPIC.theme}} | sdg] END AS roots
    CALL (roots) {
      UNWIND roots AS topicRoot
      MATCH (below) (()-[:{{TOPIC.below}}]->(:{{TOPIC.sdg}}))+ (topicRoot)
      RETURN collect(DISTINCT below) AS belowRoots
    }
    RETURN roots + belowRoots AS topicSet
  }
  RETURN collect(topicSet) AS topicSets
}
