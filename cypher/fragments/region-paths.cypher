// region-paths — a hit's candidate region evidence (find-partners.cypher,
// find-indexed-partners.cypher): every chain actor → (the places on its way →) country → region
// → … → the asked region, shortest per start; the adapter picks one (partner-hits.ts).
// Needs a, root, regions bound; binds regionPaths.
// Region evidence: actor → (the places on its way →) country → region → … → the asked region.
CALL (a, root, regions) {
  WITH a, root, regions
  WHERE root IS NOT NULL
  CALL (a, regions) {
    {{#join ACTOR_PLACE.countryPaths "\n      UNION ALL\n      "}}MATCH (a){{named}}(c{{endLabel}})-[:{{../COUNTRY.inRegion}}]->(r:{{../REGION.label}})
    WHERE r IN regions
    RETURN [a.key] + {{viaKeys}} + [c.key] AS prefix, r{{/join}}
    {{#each ACTOR_PLACE.regionPaths}}
    UNION ALL
    MATCH (a){{named}}(r{{endLabel}})
    WHERE r IN regions
    RETURN [a.key] + {{viaKeys}} AS prefix, r
    {{/each}}
  }
  MATCH chain = ALL SHORTEST (r) ((:{{REGION.label}})-[:{{REGION.parent}}]->(:{{REGION.label}}))* (root)
  RETURN collect(prefix + [x IN nodes(chain) | x.key]) AS regionPaths
}
