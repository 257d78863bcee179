// node-filter — a fragment, not a statement: the conditions a node `n` must meet for a NodeQuery's
// country, region and topic filters (`{{> nodeFilter}}`, after a WHERE), over the sets of
// fragments/filter-sets.cypher. One CASE branch per rule of src/domain/semantics/ (place rules,
// topic rules), filled in by the registry: inside CASE an EXISTS is evaluated only for the
// branch that applies.
//
// Reads $query.memberOf, $query.country, $query.region and n, country, regions, regionCountries,
// topicSets. Leaves nothing in scope: it is a boolean expression, each line starting with AND.

  // A member of this network or association.
  AND ($query.memberOf IS NULL OR EXISTS { (n)-[:{{MEMBERSHIP}}]->(:Entity {key: $query.memberOf}) })
  // In the country: a country path of n's place rule reaches it.
  AND ($query.country IS NULL OR CASE
        WHEN country IS NULL THEN false
        {{#each PLACE_RULES}}
        WHEN n:{{label}} THEN {{#join countryPaths " OR "}}EXISTS { (n){{pattern}}(country{{endLabel}}) }{{else}}false{{/join}}
        {{/each}}
        ELSE false END)
  // In the region: a country path reaches a country of the region, or a region path the region
  // or a sub-region.
  AND ($query.region IS NULL OR CASE
        {{#each PLACE_RULES}}
        WHEN n:{{label}} THEN {{#join countryPaths " OR "}}EXISTS { (n){{pattern}}(c{{endLabel}}) WHERE c IN regionCountries }{{else}}false{{/join}}{{#each regionPaths}} OR EXISTS { (n){{pattern}}(r{{endLabel}}) WHERE r IN regions }{{/each}}
        {{/each}}
        ELSE false END)
  // Works on (or addresses) every asked topic: a topic rule reaches the topic's set.
  AND all(topicSet IN topicSets WHERE CASE
        {{#each TOPIC_RULES}}
        WHEN n:{{label}} THEN {{#join rules " OR "}}EXISTS { (n){{pattern}}(t) WHERE t IN topicSet }{{/join}}
        {{/each}}
        ELSE false END)
