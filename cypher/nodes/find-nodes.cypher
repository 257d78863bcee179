// find-nodes — one page of the nodes matching a NodeQuery, and the count of every match
// (GraphStore.findNodes). The place and topic rules of src/domain/semantics/ (through the
// fragments filter-sets and node-filter) and the same keyset cursor as paginate().
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   types       LIST<STRING>  node types to consider (the adapter passes every type when the query names none)
//   keys        LIST<STRING>|null  only these node keys; null: any
//   needle      STRING|null   normalizeText(nameContains), a substring of n.searchText; null: no name filter
//   country     STRING|null   country filter key; null: none
//   region      STRING|null   region filter key; null: none
//   topics      LIST<STRING>  topic (theme or SDG) keys, all must hold; []: none
//   memberOf    STRING|null   only members (MEMBER_OF) of this node; null: any
//   orderBy     STRING        'NAME' | 'KEY'
//   descending  BOOLEAN       direction DESC
//   afterSort   STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey    STRING|null   sortableText(cursor key); null on the first page
//   first       INTEGER       page size
//
// Returns one row:
//   totalCount  INTEGER     every match
//   skipped     INTEGER     matches at or before the cursor (hasPreviousPage when > 0)
//   page        LIST<MAP>   properties of the page's nodes, in order
//
// Order compares coalesce(n.sortName, n.name) and coalesce(n.sortKey, n.key): those properties
// exist only when the text has characters outside the BMP (sortable-text.ts), where Neo4j's
// string order is not JavaScript's code-unit order.

// The region, its countries, the topic sets and the country: fragments/filter-sets.cypher.
{{> filterSets}}

// The type index, even if the plan was made on a small graph where a label scan looked cheaper.
MATCH (n:Entity)
USING INDEX n:Entity(type)
WHERE n.type IN $query.types
  AND ($query.keys IS NULL OR n.key IN $query.keys)
  AND ($query.needle IS NULL OR n.searchText CONTAINS $query.needle)
  // The country, region and topic filters: fragments/node-filter.cypher.
  {{> nodeFilter}}

WITH n,
     CASE $query.orderBy WHEN 'NAME' THEN coalesce(n.sortName, n.name) ELSE coalesce(n.sortKey, n.key) END AS sortValue,
     coalesce(n.sortKey, n.key) AS sortKey
WITH n, sortValue, sortKey,
     $query.afterKey IS NULL OR CASE WHEN $query.descending
       THEN sortValue < $query.afterSort OR (sortValue = $query.afterSort AND sortKey < $query.afterKey)
       ELSE sortValue > $query.afterSort OR (sortValue = $query.afterSort AND sortKey > $query.afterKey)
     END AS pastCursor
ORDER BY sortValue, sortKey
// collect() keeps the ORDER BY order; DESC pages read the ascending list backwards.
WITH count(*) AS totalCount, collect(CASE WHEN pastCursor THEN n END) AS rest
RETURN totalCount,
       totalCount - size(rest) AS skipped,
       [m IN (CASE WHEN $query.descending THEN reverse(rest) ELSE rest END)[0..$query.first] | properties(m)] AS page
