/**
 * The embedded store's answers to the network questions (GraphStore.shortestPaths,
 * .neighbourhood, .aggregate): the reference compositions of src/app/network/ run over the
 * store's own in-process calls, so they cost no round trip and define what Neo4j must answer.
 */
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationship-types.js';
import type { CallOptions } from '../call-options.js';
import type { GraphStore } from '../graph-store.js';
import { scopedStore } from '../scoped-store.js';
import { composeAggregate } from '../../app/network/aggregates.js';
import { searchShortestPaths } from '../../app/network/find-paths.js';
import { walkNeighbourhood } from '../../app/network/neighbourhood.js';

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

export function memoryAggregate(
  store: GraphStore,
  query: AggregateQuery,
  options?: CallOptions,
): Promise<AggregateBucket[]> {
  return composeAggregate(options ? scopedStore(store, options) : store, query);
}
