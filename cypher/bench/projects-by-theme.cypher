// bench/projects-by-theme — the benchmark's raw-Cypher floor for a dashboard aggregate: projects
// per theme, a project counting for a theme when it addresses it, an SDG it aligns with, or a
// target below one (Diplomap's `aggregate(subject: PROJECT, groupBy: THEME)`). Themes without
// projects are left out; highest count first, then theme key.
//
// $query  MAP (unused; kept for the common call shape)
//
// Returns one row per theme:
//   group  STRING   the theme key
//   count  INTEGER

MATCH (t:Theme)
CALL (t) {
  WITH [t] + [(t)-[:ALIGNS_WITH]->(s:Sdg) | s] AS roots
  CALL (roots) {
    UNWIND roots AS r
    OPTIONAL MATCH (below) (()-[:PART_OF]->(:Sdg))+ (r)
    RETURN collect(DISTINCT below) AS below
  }
  UNWIND roots + below AS topic
  MATCH (p:Project)-[:ADDRESSES]->(topic)
  RETURN count(DISTINCT p) AS count
}
WITH t.key AS group, count
WHERE count > 0
RETURN group, count
ORDER BY count DESC, group
