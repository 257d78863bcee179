/**
 * Shortest paths between two nodes. The store answers the question whole (GraphStore.shortestPaths:
 * one round trip). As the network stood on a day (`asOf`), the search is composed here from the
 * port's batched `getEdges` instead, one round trip per hop (a breadth-first search level by
 * level, each relationship checked with the domain's time rule), so every store applies time
 * identically and the cost is bounded by `maxHops`, not by the size of the graph. The embedded
 * store answers `shortestPaths` with the same search over its own graph.
 */
import type { GraphPath, ShortestPathQuery } from '../../domain/network-queries.js';
import { searchShortestPaths } from '../../domain/walks/shortest-paths.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { GraphStore } from '../../store/graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export type { GraphPath, PathStep } from '../../domain/network-queries.js';

export interface PathQuery extends ShortestPathQuery {
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

/**
 * All shortest paths (up to `k`) of at most `maxHops` relationships, in path order (GraphPath).
 * Empty when none is that short; `[[from]]` when `from` is `to`.
 */
export async function findPaths(store: GraphStore, query: PathQuery): Promise<GraphPath[]> {
  const { asOf, ...search } = query;
  if (asOf === undefined) return store.shortestPaths(search);
  const types = search.types && search.types.length > 0 ? search.types : [...RELATIONSHIP_TYPES];
  return searchShortestPaths(search, async (frontier) => {
    const views = await store.getEdges(frontier, { types, direction: 'BOTH' });
    return edgeViewsAsOf(store, frontier, views, asOf);
  });
}
