// partnership-pages — for each actor key, one page of its partnerships (GraphStore.getPartnerships).
// The partnership rules of src/domain/semantics/partnership-rules.ts (filled in by the registry):
// partners are distinct other actors that share a hub (a project, an agreement, a network that is
// not large) or are joined directly (a twinning, a stated relation, a coordination, a support),
// either way; with `of` and `coMembership`, co-members of a large network too (CO_MEMBERSHIP).
// Partners are ordered and counted
// here; only the page's partnerships are read, each between two bound actors (expand into), so a
// member of a network with thousands of members costs a count, not thousands of rows. The adapter
// groups the links into partnerships and sorts their `via`.
//
// $query  MAP:
//   keys       LIST<STRING>  actor keys, answered in this order
//   of         STRING|null   only partnerships with this actor
//   coMembership BOOLEAN     with `of`: a co-membership of a large network is a partnership too
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
      {{#join PARTNERSHIP_RULES "\n      UNION\n      "}}MATCH (a){{pattern}}(b:Actor) WHERE {{partners}} RETURN b{{/join}}
    }
    WITH a, b
    WHERE b <> a
    RETURN b
    UNION
    // With `of`: `of`, when it is a partner.
    WITH a, of
    WHERE of IS NOT NULL AND of <> a
      AND ({{#join PARTNERSHIP_RULES "\n        OR "}}EXISTS { (a){{pattern}}(of) WHERE {{partnersOf}} }{{/join}})
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
    {{#join HUB_RULES "\n    UNION ALL\n    "}}MATCH (a)-[mine:{{type}}]->(hub)<-[theirs:{{type}}]-(b)
    {{#if large}}
    // A large hub: its own kind, listed only for `of` with coMembership.
    WITH mine, hub, theirs, COUNT { (hub)<-[:{{type}}]-() } > {{largeAbove}} AS large
    WHERE NOT large OR ($query.of IS NOT NULL AND $query.coMembership)
    RETURN CASE WHEN large THEN '{{large}}' ELSE '{{kind}}' END AS kind, hub, [mine.key, theirs.key] AS edgeKeys
    {{else}}
    RETURN '{{kind}}' AS kind, hub, [mine.key, theirs.key] AS edgeKeys
    {{/if}}{{/join}}
    {{#each DIRECT_RULES}}
    UNION ALL
    MATCH (a)-[link:{{type}}]-(b)
    RETURN '{{kind}}' AS kind, b AS hub, [link.key] AS edgeKeys
    {{/each}}
  }
  RETURN collect({partnerKey: b.key, kind: kind, nodeKey: hub.key, edgeKeys: edgeKeys}) AS links
}
RETURN i, totalCount, totalCount - size(rest) AS skipped, links
ORDER BY i
