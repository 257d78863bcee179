/**
 * The sub-graph around some nodes, as a network view draws it: nodes within `depth` hops (either
 * direction) and the relationships among them. Composed from the port's batched `getEdges`: one
 * round trip per level plus one for the relationships among the outermost nodes.
 */
import type { GraphEdge } from '../../domain/graph-records.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationship-types.js';
import type { GraphStore } from '../graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export interface NeighbourhoodQuery {
  keys: string[];
  depth: number;
  types?: RelationshipType[];
  /** At most this many nodes (the starting nodes included). */
  limit: number;
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

export interface Neighbourhood {
  /** Nodes by distance from the nearest starting node, then key. */
  nodes: { key: string; distance: number }[];
  /** Every relationship (of the asked types) between two of the nodes, by key. */
  edges: GraphEdge[];
  /** True when more nodes were within reach than `limit`. */
  truncated: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function findNeighbourhood(
  store: GraphStore,
  query: NeighbourhoodQuery,
): Promise<Neighbourhood> {
  const types = query.types && query.types.length > 0 ? query.types : [...RELATIONSHIP_TYPES];
  const spec = { types, direction: 'BOTH' as const };
  const existing = (await store.getNodes(query.keys)).filter((n) => n !== null).map((n) => n!.key);
  const seeds = [...new Set(existing)].sort(cmp);
  const nodes: { key: string; distance: number }[] = seeds.map((key) => ({ key, distance: 0 }));
  const included = new Set(seeds);
  const edges = new Map<string, GraphEdge>();
  let truncated = nodes.length > query.limit;
  if (truncated) nodes.length = query.limit;

  let frontier = nodes.map((n) => n.key);
  for (let level = 1; level <= query.depth && frontier.length > 0 && !truncated; level++) {
    let views = await store.getEdges(frontier, spec);
    if (query.asOf) views = await edgeViewsAsOf(store, frontier, views, query.asOf);
    const next = new Set<string>();
    for (const list of views) {
      for (const view of list) {
        if (!included.has(view.otherKey)) next.add(view.otherKey);
        edges.set(view.edge.key, view.edge);
      }
    }
    const sorted = [...next].sort(cmp);
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
    let views = await store.getEdges(frontier, spec);
    if (query.asOf) views = await edgeViewsAsOf(store, frontier, views, query.asOf);
    for (const list of views) for (const view of list) edges.set(view.edge.key, view.edge);
  }
  const kept = [...edges.values()]
    .filter((e) => included.has(e.from) && included.has(e.to))
    .sort((a, b) => cmp(a.key, b.key));
  return { nodes, edges: kept, truncated };
}
