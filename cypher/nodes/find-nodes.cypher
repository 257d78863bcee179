// find-nodes — one page of the nodes matching a NodeQuery, and the count of every match
// (GraphStore.findNodes). Same rules as GraphSemantics (isInCountry, regionEvidence,
// topicEvidence) and the same keyset cursor as paginate().
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

// The asked region and its sub-regions (PART_OF*, through Region nodes only); [] when the key is not a Region.
CALL () {
  OPTIONAL MATCH (root:Entity {key: $query.region})
  WHERE root:Region
  OPTIONAL MATCH (sub:Region) (()-[:PART_OF]->(:Region))* (root)
  RETURN collect(DISTINCT sub) AS regions
}
// The countries in those regions.
CALL (regions) {
  UNWIND regions AS region
  MATCH (country:Country)-[:IN_REGION]->(region)
  RETURN collect(DISTINCT country) AS regionCountries
}
// Per topic: itself, the SDGs a theme aligns with, and every node below an SDG among those
// (incoming PART_OF* through Sdg nodes). [] when the key is neither a Theme nor an Sdg.
CALL () {
  UNWIND $query.topics AS topicKey
  CALL (topicKey) {
    OPTIONAL MATCH (topic:Entity {key: topicKey})
    WHERE topic:Theme OR topic:Sdg
    WITH CASE WHEN topic IS NULL THEN [] ELSE [topic] + [(topic)-[:ALIGNS_WITH]->(sdg:Sdg) WHERE topic:Theme | sdg] END AS roots
    CALL (roots) {
      UNWIND roots AS root
      MATCH (below) (()-[:PART_OF]->(:Sdg))+ (root)
      RETURN collect(DISTINCT below) AS belowRoots
    }
    RETURN roots + belowRoots AS topicSet
  }
  RETURN collect(topicSet) AS topicSets
}
OPTIONAL MATCH (country:Entity {key: $query.country})

// The type index, even if the plan was made on a small graph where a label scan looked cheaper.
MATCH (n:Entity)
USING INDEX n:Entity(type)
WHERE n.type IN $query.types
  AND ($query.keys IS NULL OR n.key IN $query.keys)
  AND ($query.needle IS NULL OR n.searchText CONTAINS $query.needle)
  // memberOf: a member of this network or association.
  AND ($query.memberOf IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Entity {key: $query.memberOf}) })
  // isInCountry: actors through their country paths, projects by TARGETS (any node), agreements through a party.
  AND ($query.country IS NULL OR CASE
        WHEN country IS NULL THEN false
        WHEN n:Actor THEN country:Country AND (
            EXISTS { (n)-[:LOCATED_IN]->(country) }
            OR EXISTS { (n)-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(country) })
        WHEN n:Project THEN EXISTS { (n)-[:TARGETS]->(country) }
        WHEN n:Agreement THEN country:Country AND (
            EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(country) }
            OR EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(country) })
        ELSE false END)
  // regionEvidence exists: the same paths, ending in a country of the region (or, for a project, a region of it).
  AND ($query.region IS NULL OR CASE
        WHEN n:Country THEN n IN regionCountries
        WHEN n:Actor THEN
            EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries }
            OR EXISTS { (n)-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries }
        WHEN n:Project THEN
            EXISTS { (n)-[:TARGETS]->(c:Country) WHERE c IN regionCountries }
            OR EXISTS { (n)-[:TARGETS]->(r:Region) WHERE r IN regions }
        WHEN n:Agreement THEN
            EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries }
            OR EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries }
        ELSE false END)
  // topicEvidence is not empty, for every topic.
  AND all(topicSet IN topicSets WHERE CASE
        WHEN n:Actor THEN
            EXISTS { (n)-[:FOCUSES_ON]->(t) WHERE t IN topicSet }
            OR EXISTS { (n)-[:PARTICIPATES_IN]->()-[:ADDRESSES]->(t) WHERE t IN topicSet }
        WHEN n:Project OR n:Agreement THEN EXISTS { (n)-[:ADDRESSES]->(t) WHERE t IN topicSet }
        ELSE false END)

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
