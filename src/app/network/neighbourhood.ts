/**
 * The sub-graph around some nodes, as a network view draws it: nodes within `depth` hops (either
 * direction) and the relationships among them. The store answers the question whole
 * (GraphStore.neighbourhood: one round trip). As the network stood on a day (`asOf`), it is
 * composed here from the port's batched `getEdges` instead: one round trip per level plus one for
 * the relationships among the outermost nodes, each relationship checked with the domain's time
 * rule. The embedded store answers `neighbourhood` with the same walk over its own graph.
 */
import type { EdgeView, GraphEdge } from '../../domain/graph-records.js';
import type {
  Neighbourhood,
  NeighbourhoodQuery as StoreNeighbourhoodQuery,
} from '../../domain/network-queries.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { GraphStore } from '../../store/graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export type { Neighbourhood } from '../../domain/network-queries.js';

export interface NeighbourhoodQuery extends StoreNeighbourhoodQuery {
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function findNeighbourhood(
  store: GraphStore,
  query: NeighbourhoodQuery,
): Promise<Neighbourhood> {
  const { asOf, ...rest } = query;
  if (asOf === undefined) return store.neighbourhood(rest);
  const types = rest.types && rest.types.length > 0 ? rest.types : [...RELATIONSHIP_TYPES];
  return walkNeighbourhood(
    rest,
    async (keys) => (await store.getNodes(keys)).filter((n) => n !== null).map((n) => n!.key),
    async (frontier) => {
      const views = await store.getEdges(frontier, { types, direction: 'BOTH' });
      return edgeViewsAsOf(store, frontier, views, asOf);
    },
  );
}

/**
 * The walk itself, level by level: `existing` gives the keys that have a node, `relationshipsOf`
 * the relationships of the asked types of each key, read both ways (GraphStore.getEdges' lists).
 * A level is cut to the room left (by key) and then not expanded.
 */
export async function walkNeighbourhood(
  query: StoreNeighbourhoodQuery,
  existing: (keys: string[]) => Promise<string[]>,
  relationshipsOf: (frontier: string[]) => Promise<EdgeView[][]>,
): Promise<Neighbourhood> {
  const seeds = [...new Set(await existing(query.keys))].sort(cmp);
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
    const views = await relationshipsOf(frontier);
    for (const list of views) for (const view of list) edges.set(view.edge.key, view.edge);
  }
  const kept = [...edges.values()]
    .filter((e) => included.has(e.from) && included.has(e.to))
    .sort((a, b) => cmp(a.key, b.key));
  return { nodes, edges: kept, truncated };
}
