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
//   unfiltered  BOOLEAN       true when needle, country, region, memberOf are null, topics empty
//                             and memberships false: the groups count their items in place
//
// Returns one row per group with at least one item (unordered: the adapter orders):
//   group  STRING   the theme or goal key
//   count  INTEGER

CALL () {
  // Nothing to filter on (the dashboard's whole-graph question): each group counts its items in
  // place, without gathering every item's groups first.
  UNWIND CASE WHEN $query.unfiltered THEN [true] ELSE [] END AS unfiltered
  {{> topicGroupItems}}
  RETURN g.key AS group, count(n) AS count
  UNION
  // A filter: per item, its groups; the item is checked once, then counts for each.
  UNWIND CASE WHEN $query.unfiltered THEN [] ELSE [true] END AS filtered
  // The region, its countries, the topic sets and the country: fragments/filter-sets.cypher.
  {{> filterSets}}
  CALL () {
    {{> topicGroupItems}}
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
}
RETURN group, count
