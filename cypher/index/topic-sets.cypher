// topic-sets — every topic of the graph (theme or SDG) with its set, as a question names it
// (fragments/topic-sets.cypher): what the partnership index's counts are computed and stamped
// with (src/domain/semantics/partner-counts.ts).
//
// No $query.
//
// Returns one row per topic:
//   topic  STRING
//   keys   LIST<STRING>  its set

MATCH (t:{{TOPIC.labels}})
WITH collect(t.key) AS topicKeys
{{> topicSets}}
UNWIND setsByTopic AS s
RETURN s.topic AS topic, [n IN s.topicSet | n.key] AS keys
