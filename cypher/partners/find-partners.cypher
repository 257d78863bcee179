// find-partners — one page of PartnerHits and the count of every hit (GraphStore.findPartners).
// Same rules as MemoryStore.findPartners over GraphSemantics (partnerKeys, regionEvidence,
// topicEvidence), and src/domain/partnerships.ts: the kinds of partnership, and large networks
// (more than $query.largeNetwork memberships), whose co-members are not partners unless asked. The adapter finishes each hit: it picks the region path (shortest, then key
// list order), sorts and de-duplicates the evidence. The partnerships themselves are read a page
// at a time by partnership-pages.cypher.
//
// $query  MAP, the inputs (one map parameter: Neo4j caches a plan per parameter type and size,
//         so separate string and list parameters would be replanned for every new length):
//   of          STRING|null   only partners of this actor, and only their partnerships with it
//   region      STRING|null   inRegion key
//   topics      LIST<STRING>  [workingOn] or []
//   kinds       LIST<STRING>  actor kinds to keep (the adapter passes every kind when the query names none)
//   coMembership BOOLEAN      with `of`: co-members of its large networks are partners too
//   largeNetwork INTEGER      LARGE_NETWORK_MEMBERS: a network with more memberships is large
//   afterSort   STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey    STRING|null   sortableText(cursor key)
//   first       INTEGER       page size
//
// Returns one row:
//   totalCount  INTEGER   every hit
//   skipped     INTEGER   hits at or before the cursor
//   hits        LIST<MAP{actorKey STRING,
//                        regionPaths LIST<LIST<STRING>>   candidate evidence paths, each a shortest chain,
//                        topicEvidence LIST<MAP{kind, nodeKey, topicKey}>   unsorted, may repeat,
//                        partnerCount INTEGER   distinct partners; 1 with `of`}>
//               in actor key order

// The asked region and its sub-regions (PART_OF*, through Region nodes only).
CALL () {
  OPTIONAL MATCH (root:Entity {key: $query.region})
  WHERE root:Region
  OPTIONAL MATCH (sub:Region) (()-[:PART_OF]->(:Region))* (root)
  RETURN root, collect(DISTINCT sub) AS regions
}
CALL (regions) {
  UNWIND regions AS region
  MATCH (country:Country)-[:IN_REGION]->(region)
  RETURN collect(DISTINCT country) AS regionCountries
}
// The topic, the SDGs a theme aligns with, and everything below an SDG among those.
CALL () {
  UNWIND $query.topics AS topicKey
  CALL (topicKey) {
    OPTIONAL MATCH (topic:Entity {key: topicKey})
    WHERE topic:Theme OR topic:Sdg
    WITH CASE WHEN topic IS NULL THEN [] ELSE [topic] + [(topic)-[:ALIGNS_WITH]->(sdg:Sdg) WHERE topic:Theme | sdg] END AS roots
    CALL (roots) {
      UNWIND roots AS topicRoot
      MATCH (below) (()-[:PART_OF]->(:Sdg))+ (topicRoot)
      RETURN collect(DISTINCT below) AS belowRoots
    }
    RETURN roots + belowRoots AS topicSet
  }
  RETURN collect(topicSet) AS topicSets
}
// Partnerships only count with an actor: a non-actor `of` has no partners.
OPTIONAL MATCH (of:Entity {key: $query.of})
WHERE of:Actor

