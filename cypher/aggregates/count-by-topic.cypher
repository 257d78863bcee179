// count-by-topic — how many of the nodes matching a NodeQuery filter work on (actors) or address
// (projects, agreements) each theme or each SDG goal (GraphStore.aggregate, groupBy THEME or SDG;
// the same counts as findNodes' totalCount with the group added to the topic filter, which is how
// the embedded store counts, src/store/memory/aggregate.ts). The filter is find-nodes.cypher's,
// the same text; the items are found from the topics' side (what addresses or focuses on them),
// as the benchmark's raw statement does, and each is checked against the filter once.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size):
//   groupBy     STRING        'THEME' (every Theme) | 'SDG' (the nodes keyed by `goals`)
//   goals       LIST<STRING>  the SDG goal keys, sdg:1 … sdg:17
//   types       LIST<STRING>  node types to count (ACTOR kinds, Project, Agreement, …), not empty
//   needle      STRING|null   normalizeText(nameContains), a substring of n.searchText; null: no name filter
//   country     STRING|null   country filter key; null: none
//   region      STRING|null   region filter key; null: none
//   topics      LIST<STRING>  topic (theme or SDG) filter keys, all must hold; []: none
//   memberOf    STRING|null   only members (MEMBER_OF) of this node; null: any
//   memberships BOOLEAN       count memberships of memberOf instead of items (AggregateQuery.count)
//
// Returns one row per group with at least one item (unordered: the adapter orders):
//   group  STRING   the theme or goal key
//   count  INTEGER

// The region, its countries, the topic sets and the country: fragments/filter-sets.cypher.
{{> filterSets}}

// The groups, each with its topics (itself, the SDGs a theme aligns with, and every node below an
// SDG among those: the same topic sets as above), and the items of the asked types that work on
// or address one of them (topicEvidence is not empty: the same three ways as in the filter
// below); per item, its groups.
CALL () {
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
    CALL (topic) {
      {{#join TOPIC_PATHS "\n      UNION\n      "}}WITH topic
      WHERE any(type IN [{{types}}] WHERE type IN $query.types)
      MATCH (n:{{label}}){{pattern}}(topic)
      WHERE n.type IN $query.types
      RETURN n{{/join}}
    }
    RETURN DISTINCT n
  }
  RETURN n, collect(g.key) AS groups
}
WITH regions, regionCountries, topicSets, country, n, groups
WHERE ($query.needle IS NULL OR n.searchText CONTAINS $query.needle)
  // The country, region and topic filters: fragments/node-filter.cypher.
  {{> nodeFilter}}

UNWIND groups AS group
// What the item weighs: 1, or (memberships) its memberships of memberOf.
WITH group, CASE
       WHEN $query.memberships THEN COUNT { (n)-[:{{MEMBERSHIP}}]->(:Entity {key: $query.memberOf}) }
       ELSE 1
     END AS weight
RETURN group, sum(weight) AS count
