// topic-group-items — a fragment, not a statement: for count-by-topic.cypher, one row per group
// (every theme, or the SDG goals) and item of the asked types that works on or addresses one of
// the group's topics (itself, the SDGs a theme aligns with, and every node below an SDG among
// those: the topic sets of fragments/filter-sets.cypher), each item once per group.
//
// Reads $query.groupBy, $query.goals and $query.types.
// Leaves in scope: g (the group's node), n (an item).

CALL () {
  MATCH (g:{{TOPIC.theme}})
  WHERE $query.groupBy = 'THEME'
  RETURN g
  UNION
  UNWIND $query.goals AS goalKey
  MATCH (g:Entity {key: goalKey})
  WHERE $query.groupBy = 'SDG' AND g:{{TOPIC.labels}}
  RETURN g
}
CALL (g) {
  WITH [g] + [(g)-[:{{TOPIC.aligns}}]->(sdg:{{TOPIC.alignedLabel}}) WHERE g:{{TOPIC.theme}} | sdg] AS roots
  CALL (roots) {
    UNWIND roots AS root
    MATCH (below) (()-[:{{TOPIC.below}}]->(:{{TOPIC.sdg}}))+ (root)
    RETURN collect(DISTINCT below) AS belowRoots
  }
  UNWIND roots + belowRoots AS topic
  WITH DISTINCT topic
  // UNION ALL: the DISTINCT below removes the repeats once. The type is checked on the labels
  // (every node carries its type as a label, records.ts), which the node record holds: no
  // property read per item.
  CALL (topic) {
    {{#join TOPIC_PATHS "\n      UNION ALL\n      "}}WITH topic
    WHERE any(type IN [{{types}}] WHERE type IN $query.types)
    MATCH (n:{{label}}){{pattern}}(topic)
    WHERE any(label IN labels(n) WHERE label IN $query.types)
    RETURN n{{/join}}
  }
  RETURN DISTINCT n
}
