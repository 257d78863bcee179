// count-by-topic — how many of the nodes matching a NodeQuery filter work on (actors) or address
// (projects, agreements) each theme or each SDG goal (GraphStore.aggregate, groupBy THEME or SDG;
// the same counts as findNodes' totalCount with the group added to the topic filter, which is how
// composeAggregate in src/store/network/aggregates.ts counts). The filter is find-nodes.cypher's,
// the same text; the items are found from the topics' side (what addresses or focuses on them),
// as the benchmark's raw statement does, and each is checked against the filter once.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size):
//   groupBy     STRING        'THEME' (every Theme) | 'SDG' (the nodes keyed by `goals`)
//   goals       LIST<STRING>  the SDG goal keys, sdg:1 … sdg:17
//   actors      BOOLEAN       whether `types` has an actor kind (else the actors' ways are not walked)
//   works       BOOLEAN       whether `types` has Project or Agreement
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

// The groups, each with its topics (itself, the SDGs a theme aligns with, and every node below an
// SDG among those: the same topic sets as above), and the items of the asked types that work on
// or address one of them (topicEvidence is not empty: the same three ways as in the filter
// below); per item, its groups.
CALL () {
  CALL () {
    MATCH (g:Theme)
    WHERE $query.groupBy = 'THEME'
    RETURN g
    UNION
    UNWIND $query.goals AS goalKey
    MATCH (g:Entity {key: goalKey})
    WHERE $query.groupBy = 'SDG' AND (g:Theme OR g:Sdg)
    RETURN g
  }
  CALL (g) {
    WITH [g] + [(g)-[:ALIGNS_WITH]->(sdg:Sdg) WHERE g:Theme | sdg] AS roots
    CALL (roots) {
      UNWIND roots AS root
      MATCH (below) (()-[:PART_OF]->(:Sdg))+ (root)
      RETURN collect(DISTINCT below) AS belowRoots
    }
    UNWIND roots + belowRoots AS topic
    WITH DISTINCT topic
    CALL (topic) {
      MATCH (n)-[:ADDRESSES]->(topic)
      WHERE $query.works AND (n:Project OR n:Agreement) AND n.type IN $query.types
      RETURN n
      UNION
      MATCH (n:Actor)-[:FOCUSES_ON]->(topic)
      WHERE $query.actors AND n.type IN $query.types
      RETURN n
      UNION
      MATCH (n:Actor)-[:PARTICIPATES_IN]->()-[:ADDRESSES]->(topic)
      WHERE $query.actors AND n.type IN $query.types
      RETURN n
    }
    RETURN DISTINCT n
  }
  RETURN n, collect(g.key) AS groups
}
WITH regions, regionCountries, topicSets, country, n, groups
WHERE ($query.needle IS NULL OR n.searchText CONTAINS $query.needle)
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

UNWIND groups AS group
// What the item weighs: 1, or (memberships) its memberships of memberOf.
WITH group, CASE
       WHEN $query.memberships THEN COUNT { (n)-[:MEMBER_OF]->(:Entity {key: $query.memberOf}) }
       ELSE 1
     END AS weight
RETURN group, sum(weight) AS count
