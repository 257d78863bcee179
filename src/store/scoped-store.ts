/**
 * A store seen from one request: every call carries the request's CallOptions (its signal and
 * deadline), so code written against the port (the network compositions, the loaders) stops with
 * the request without passing options around. Each call also answers as soon as the signal
 * aborts, even when the store is slow to notice; the store itself stops the work.
 */
import type { ChangeQuery, ChangeRecord, ChangeRequest } from '../domain/changes.js';
import type { EdgePageItem, EdgePageRequest } from '../domain/edge-pages.js';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../domain/network-queries.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../domain/queries.js';
import type { SearchHit, SearchQuery } from '../domain/search.js';
import { untilAborted, type CallOptions } from './call-options.js';
import type { GraphCounts, GraphStore, StoreHealth } from './graph-store.js';

export function scopedStore(store: GraphStore, options: CallOptions): GraphStore {
  return new ScopedStore(store, options);
}

class ScopedStore implements GraphStore {
  readonly kind: GraphStore['kind'];

  constructor(
    private readonly store: GraphStore,
    private readonly options: CallOptions,
  ) {
    this.kind = store.kind;
  }

  /** The request's options, unless the caller gave its own. */
  private opts(given: CallOptions | undefined): CallOptions {
    return given ?? this.options;
  }

  private call<T>(work: (options: CallOptions) => Promise<T>, given?: CallOptions): Promise<T> {
    const options = this.opts(given);
    return untilAborted(work(options), options.signal);
  }

  getNodes(keys: readonly string[], o?: CallOptions): Promise<(GraphNode | null)[]> {
    return this.call((x) => this.store.getNodes(keys, x), o);
  }

  getRelationships(keys: readonly string[], o?: CallOptions): Promise<(GraphEdge | null)[]> {
    return this.call((x) => this.store.getRelationships(keys, x), o);
  }

  findNodes(query: NodeQuery, page: PageRequest, o?: CallOptions): Promise<Page<GraphNode>> {
    return this.call((x) => this.store.findNodes(query, page, x), o);
  }

  getEdges(keys: readonly string[], spec: EdgeSpec, o?: CallOptions): Promise<EdgeView[][]> {
    return this.call((x) => this.store.getEdges(keys, spec, x), o);
  }

  getEdgePages(
    requests: readonly EdgePageRequest[],
    o?: CallOptions,
  ): Promise<Page<EdgePageItem>[][]> {
    return this.call((x) => this.store.getEdgePages(requests, x), o);
  }

  findPartners(query: PartnerQuery, page: PageRequest, o?: CallOptions): Promise<Page<PartnerHit>> {
    return this.call((x) => this.store.findPartners(query, page, x), o);
  }

  getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    o?: CallOptions,
  ): Promise<Page<Partnership>[]> {
    return this.call((x) => this.store.getPartnerships(actorKeys, query, page, x), o);
  }

  search(query: SearchQuery, page: PageRequest, o?: CallOptions): Promise<Page<SearchHit>> {
    return this.call((x) => this.store.search(query, page, x), o);
  }

  shortestPaths(query: ShortestPathQuery, o?: CallOptions): Promise<GraphPath[]> {
    return this.call((x) => this.store.shortestPaths(query, x), o);
  }

  neighbourhood(query: NeighbourhoodQuery, o?: CallOptions): Promise<Neighbourhood> {
    return this.call((x) => this.store.neighbourhood(query, x), o);
  }

  aggregate(query: AggregateQuery, o?: CallOptions): Promise<AggregateBucket[]> {
    return this.call((x) => this.store.aggregate(query, x), o);
  }

  counts(o?: CallOptions): Promise<GraphCounts> {
    return this.call((x) => this.store.counts(x), o);
  }

  health(): Promise<StoreHealth> {
    return this.store.health();
  }

  // A change is not raced: once the store has started it, the caller hears how it ended.
  applyChange(request: ChangeRequest, o?: CallOptions): Promise<ChangeRecord> {
    return this.store.applyChange(request, this.opts(o));
  }

  listChanges(query: ChangeQuery, page: PageRequest, o?: CallOptions): Promise<Page<ChangeRecord>> {
    return this.call((x) => this.store.listChanges(query, page, x), o);
  }

  upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void> {
    return this.store.upsert(data, onProgress);
  }

  /** The store belongs to the server, not to the request. */
  async close(): Promise<void> {}
}
