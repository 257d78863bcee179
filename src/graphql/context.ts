/** What every resolver receives: the store, this request's loaders and the limits in force. */
import type { Principal } from '../edit/principal.js';
import type { GraphStore } from '../store/graph-store.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ApiLimits {
  /** Largest `first` a list accepts. */
  maxPageSize: number;
  /** Page size when `first` is not given. */
  defaultPageSize: number;
  /** Deepest selection a query may have. */
  maxDepth: number;
  /** Highest estimated cost a query may have (see complexity.ts). */
  maxCost: number;
  /** Longest path `connection` searches. */
  maxPathHops: number;
  /** Most nodes a `neighbourhood` returns (its hard cap). */
  maxNeighbourhoodNodes: number;
  /** Deepest `neighbourhood`. */
  maxNeighbourhoodDepth: number;
  /** Largest partnership network betweenness or closeness is computed on. */
  maxCentralityActors: number;
  /** Exports (GEXF, GraphML, CSV) built at once; more wait their turn. */
  maxConcurrentExports: number;
  /** Exports waiting for a turn; more are refused with 503 and Retry-After. */
  maxQueuedExports: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  defaultPageSize: 20,
  maxDepth: 12,
  maxCost: 50_000,
  maxPathHops: 6,
  maxNeighbourhoodNodes: 500,
  maxNeighbourhoodDepth: 3,
  maxCentralityActors: 3_000,
  maxConcurrentExports: 2,
  maxQueuedExports: 8,
};

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  /** Who is calling; absent when anonymous. */
  principal?: Principal;
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(
  store: GraphStore,
  limits: ApiLimits = DEFAULT_LIMITS,
  principal?: Principal,
): ApiContext {
  return { store, loaders: createLoaders(store), limits, ...(principal ? { principal } : {}) };
}

/** After a mutation: later fields of the request must not see what the loaders cached before it. */
export function resetLoaders(ctx: ApiContext): void {
  ctx.loaders = createLoaders(ctx.store);
}
