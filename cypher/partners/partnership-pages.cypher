// partnership-pages — for each actor key, one page of its partnerships (GraphStore.getPartnerships).
// Same rules as GraphSemantics.partnerKeys / partnerships (src/domain/partnerships.ts): partners
// are distinct other actors that share a project (PARTICIPATES_IN), an agreement (PARTY_TO) or a
// network (MEMBER_OF) that is not large, or are twinned (TWINNED_WITH), related (COOPERATES_WITH),
// coordinated (COORDINATES) or supported (SUPPORTS) either way; with `of` and `coMembership`,
// co-members of a large network too (CO_MEMBERSHIP). Partners are ordered and counted
// here; only the page's partnerships are read, each between two bound actors (expand into), so a
// member of a network with thousands of members costs a count, not thousands of rows. The adapter
// groups the links into partnerships and sorts their `via`.
//
// $query  MAP:
//   keys       LIST<STRING>  actor keys, answered in this order
//   of         STRING|null   only partnerships with this actor
//   coMembership BOOLEAN     with `of`: a co-membership of a large network is a partnership too
//   largeNetwork INTEGER     LARGE_NETWORK_MEMBERS: a network with more memberships is large
//   afterSort  STRING|null   sortableText(cursor sort value); null on the first page
//   afterKey   STRING|null   sortableText(cursor key)
//   first      INTEGER       page size
//
// Returns one row per key, in key order:
//   totalCount  INTEGER   its partners (with `of`: 1 or 0)
//   skipped     INTEGER   partners at or before the cursor
//   links       LIST<MAP{partnerKey, kind, nodeKey, edgeKeys LIST<STRING>}>   the page's, unsorted

OPTIONAL MATCH (of:Entity {key: $query.of})
WHERE of:Actor
UNWIND range(0, size($query.keys) - 1) AS i
OPTIONAL MATCH (a:Entity {key: $query.keys[i]})
WHERE a:Actor
CALL (a, of) {
  CALL (a, of) {
    // Without `of`: every partner.
    WITH a, of
    WHERE $query.of IS NULL
    CALL (a) {
      MATCH (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Actor) RETURN b
      UNION
      MATCH (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b:Actor) RETURN b
      UNION
      MATCH (a)-[:MEMBER_OF]->(hub)
      WHERE COUNT { (hub)<-[:MEMBER_OF]-() } <= $query.largeNetwork
      MATCH (hub)<-[:MEMBER_OF]-(b:Actor) RETURN b
      UNION
      MATCH (a)-[:TWINNED_WITH|COOPERATES_WITH|COORDINATES|SUPPORTS]-(b:Actor) RETURN b
    }
    WITH a, b
    WHERE b <> a
    RETURN b
    UNION
    // With `of`: `of`, when it is a partner.
    WITH a, of
    WHERE of IS NOT NULL AND of <> a
      AND (EXISTS { (a)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(of) }
        OR EXISTS { (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(of) }
        OR EXISTS {
          MATCH (a)-[:MEMBER_OF]->(hub)<-[:MEMBER_OF]-(of)
          WHERE $query.coMembership OR COUNT { (hub)<-[:MEMBER_OF]-() } <= $query.largeNetwork }
        OR EXISTS { (a)-[:TWINNED_WITH|COOPERATES_WITH|COORDINATES|SUPPORTS]-(of) })
    RETURN of AS b
  }
  WITH b, coalesce(b.sortKey, b.key) AS sortKey
  WITH b, sortKey,
       $query.afterKey IS NULL OR sortKey > $query.afterSort OR (sortKey = $query.afterSort AND sortKey > $query.afterKey) AS pastCursor
  ORDER BY sortKey
  RETURN count(*) AS totalCount, collect(CASE WHEN pastCursor THEN b END) AS rest
}
// The page's partnerships: what each partner shares with the actor.
CALL (a, rest) {
  UNWIND rest[0..$query.first] AS b
  CALL (a, b) {
    MATCH (a)-[mine:PARTICIPATES_IN]->(hub)<-[theirs:PARTICIPATES_IN]-(b)
    RETURN 'PROJECT' AS kind, hub, [mine.key, theirs.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[mine:PARTY_TO]->(hub)<-[theirs:PARTY_TO]-(b)
    RETURN 'AGREEMENT' AS kind, hub, [mine.key, theirs.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[mine:MEMBER_OF]->(hub)<-[theirs:MEMBER_OF]-(b)
    WITH mine, hub, theirs, COUNT { (hub)<-[:MEMBER_OF]-() } > $query.largeNetwork AS large
    WHERE NOT large OR ($query.of IS NOT NULL AND $query.coMembership)
    RETURN CASE WHEN large THEN 'CO_MEMBERSHIP' ELSE 'NETWORK' END AS kind, hub, [mine.key, theirs.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[link:TWINNED_WITH]-(b)
    RETURN 'TWINNING' AS kind, b AS hub, [link.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[link:COOPERATES_WITH]-(b)
    RETURN 'RELATION' AS kind, b AS hub, [link.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[link:COORDINATES]-(b)
    RETURN 'COORDINATION' AS kind, b AS hub, [link.key] AS edgeKeys
    UNION ALL
    MATCH (a)-[link:SUPPORTS]-(b)
    RETURN 'SUPPORT' AS kind, b AS hub, [link.key] AS edgeKeys
  }
  RETURN collect({partnerKey: b.key, kind: kind, nodeKey: hub.key, edgeKeys: edgeKeys}) AS links
}
RETURN i, totalCount, totalCount - size(rest) AS skipped, links
ORDER BY i