// The hits, counted, and the page after the cursor.
CALL (of, regionCountries, topicSets) {
  CALL (of, regionCountries) {
    // Without `of` or a region: every actor of the kinds.
    // (The kinds are emptied in the other cases: the planner seeks the index before filtering.)
    MATCH (a:Entity)
    USING INDEX a:Entity(type)
    WHERE a.type IN CASE WHEN $query.of IS NULL AND $query.region IS NULL THEN $query.kinds ELSE [] END
      AND a:Actor
    RETURN a
    UNION
    // Without `of`, in a region: the actors located in its countries, directly or through their
    // municipality — far fewer than every actor.
    WITH of, regionCountries
    WHERE $query.of IS NULL AND $query.region IS NOT NULL
    UNWIND regionCountries AS c
    CALL (c) {
      MATCH (a:Actor)-[:LOCATED_IN]->(c)
      RETURN a
      UNION
      MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(c)
      RETURN a
    }
    WITH a
    WHERE a.type IN $query.kinds
    RETURN a
    UNION
    // With `of`: its partners.
    WITH of
    WHERE of IS NOT NULL
    CALL (of) {
      MATCH (of)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(a) RETURN a
      UNION
      MATCH (of)-[:PARTY_TO]->()<-[:PARTY_TO]-(a) RETURN a
      UNION
      MATCH (of)-[:MEMBER_OF]->(hub)
      WHERE $query.coMembership OR COUNT { (hub)<-[:MEMBER_OF]-() } <= $query.largeNetwork
      MATCH (hub)<-[:MEMBER_OF]-(a) RETURN a
      UNION
      MATCH (of)-[:TWINNED_WITH|COOPERATES_WITH|COORDINATES|SUPPORTS]-(a) RETURN a
    }
    WITH of, a
    WHERE a:Actor AND a <> of AND a.type IN $query.kinds
      AND ($query.region IS NULL
        OR EXISTS { (a)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries }
        OR EXISTS { (a)-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries })
    RETURN a
  }
  // Every hit has a partner (with `of`, `of` is one) and works on the topics.
  WITH a
  WHERE ($query.of IS NOT NULL
        OR EXISTS { (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) WHERE b <> a }
        OR EXISTS { (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) WHERE b <> a }
        OR EXISTS {
          MATCH (a)-[:MEMBER_OF]->(hub)
          WHERE COUNT { (hub)<-[:MEMBER_OF]-() } <= $query.largeNetwork
          MATCH (hub)<-[:MEMBER_OF]-(b:Actor) WHERE b <> a }
        OR EXISTS { (a)-[:TWINNED_WITH|COOPERATES_WITH|COORDINATES|SUPPORTS]-(b:Actor) WHERE b <> a })
    AND all(topicSet IN topicSets WHERE
        EXISTS { (a)-[:FOCUSES_ON]->(t) WHERE t IN topicSet }
        OR EXISTS { (a)-[:PARTICIPATES_IN]->()-[:ADDRESSES]->(t) WHERE t IN topicSet })
  WITH a, coalesce(a.sortKey, a.key) AS sortKey
  WITH a, sortKey,
       $query.afterKey IS NULL OR sortKey > $query.afterSort OR (sortKey = $query.afterSort AND sortKey > $query.afterKey) AS pastCursor
  ORDER BY sortKey
  RETURN count(*) AS totalCount, collect(CASE WHEN pastCursor THEN a END) AS rest
}

// The evidence and the partnerships of the page's actors only.
CALL (rest, root, regions, topicSets, of) {
  UNWIND rest[0..$query.first] AS a
  // Region evidence: actor → (municipality →) country → region → … → the asked region.
  CALL (a, root, regions) {
    WITH a, root, regions
    WHERE root IS NOT NULL
    CALL (a) {
      MATCH (a)-[:LOCATED_IN]->(c:Country)
      RETURN [a.key] AS prefix, c
      UNION ALL
      MATCH (a)-[:LOCATED_IN]->(m:Municipality)-[:LOCATED_IN]->(c:Country)
      RETURN [a.key, m.key] AS prefix, c
    }
    MATCH (c)-[:IN_REGION]->(r:Region)
    WHERE r IN regions
    MATCH chain = ALL SHORTEST (r) ((:Region)-[:PART_OF]->(:Region))* (root)
    RETURN collect(prefix + [c.key] + [x IN nodes(chain) | x.key]) AS regionPaths
  }
  // Topic evidence: the topics it focuses on, the projects it takes part in that address one.
  CALL (a, topicSets) {
    UNWIND topicSets AS topicSet
    CALL (a, topicSet) {
      MATCH (a)-[:FOCUSES_ON]->(t)
      WHERE t IN topicSet
      RETURN 'FOCUS' AS kind, t.key AS nodeKey, t.key AS topicKey
      UNION
      MATCH (a)-[:PARTICIPATES_IN]->(p)-[:ADDRESSES]->(t)
      WHERE t IN topicSet
      RETURN 'PROJECT' AS kind, p.key AS nodeKey, t.key AS topicKey
    }
    RETURN collect({kind: kind, nodeKey: nodeKey, topicKey: topicKey}) AS topicEvidence
  }
  // How many partners: distinct actors sharing a project, agreement or network (not a large one),
  // or linked directly.
  // With `of`, only `of` counts, and every hit is one of its partners.
  WITH a, regionPaths, topicEvidence,
       CASE WHEN of IS NOT NULL THEN 1 ELSE COUNT {
         MATCH (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) WHERE b <> a RETURN b
         UNION
         MATCH (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) WHERE b <> a RETURN b
         UNION
         MATCH (a)-[:MEMBER_OF]->(hub)
         WHERE COUNT { (hub)<-[:MEMBER_OF]-() } <= $query.largeNetwork
         MATCH (hub)<-[:MEMBER_OF]-(b:Actor) WHERE b <> a RETURN b
         UNION
         MATCH (a)-[:TWINNED_WITH|COOPERATES_WITH|COORDINATES|SUPPORTS]-(b:Actor) WHERE b <> a RETURN b
       } END AS partnerCount
  RETURN collect({actorKey: a.key, regionPaths: regionPaths, topicEvidence: topicEvidence, partnerCount: partnerCount}) AS hits
}
RETURN totalCount, totalCount - size(rest) AS skipped, hits
