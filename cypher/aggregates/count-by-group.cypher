// count-by-group — how many of the nodes matching a NodeQuery filter fall in each group, by kind,
// start year, year joined, coordinator, country or region (GraphStore.aggregate, groupBy KIND,
// YEAR, JOINED, COORDINATOR, COUNTRY or REGION; the same counts as the embedded store's,
// src/store/memory/aggregate.ts). The filter is
// find-nodes.cypher's, the same text. An item in several groups counts in each; an item with
// none is left out.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size):
//   groupBy     STRING        'KIND' | 'YEAR' | 'JOINED' | 'COORDINATOR' | 'COUNTRY' | 'REGION'
//   types       LIST<STRING>  node types to count (ACTOR kinds, Project, Agreement, …), not empty
//   needle      STRING|null   normalizeText(nameContains), a substring of n.searchText; null: no name filter
//   country     STRING|null   country filter key; null: none
//   region      STRING|null   region filter key; null: none
//   topics      LIST<STRING>  topic (theme or SDG) filter keys, all must hold; []: none
//   memberOf    STRING|null   only members (MEMBER_OF) of this node; null: any
//   memberships BOOLEAN       count memberships of memberOf instead of items (AggregateQuery.count)
//
// Returns one row per group (unordered: the adapter orders):
//   group  STRING|ANY  KIND: the node type; COUNTRY, REGION: the country or region key; YEAR: the
//                      raw start value (the node start properties of time-rules.ts) — the
//                      adapter reads the year from it with the domain's yearOf and adds up the
//                      rows of the same year; JOINED: the year (YYYY) of a membership of
//                      memberOf, read from its `since` as yearOf reads it; COORDINATOR: the key
//                      of an actor that COORDINATES it
//   count  INTEGER
//
// Groups, as the embedded store has them (src/store/memory/aggregate.ts): an item's countries are
// those its place rule's country paths reach; its regions are those countries' regions and those
// its region paths reach, each with every region above it.

// The region, its countries, the topic sets and the country: fragments/filter-sets.cypher.
{{> filterSets}}

// The type index, even if the plan was made on a small graph where a label scan looked cheaper.
MATCH (n:Entity)
USING INDEX n:Entity(type)
WHERE n.type IN $query.types
  AND ($query.needle IS NULL OR n.searchText CONTAINS $query.needle)
  // The country, region and topic filters: fragments/node-filter.cypher.
  {{> nodeFilter}}

// An item's countries, when they are asked for (COUNTRY, REGION): its place rule's country paths.
CALL (n) {
  CALL (n) {
    {{#join PLACE_PATHS.country "\n    UNION\n    "}}MATCH (n){{pattern}}(c{{endLabel}})
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND n:{{label}}
    RETURN c{{/join}}
  }
  RETURN collect(c) AS countries
}
// Each item's groups, each once.
CALL (n, countries) {
  WITH n
  WHERE $query.groupBy = 'KIND'
  RETURN n.type AS group
  UNION
  // When the item starts (src/domain/semantics/time-rules.ts).
  WITH CASE
         {{#each NODE_START}}
         WHEN n.type IN [{{types}}] THEN coalesce({{#join props ", "}}n.{{this}}{{/join}})
         {{/each}}
         ELSE coalesce({{#join DEFAULT_NODE_START ", "}}n.{{this}}{{/join}}) END AS start
  WHERE $query.groupBy = 'YEAR' AND start IS NOT NULL
  RETURN start AS group
  UNION
  MATCH (n)-[m:{{MEMBERSHIP}}]->(:Entity {key: $query.memberOf})
  WHERE $query.groupBy = 'JOINED'
  WITH CASE
         WHEN m.since IS :: INTEGER THEN toString(m.since)
         WHEN m.since IS :: STRING AND m.since =~ '[0-9]{4}.*' THEN left(m.since, 4)
       END AS year
  WHERE year IS NOT NULL
  RETURN year AS group
  UNION
  MATCH (n)<-[:{{COORDINATION}}]-(coordinator)
  WHERE $query.groupBy = 'COORDINATOR'
  RETURN coordinator.key AS group
  UNION
  UNWIND countries AS c
  WITH c
  WHERE $query.groupBy = 'COUNTRY'
  RETURN c.key AS group
  UNION
  // Its regions: its countries' regions and what its region paths reach, with every region above.
  WITH n, countries
  WHERE $query.groupBy = 'REGION'
  CALL (n, countries) {
    UNWIND countries AS c
    MATCH (c)-[:{{COUNTRY.inRegion}}]->(r:{{REGION.label}})
    RETURN r
    {{#each PLACE_PATHS.region}}
    UNION
    MATCH (n){{pattern}}(r{{endLabel}})
    WHERE n:{{label}}
    RETURN r
    {{/each}}
  }
  MATCH (r) (()-[:{{REGION.parent}}]->(:{{REGION.label}}))* (up)
  RETURN up.key AS group
}
// What the item weighs in the group: 1, or (memberships) its memberships of memberOf: for JOINED
// those of the group's year, for COORDINATOR the COORDINATES from the group (one per signatory).
WITH group, CASE
       WHEN NOT $query.memberships THEN 1
       WHEN $query.groupBy = 'JOINED' THEN COUNT {
         (n)-[m:{{MEMBERSHIP}}]->(:Entity {key: $query.memberOf})
         WHERE CASE
                 WHEN m.since IS :: INTEGER THEN toString(m.since)
                 WHEN m.since IS :: STRING AND m.since =~ '[0-9]{4}.*' THEN left(m.since, 4)
               END = group }
       WHEN $query.groupBy = 'COORDINATOR' THEN COUNT { (n)<-[:{{COORDINATION}}]-(:Entity {key: group}) }
       ELSE COUNT { (n)-[:{{MEMBERSHIP}}]->(:Entity {key: $query.memberOf}) }
     END AS weight
RETURN group, sum(weight) AS count
