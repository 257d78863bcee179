/**
 * The sub-graph around some nodes, as a network view draws it: nodes within `depth` hops (either
 * direction) and the relationships among them. The store answers the question whole
 * (GraphStore.neighbourhood: one round trip). As the network stood on a day (`asOf`), it is
 * composed here from the port's batched `getEdges` instead: one round trip per level plus one for
 * the relationships among the outermost nodes, each relationship checked with the domain's time
 * rule. The embedded store answers `neighbourhood` with the same walk over its own graph.
 */
import type {
  Neighbourhood,
  NeighbourhoodQuery as StoreNeighbourhoodQuery,
} from '../../domain/network-queries.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import { walkNeighbourhood } from '../../domain/walks/neighbourhood.js';
import type { GraphStore } from '../../store/graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export type { Neighbourhood } from '../../domain/network-queries.js';

export interface NeighbourhoodQuery extends StoreNeighbourhoodQuery {
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

export async function findNeighbourhood(
  store: GraphStore,
  query: NeighbourhoodQuery,
): Promise<Neighbourhood> {
  const { asOf, ...rest } = query;
  if (asOf === undefined) return store.neighbourhood(rest);
  const types = rest.types && rest.types.length > 0 ? rest.types : [...RELATIONSHIP_TYPES];
  return walkNeighbourhood(
    rest,
    async (keys) => (await store.getNodes(keys)).filter((n) => n !== null).map((n) => n.key),
    async (frontier) => {
      const views = await store.getEdges(frontier, { types, direction: 'BOTH' });
      return edgeViewsAsOf(store, frontier, views, asOf);
    },
  );
}
