/**
 * The sub-graph around some nodes, level by level, cut at a limit: the walk both the embedded
 * store (over its own graph) and the `asOf` composition (src/app/network/neighbourhood.ts, over
 * the port) run, given a way to read each level's relationships.
 */
import type { EdgeView, GraphEdge } from '../graph-records.js';
import { compareKeys } from '../key-lists.js';
import type { Neighbourhood, NeighbourhoodQuery } from '../network-queries.js';

/**
 * The walk itself, level by level: `existing` gives the keys that have a node, `relationshipsOf`
 * the relationships of the asked types of each key, read both ways (GraphStore.getEdges' lists).
 * A level is cut to the room left (by key) and then not expanded.
 */
export async function walkNeighbourhood(
  query: NeighbourhoodQuery,
  existing: (keys: string[]) => Promise<string[]>,
  relationshipsOf: (frontier: string[]) => Promise<EdgeView[][]>,
): Promise<Neighbourhood> {
  const seeds = [...new Set(await existing(query.keys))].sort(compareKeys);
  const nodes: { key: string; distance: number }[] = seeds.map((key) => ({ key, distance: 0 }));
  const edges = new Map<string, GraphEdge>();
  let truncated = nodes.length > query.limit;
  if (truncated) nodes.length = query.limit;
  // Only the starting nodes kept count as included (more of them than `limit`: the first by key).
  const included = new Set(nodes.map((n) => n.key));

  let frontier = nodes.map((n) => n.key);
  for (let level = 1; level <= query.depth && frontier.length > 0 && !truncated; level++) {
    const views = await relationshipsOf(frontier);
    const next = new Set<string>();
    for (const list of views) {
      for (const view of list) {
        if (!included.has(view.otherKey)) next.add(view.otherKey);
        edges.set(view.edge.key, view.edge);
      }
    }
    const sorted = [...next].sort(compareKeys);
    const room = query.limit - nodes.length;
    if (sorted.length > room) truncated = true;
    const added = sorted.slice(0, Math.max(room, 0));
    for (const key of added) {
      included.add(key);
      nodes.push({ key, distance: level });
    }
    frontier = added;
  }
  // The outermost nodes were not expanded: fetch their relationships among included nodes.
  if (frontier.length > 0) {
    const views = await relationshipsOf(frontier);
    for (const list of views) for (const view of list) edges.set(view.edge.key, view.edge);
  }
  const kept = [...edges.values()]
    .filter((e) => included.has(e.from) && included.has(e.to))
    .sort((a, b) => compareKeys(a.key, b.key));
  return { nodes, edges: kept, truncated };
}
