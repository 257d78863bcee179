// find-partners — one page of PartnerHits and the count of every hit (GraphStore.findPartners).
// The rules of src/domain/semantics/ (partnership, place and topic rules), filled in by the
// registry from cypher-vocabulary.ts; the embedded store evaluates the same rules. Sharing a large
// network (partnership-rules.ts) makes no partners unless `of` asks with $query.coMembership.
// The adapter finishes each hit: it picks the region path (shortest, then key
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
//   afterSort   STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey    STRING|null   sortableText(cursor key)
//   first       INTEGER       page size
//
// Returns one row:
//   totalCount  INTEGER   every hit
//   skipped     INTEGER   hits at or before the cursor
//   hits        LIST<MAP{actorKey STRING, actor MAP (its record: NODE_RECORD),
//                        regionPaths LIST<LIST<STRING>>   candidate evidence paths, each a shortest chain,
//                        topicEvidence LIST<MAP{kind, nodeKey, topicKey}>   unsorted, may repeat,
//                        partnerCount INTEGER   distinct partners; 1 with `of`}>
//               in actor key order

// The region, its countries and the topic sets: fragments/partner-sets.cypher.
{{> partnerSets}}
// Partnerships only count with an actor: a non-actor `of` has no partners.
OPTIONAL MATCH (of:Entity {key: $query.of})
WHERE of:Actor

// The hits, counted, and the page after the cursor.
CALL (of, regions, regionCountries, topicSets) {
  CALL (of, regions, regionCountries) {
    // Without `of` or a region: every actor of the kinds.
    // (The kinds are emptied in the other cases: the planner seeks the index before filtering.)
    MATCH (a:Entity)
    USING INDEX a:Entity(type)
    WHERE a.type IN CASE WHEN $query.of IS NULL AND $query.region IS NULL THEN $query.kinds ELSE [] END
      AND a:Actor
    RETURN a
    UNION
    // Without `of`, in a region: the actors the place rules put in its countries or regions —
    // far fewer than every actor.
    // One country at a time (CALL per row), so each match expands from that country.
    WITH of, regionCountries
    WHERE $query.of IS NULL AND $query.region IS NOT NULL
    UNWIND regionCountries AS c
    CALL (c) {
      {{#join ACTOR_PLACE.countryPaths "\n      UNION\n      "}}MATCH (a:Actor){{pattern}}(c)
      RETURN a{{/join}}
    }
    WITH a
    WHERE a.type IN $query.kinds
    RETURN a
    {{#each ACTOR_PLACE.regionPaths}}
    UNION
    WITH of, regions
    WHERE $query.of IS NULL AND $query.region IS NOT NULL
    UNWIND regions AS r
    CALL (r) {
      MATCH (a:Actor){{pattern}}(r)
      RETURN a
    }
    WITH a
    WHERE a.type IN $query.kinds
    RETURN a
    {{/each}}
    UNION
    // With `of`: its partners.
    WITH of
    WHERE of IS NOT NULL
    CALL (of) {
      {{#join PARTNERSHIP_RULES "\n      UNION\n      "}}MATCH (of){{pattern}}(a) WHERE {{partnersOf}} RETURN a{{/join}}
    }
    WITH of, a
    WHERE a:Actor AND a <> of AND a.type IN $query.kinds
      AND ($query.region IS NULL
        {{#each ACTOR_PLACE.countryPaths}}
        OR EXISTS { (a){{pattern}}(c{{endLabel}}) WHERE c IN regionCountries }
        {{/each}}
        {{#each ACTOR_PLACE.regionPaths}}
        OR EXISTS { (a){{pattern}}(r{{endLabel}}) WHERE r IN regions }
        {{/each}}
        )
    RETURN a
  }
  // Every hit has a partner (with `of`, `of` is one) and works on the topics.
  WITH a
  WHERE ($query.of IS NOT NULL
        {{#each PARTNERSHIP_RULES}}
        OR EXISTS { (a){{pattern}}(b:Actor) WHERE b <> a AND {{partners}} }
        {{/each}}
        )
    AND all(topicSet IN topicSets WHERE
        {{#join ACTOR_TOPIC_RULES " OR "}}EXISTS { (a){{pattern}}(t) WHERE t IN topicSet }{{else}}false{{/join}})
  WITH a, coalesce(a.sortKey, a.key) AS sortKey
  WITH a, sortKey,
       $query.afterKey IS NULL OR sortKey > $query.afterSort OR (sortKey = $query.afterSort AND sortKey > $query.afterKey) AS pastCursor
  ORDER BY sortKey
  RETURN count(*) AS totalCount, collect(CASE WHEN pastCursor THEN a END) AS rest
}

// The evidence and the partnerships of the page's actors only.
CALL (rest, root, regions, topicSets, of) {
  UNWIND rest[0..$query.first] AS a
  // Region evidence: fragments/region-paths.cypher.
  {{> regionPaths}}
  // Topic evidence: per topic rule for actors, what it reaches in the topic set.
  CALL (a, topicSets) {
    UNWIND topicSets AS topicSet
    CALL (a, topicSet) {
      {{#join ACTOR_TOPIC_RULES "\n      UNION\n      "}}MATCH (a){{named}}(t)
      WHERE t IN topicSet
      RETURN '{{kind}}' AS kind, ([a.key] + {{viaKeys}} + [t.key])[{{evidenceAt}}] AS nodeKey, t.key AS topicKey{{/join}}
    }
    RETURN collect({kind: kind, nodeKey: nodeKey, topicKey: topicKey}) AS topicEvidence
  }
  // How many partners: distinct actors by any partnership rule (a large network's co-members
  // are not partners).
  // With `of`, only `of` counts, and every hit is one of its partners.
  WITH a, regionPaths, topicEvidence,
       CASE WHEN of IS NOT NULL THEN 1 ELSE COUNT {
         {{#join PARTNERSHIP_RULES "\n         UNION\n         "}}MATCH (a){{pattern}}(b:Actor) WHERE b <> a AND {{partners}} RETURN b{{/join}}
       } END AS partnerCount
  RETURN collect({actorKey: a.key, actor: a {{NODE_RECORD}}, regionPaths: regionPaths, topicEvidence: topicEvidence, partnerCount: partnerCount}) AS hits
}
RETURN totalCount, totalCount - size(rest) AS skipped, hits
