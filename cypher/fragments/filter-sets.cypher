// filter-sets — a fragment, not a statement: the sets a NodeQuery filter is checked against
// (fragments/node-filter.cypher), for the statements that filter nodes (`{{> filterSets}}`).
// Nesting, countries and topics as src/domain/semantics/ has them, filled in by the registry.
//
// Reads $query.region, $query.topics and $query.country.
// Leaves in scope: regions (the asked region and its sub-regions; [] when the key is not a
// region), regionCountries (the countries in those), topicSets (per asked topic: itself, the SDGs
// a theme aligns with, and everything below an SDG among those; [] when the key is neither a
// theme nor an SDG), country (the node keyed $query.country, or null).

CALL () {
  OPTIONAL MATCH (root:Entity {key: $query.region})
  WHERE root:{{REGION.label}}
  OPTIONAL MATCH (sub:{{REGION.label}}) (()-[:{{REGION.parent}}]->(:{{REGION.label}}))* (root)
  RETURN collect(DISTINCT sub) AS regions
}
CALL (regions) {
  UNWIND regions AS region
  MATCH (country:{{COUNTRY.label}})-[:{{COUNTRY.inRegion}}]->(region)
  RETURN collect(DISTINCT country) AS regionCountries
}
CALL () {
  UNWIND $query.topics AS topicKey
  CALL (topicKey) {
    OPTIONAL MATCH (topic:Entity {key: topicKey})
    WHERE topic:{{TOPIC.labels}}
    WITH CASE WHEN topic IS NULL THEN [] ELSE [topic] + [(topic)-[:{{TOPIC.aligns}}]->(sdg:{{TOPIC.alignedLabel}}) WHERE topic:{{TOPIC.theme}} | sdg] END AS roots
    CALL (roots) {
      UNWIND roots AS root
      MATCH (below) (()-[:{{TOPIC.below}}]->(:{{TOPIC.sdg}}))+ (root)
      RETURN collect(DISTINCT below) AS belowRoots
    }
    RETURN roots + belowRoots AS topicSet
  }
  RETURN collect(topicSet) AS topicSets
}
OPTIONAL MATCH (country:Entity {key: $query.country})
