// topic-sets — per topic key of `topicKeys` (bound before, a list), its set: the topic, the SDGs a
// theme aligns with, and everything below an SDG among those (Semantics.topicsOf). A key that is
// no theme or SDG has the empty set. Binds setsByTopic: LIST<MAP{topic STRING, topicSet LIST<node>}>
// in the order of topicKeys. Used by partner-sets.cypher and index/topic-sets.cypher.
UNWIND topicKeys AS topicKey
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
WITH collect({topic: topicKey, topicSet: topicSet}) AS setsByTopic
