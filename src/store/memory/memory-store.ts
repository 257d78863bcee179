/**
 * The embedded store: the whole graph in process, on graphology. It is the default (`npm start`
 * needs no database) and the reference the Neo4j adapter is checked against. This class is the
 * GraphStore port: the graph and its indexes are in memory-graph.ts, the data directory in
 * persistence.ts, and each kind of question has a module of its own, named after it.
 */
import {
  changeMatches,
  changePosition,
  checkChange,
  type ChangeQuery,
  type ChangeRecord,
  type ChangeRequest,
} from '../../domain/changes.js';
import type { EdgePageItem, EdgePageRequest } from '../../domain/edge-pages.js';
import { storeUnavailable } from '../../domain/errors.js';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import { paginate, type Page, type PageRequest } from '../../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import type { SearchHit, SearchQuery } from '../../domain/search.js';
import { throwIfAborted, type CallOptions } from '../call-options.js';
import type { GraphCounts, GraphStore, StoreHealth } from '../graph-store.js';
import { getEdgePages, getEdges } from './edge-reads.js';
import { memoryAggregate, memoryCounts } from './graph-counts.js';
import { MemoryGraph } from './memory-graph.js';
import { memoryNeighbourhood, memoryShortestPaths } from './network-answers.js';
import { findNodes, getNodes, getRelationships, search } from './node-reads.js';
import { compact, openDataDir, type DurableStoreOptions, type Persistence } from './persistence.js';

export type { DurableStoreOptions, OpenInfo } from './persistence.js';

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly data = new MemoryGraph();
  private closed = false;

  private changes: ChangeRecord[] = [];
  private seq = 0;
  private persistence?: Persistence;
  private readOnly = false;
  /** Changes run one after another: each sees the graph the previous one left. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  /** A store on the given data, in memory only (tests, benchmarks): edits are not kept on disk. */
  static async fromData(data: GraphData): Promise<MemoryStore> {
    const store = new MemoryStore();
    await store.upsert(data);
    store.startIndex();
    return store;
  }

  /**
   * A durable store on a data directory (persistence.ts): starts from its snapshot if there is
   * one, otherwise from `initialData()` (the seeds), replays the journal, and journals every change.
   */
  static async open(options: DurableStoreOptions): Promise<MemoryStore> {
    const store = new MemoryStore();
    store.persistence = await openDataDir(options, {
      upsert: (data) => store.upsert(data),
      restoreLog: (changes, seq) => {
        store.changes = changes;
        store.seq = seq;
      },
      seq: () => store.seq,
      replay: (record) => store.applyInMemory(record),
    });
    store.readOnly = options.readOnly === true;
    store.startIndex();
    return store;
  }

  /** Builds the partnership index in the background, now that the data is in. */
  private startIndex(): void {
    void this.data.partners.ready();
  }

  applyChange(request: ChangeRequest, options?: CallOptions): Promise<ChangeRecord> {
    const next = this.writeQueue.then(() => {
      // Its turn came too late: the caller has been answered already, so nothing is applied.
      throwIfAborted(options);
      return this.applyNow(request);
    });
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  private async applyNow(request: ChangeRequest): Promise<ChangeRecord> {
    if (this.closed) throw storeUnavailable('The store is closed.');
    if (this.readOnly)
      throw storeUnavailable('This store was opened read-only (the data directory has an owner).');
    const { graph } = this.data;
    checkChange(request, { node: (key) => graph.hasNode(key), edge: (key) => graph.hasEdge(key) });
    const record: ChangeRecord = {
      ...request,
      conditions: request.conditions ?? {},
      seq: this.seq + 1,
      at: new Date().toISOString(),
      before: this.data.stateBefore(request.changes),
    };
    // On disk first: what is acknowledged must survive a crash; what is not on disk is not applied.
    if (this.persistence) await this.persistence.journal.append(record);
    this.applyInMemory(record);
    if (this.persistence && this.persistence.journal.length >= this.persistence.compactAfter)
      await this.compact();
    return record;
  }

  /** Applies a checked change to the graph and the change log (also used to replay the journal). */
  private applyInMemory(record: ChangeRecord): void {
    this.data.apply(record.changes);
    this.changes.push(record);
    this.seq = record.seq;
  }

  async listChanges(
    query: ChangeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<ChangeRecord>> {
    throwIfAborted(options);
    const matches = this.changes.filter((record) => changeMatches(record, query));
    return paginate(matches, changePosition, page);
  }

  /** Writes a snapshot of everything, then empties the journal (see snapshot.ts). */
  async compact(): Promise<void> {
    if (!this.persistence) return;
    const { graph } = this.data;
    await compact(this.persistence, {
      seq: this.seq,
      nodes: graph.mapNodes((_key, node) => node),
      edges: graph.mapEdges((_key, edge) => edge),
      changes: this.changes,
    });
  }

  async upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void> {
    this.data.upsert(data, onProgress);
  }

  async getNodes(keys: readonly string[], options?: CallOptions): Promise<(GraphNode | null)[]> {
    return getNodes(this.data, keys, options);
  }

  async getRelationships(
    keys: readonly string[],
    options?: CallOptions,
  ): Promise<(GraphEdge | null)[]> {
    return getRelationships(this.data, keys, options);
  }

  findNodes(query: NodeQuery, page: PageRequest, options?: CallOptions): Promise<Page<GraphNode>> {
    return findNodes(this.data, query, page, options);
  }

  async search(
    query: SearchQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<SearchHit>> {
    return search(this.data, query, page, options);
  }

  getEdges(keys: readonly string[], spec: EdgeSpec, options?: CallOptions): Promise<EdgeView[][]> {
    return getEdges(this.data, keys, spec, options);
  }

  getEdgePages(
    requests: readonly EdgePageRequest[],
    options?: CallOptions,
  ): Promise<Page<EdgePageItem>[][]> {
    return getEdgePages(this.data, requests, options);
  }

  findPartners(
    query: PartnerQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<PartnerHit>> {
    return this.data.partners.findPartners(query, page, options?.signal);
  }

  getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<Partnership>[]> {
    return this.data.partners.getPartnerships(actorKeys, query, page, options?.signal);
  }

  // Network questions (network-answers.ts): the domain's walks over this store's own calls.

  shortestPaths(query: ShortestPathQuery, options?: CallOptions): Promise<GraphPath[]> {
    return memoryShortestPaths(this, query, options);
  }

  neighbourhood(query: NeighbourhoodQuery, options?: CallOptions): Promise<Neighbourhood> {
    return memoryNeighbourhood(this, query, options);
  }

  aggregate(query: AggregateQuery, options?: CallOptions): Promise<AggregateBucket[]> {
    return memoryAggregate(this.data, query, options);
  }

  async counts(options?: CallOptions): Promise<GraphCounts> {
    return memoryCounts(this.data, options);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: 'memory', reason: 'the store is closed' };
    const { graph } = this.data;
    return { ok: true, store: 'memory', nodes: graph.order, relationships: graph.size };
  }

  /** Waits for changes under way, writes a snapshot (so the next start is quick) and unlocks. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
    this.data.partners.stop();
    const persistence = this.persistence;
    if (!persistence) return;
    try {
      if (persistence.journal.length > 0) await this.compact();
    } finally {
      await persistence.journal.close();
      persistence.unlock();
    }
  }
}
