// count-by-group — how many of the nodes matching a NodeQuery filter fall in each group, by kind,
// start year, year joined, coordinator, country or region (GraphStore.aggregate, groupBy KIND,
// YEAR, JOINED, COORDINATOR, COUNTRY or REGION; the
// same counts as composeAggregate in src/store/network/aggregates.ts). The filter is
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
//                      raw start value, coalesce(dateSigned, startYear, year, founded) — the
//                      adapter reads the year from it with the domain's yearOf (startYearOf) and
//                      adds up the rows of the same year; JOINED: the year (YYYY) of a
//                      membership of memberOf, read from its `since` as yearOf reads it;
//                      COORDINATOR: the key of an actor that COORDINATES it
//   count  INTEGER
//
// Groups, as aggregates.ts has them: an item's countries are the `country:` keys a project
// TARGETS, or an actor is LOCATED_IN directly or through a place (a non-`country:` node) it is
// LOCATED_IN, or (an agreement) such countries of its parties; its regions are those countries'
// IN_REGION targets and the `region:` keys a project TARGETS, each with every `region:` node
// above it along PART_OF.

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

// An item's countries, when they are asked for (COUNTRY, REGION).
CALL (n) {
  CALL (n) {
    MATCH (n)-[:TARGETS]->(c)
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND n.type = 'Project'
    RETURN c
    UNION
    MATCH (n)-[:LOCATED_IN]->(c)
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND NOT n.type IN ['Project', 'Agreement']
    RETURN c
    UNION
    MATCH (n)-[:LOCATED_IN]->(place)-[:LOCATED_IN]->(c)
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND NOT n.type IN ['Project', 'Agreement']
      AND NOT place.key STARTS WITH 'country:'
    RETURN c
    UNION
    MATCH (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(c)
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND n.type = 'Agreement'
    RETURN c
    UNION
    MATCH (n)<-[:PARTY_TO]-()-[:LOCATED_IN]->(place)-[:LOCATED_IN]->(c)
    WHERE $query.groupBy IN ['COUNTRY', 'REGION'] AND n.type = 'Agreement'
      AND NOT place.key STARTS WITH 'country:'
    RETURN c
  }
  RETURN collect(CASE WHEN c.key STARTS WITH 'country:' THEN c END) AS countries
}
// Each item's groups, each once.
CALL (n, countries) {
  WITH n
  WHERE $query.groupBy = 'KIND'
  RETURN n.type AS group
  UNION
  WITH coalesce(n.dateSigned, n.startYear, n.year, n.founded) AS start
  WHERE $query.groupBy = 'YEAR' AND start IS NOT NULL
  RETURN start AS group
  UNION
  MATCH (n)-[m:MEMBER_OF]->(:Entity {key: $query.memberOf})
  WHERE $query.groupBy = 'JOINED'
  WITH CASE
         WHEN m.since IS :: INTEGER THEN toString(m.since)
         WHEN m.since IS :: STRING AND m.since =~ '[0-9]{4}.*' THEN left(m.since, 4)
       END AS year
  WHERE year IS NOT NULL
  RETURN year AS group
  UNION
  MATCH (n)<-[:COORDINATES]-(coordinator)
  WHERE $query.groupBy = 'COORDINATOR'
  RETURN coordinator.key AS group
  UNION
  UNWIND countries AS c
  WITH c
  WHERE $query.groupBy = 'COUNTRY'
  RETURN c.key AS group
  UNION
  WITH n, countries
  WHERE $query.groupBy = 'REGION'
  CALL (n, countries) {
    UNWIND countries AS c
    MATCH (c)-[:IN_REGION]->(r)
    RETURN r
    UNION
    MATCH (n)-[:TARGETS]->(r)
    WHERE n.type = 'Project' AND r.key STARTS WITH 'region:'
    RETURN r
  }
  MATCH (r) (()-[:PART_OF]->(above) WHERE above.key STARTS WITH 'region:')* (up)
  RETURN up.key AS group
}
// What the item weighs in the group: 1, or (memberships) its memberships of memberOf: for JOINED
// those of the group's year, for COORDINATOR the COORDINATES from the group (one per signatory).
WITH group, CASE
       WHEN NOT $query.memberships THEN 1
       WHEN $query.groupBy = 'JOINED' THEN COUNT {
         (n)-[m:MEMBER_OF]->(:Entity {key: $query.memberOf})
         WHERE CASE
                 WHEN m.since IS :: INTEGER THEN toString(m.since)
                 WHEN m.since IS :: STRING AND m.since =~ '[0-9]{4}.*' THEN left(m.since, 4)
               END = group }
       WHEN $query.groupBy = 'COORDINATOR' THEN COUNT { (n)<-[:COORDINATES]-(:Entity {key: group}) }
       ELSE COUNT { (n)-[:MEMBER_OF]->(:Entity {key: $query.memberOf}) }
     END AS weight
RETURN group, sum(weight) AS count
