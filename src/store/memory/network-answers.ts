/**
 * The embedded store's answers to the network questions (GraphStore.shortestPaths,
 * .neighbourhood): the domain's walks (src/domain/walks/) over the store's own in-process calls,
 * so they cost no round trip and define what Neo4j must answer.
 */
import type {
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationship-types.js';
import { walkNeighbourhood } from '../../domain/walks/neighbourhood.js';
import { searchShortestPaths } from '../../domain/walks/shortest-paths.js';
import type { CallOptions } from '../call-options.js';
import type { GraphStore } from '../graph-store.js';

function bothWays(types: RelationshipType[] | undefined) {
  return {
    types: types && types.length > 0 ? types : [...RELATIONSHIP_TYPES],
    direction: 'BOTH' as const,
  };
}

export function memoryShortestPaths(
  store: GraphStore,
  query: ShortestPathQuery,
  options?: CallOptions,
): Promise<GraphPath[]> {
  const spec = bothWays(query.types);
  return searchShortestPaths(query, (frontier) => store.getEdges(frontier, spec, options));
}

export function memoryNeighbourhood(
  store: GraphStore,
  query: NeighbourhoodQuery,
  options?: CallOptions,
): Promise<Neighbourhood> {
  const spec = bothWays(query.types);
  return walkNeighbourhood(
    query,
    async (keys) => (await store.getNodes(keys, options)).flatMap((n) => (n ? [n.key] : [])),
    (frontier) => store.getEdges(frontier, spec, options),
  );
}
