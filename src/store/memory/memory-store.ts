/**
 * The embedded store: the whole graph in process, on graphology. It is the default (`npm start`
 * needs no database) and the reference the Neo4j adapter is checked against.
 */
import Graph from 'graphology';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import {
  changeMatches,
  changePosition,
  checkChange,
  missingEndpoints,
  type ChangeQuery,
  type ChangeRecord,
  type ChangeRequest,
  type ChangeSet,
} from '../../domain/changes.js';
import { pageOfEdges, type EdgePageSpec } from '../../domain/edge-pages.js';
import { storeUnavailable } from '../../domain/errors.js';
import type { NodeType } from '../../domain/node-types.js';
import { paginate, type Page, type PageRequest, type Position } from '../../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import { searchPage, type SearchHit, type SearchQuery } from '../../domain/search.js';
import { searchTextOf } from '../../domain/text.js';
import { compareKeys as cmp } from '../../domain/key-lists.js';
import { throwIfAborted, type CallOptions } from '../call-options.js';
import type { GraphCounts, GraphStore, StoreHealth } from '../graph-store.js';
import { Semantics } from '../../domain/semantics/evaluator.js';
import { GraphologyReader, type Graph as DiplomapGraph } from './graph-reader.js';
import { countGroups } from './aggregate.js';
import { nodeFilter } from './node-filter.js';
import { dataDirPaths, lockDataDir, type DataDirPaths } from './data-dir.js';
import { keepPrivate } from '../private-files.js';
import { Journal, readJournal } from './journal.js';
import { MemorySearchIndex } from './search-index.js';
import { readSnapshot, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import { memoryNeighbourhood, memoryShortestPaths } from './network-answers.js';
import { TimeSlices } from './time-slices.js';
import { actorKeys, IndexedPartners } from './indexed-partners.js';

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly graph: DiplomapGraph = new Graph.MultiDirectedGraph<GraphNode, GraphEdge>();
  private readonly reader = new GraphologyReader(this.graph);
  private readonly semantics = new Semantics(this.reader);
  /** Partner questions, answered from the partnership index (indexed-partners.ts). */
  private readonly partners = new IndexedPartners(this.reader, this.semantics, () =>
    actorKeys(this.keysByType),
  );
  /** The keys the write under way touched, for the index's upkeep. */
  private touched = new Set<string>();
  private readonly keysByType = new Map<NodeType, Set<string>>();
  private readonly searchText = new Map<string, string>();
  private readonly searchIndex = new MemorySearchIndex();
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
   * A durable store on a data directory (data-dir.ts): starts from its snapshot if there is one,
   * otherwise from `initialData()` (the seeds), replays the journal, and journals every change.
   */
  static async open(options: DurableStoreOptions): Promise<MemoryStore> {
    const paths = dataDirPaths(options.dataDir);
    // A reader (an export while the server runs) neither locks nor repairs: the owner does.
    const unlock = options.readOnly ? () => undefined : lockDataDir(paths);
    try {
      const store = new MemoryStore();
      // Only the owner tightens: a read-only opener may not be the files' owner.
      const warnings = options.readOnly
        ? []
        : [paths.snapshot, paths.journal]
            .map(keepPrivate)
            .filter((warning) => warning !== undefined);
      const snapshot = readSnapshot(paths.snapshot);
      if (snapshot) {
        await store.upsert({ nodes: snapshot.nodes, edges: snapshot.edges });
        store.changes = snapshot.changes;
        store.seq = snapshot.seq;
      } else await store.upsert(await options.initialData());
      const journal = readJournal(paths.journal, { repair: !options.readOnly });
      let replayed = 0;
      for (const record of journal.records) {
        if (record.seq <= store.seq) continue; // already in the snapshot
        store.applyInMemory(record);
        replayed++;
      }
      store.startIndex();
      if (options.readOnly) store.readOnly = true;
      else
        store.persistence = {
          paths,
          unlock,
          journal: await Journal.openForAppend(paths.journal, replayed),
          compactAfter: options.compactAfter ?? 1_000,
        };
      options.onOpen?.({
        fromSnapshot: snapshot !== undefined,
        replayed,
        droppedBytes: journal.droppedBytes,
        warnings,
      });
      return store;
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /** Builds the partnership index in the background, now that the data is in. */
  private startIndex(): void {
    void this.partners.ready();
  }

  /** Counts made before a write may be stale after it. */
  private changed(): void {
    this.semantics.changed();
    this.reader.changed();
  }

  /** Keeps the partnership index up with what the last write touched. */
  private keepIndex(): void {
    const touched = this.touched;
    this.touched = new Set();
    this.partners.changed(touched);
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
    checkChange(request, {
      node: (key) => this.graph.hasNode(key),
      edge: (key) => this.graph.hasEdge(key),
    });
    const { changes } = request;
    const record: ChangeRecord = {
      ...request,
      conditions: request.conditions ?? {},
      seq: this.seq + 1,
      at: new Date().toISOString(),
      before: this.stateBefore(changes),
    };
    // On disk first: what is acknowledged must survive a crash; what is not on disk is not applied.
    if (this.persistence) await this.persistence.journal.append(record);
    this.applyInMemory(record);
    if (this.persistence && this.persistence.journal.length >= this.persistence.compactAfter)
      await this.compact();
    return record;
  }

  /** What the change overwrites or deletes, including relationships of deleted nodes. */
  private stateBefore(changes: ChangeSet): ChangeRecord['before'] {
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    for (const key of [...changes.deleteNodes, ...changes.putNodes.map((n) => n.key)]) {
      if (this.graph.hasNode(key)) nodes.set(key, this.graph.getNodeAttributes(key));
    }
    for (const key of changes.deleteNodes) {
      if (this.graph.hasNode(key))
        this.graph.forEachEdge(key, (e, edge) => void edges.set(e, edge));
    }
    for (const key of [...changes.deleteEdges, ...changes.putEdges.map((e) => e.key)]) {
      if (this.graph.hasEdge(key)) edges.set(key, this.graph.getEdgeAttributes(key));
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => cmp(a.key, b.key)),
      edges: [...edges.values()].sort((a, b) => cmp(a.key, b.key)),
    };
  }

  /** Applies a checked change to the graph and the change log (also used to replay the journal). */
  private applyInMemory(record: ChangeRecord): void {
    const { changes } = record;
    for (const key of changes.deleteEdges) if (this.graph.hasEdge(key)) this.dropEdge(key);
    this.changed();
    for (const key of changes.deleteNodes) this.removeNode(key);
    for (const node of changes.putNodes) this.putNode(node);
    for (const edge of changes.putEdges) this.putEdge(edge);
    this.keepIndex();
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
    const persistence = this.persistence;
    if (!persistence) return;
    await writeSnapshot(persistence.paths.snapshot, {
      format: SNAPSHOT_FORMAT,
      seq: this.seq,
      writtenAt: new Date().toISOString(),
      nodes: this.graph.mapNodes((_key, node) => node),
      edges: this.graph.mapEdges((_key, edge) => edge),
      changes: this.changes,
    });
    // A crash before this line leaves journal records the snapshot already holds: replay skips them.
    await persistence.journal.clear();
  }

  async upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void> {
    // Check first, so a bad batch writes nothing (as in Neo4j, where it is one transaction).
    const incoming = new Set(data.nodes.map((n) => n.key));
    const missing = new Set<string>();
    for (const edge of data.edges) {
      for (const end of [edge.from, edge.to])
        if (!incoming.has(end) && !this.graph.hasNode(end)) missing.add(end);
    }
    if (missing.size > 0) throw missingEndpoints([...missing]);
    const total = data.nodes.length + data.edges.length;
    let done = 0;
    for (const node of data.nodes) {
      this.putNode(node);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    for (const edge of data.edges) {
      this.putEdge(edge);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    this.keepIndex();
    onProgress?.(total, total);
  }

  private putNode(node: GraphNode): void {
    if (this.graph.hasNode(node.key)) {
      const previous = this.graph.getNodeAttributes(node.key);
      if (previous.type !== node.type) this.keysByType.get(previous.type)?.delete(node.key);
      this.graph.replaceNodeAttributes(node.key, node);
    } else this.graph.addNode(node.key, node);
    this.touched.add(node.key);
    let keys = this.keysByType.get(node.type);
    if (!keys) this.keysByType.set(node.type, (keys = new Set()));
    keys.add(node.key);
    this.searchText.set(node.key, searchTextOf(node.name, node.aliases));
    this.searchIndex.upsert(node);
  }

  private removeNode(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const node = this.graph.getNodeAttributes(key);
    this.keysByType.get(node.type)?.delete(key);
    this.searchText.delete(key);
    this.searchIndex.remove(key);
    this.touched.add(key);
    this.graph.forEachNeighbor(key, (other) => void this.touched.add(other));
    this.graph.dropNode(key); // and its relationships
    this.changed();
  }

  private dropEdge(key: string): void {
    this.touched.add(this.graph.source(key)).add(this.graph.target(key));
    this.graph.dropEdge(key);
  }

  private putEdge(edge: GraphEdge): void {
    this.changed();
    this.touched.add(edge.from).add(edge.to);
    if (this.graph.hasEdge(edge.key)) {
      // Same key, other endpoints: the relationship moves.
      if (this.graph.source(edge.key) !== edge.from || this.graph.target(edge.key) !== edge.to) {
        this.dropEdge(edge.key);
        this.graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge);
      } else this.graph.replaceEdgeAttributes(edge.key, edge);
    } else this.graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge);
  }

  async getNodes(keys: readonly string[], options?: CallOptions): Promise<(GraphNode | null)[]> {
    throwIfAborted(options);
    return keys.map((key) => (this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : null));
  }

  async getRelationships(
    keys: readonly string[],
    options?: CallOptions,
  ): Promise<(GraphEdge | null)[]> {
    throwIfAborted(options);
    return keys.map((key) => (this.graph.hasEdge(key) ? this.graph.getEdgeAttributes(key) : null));
  }

  async findNodes(
    query: NodeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<GraphNode>> {
    const slices = new TimeSlices(options?.signal);
    let candidates: string[] = [];
    const types = query.types ? [...new Set(query.types)] : [...this.keysByType.keys()];
    const allowed = new Set<string>(types);
    const ofType = (key: string) => allowed.has(this.graph.getNodeAttributes(key).type);
    if (query.keys !== undefined) {
      candidates = [...new Set(query.keys)].filter((key) => this.graph.hasNode(key) && ofType(key));
    } else if (query.memberOf !== undefined) {
      // A network's members: far fewer than every node of the types.
      candidates = this.semantics.membersOf(query.memberOf).filter(ofType);
    } else for (const type of types) candidates.push(...(this.keysByType.get(type) ?? []));

    const matches: GraphNode[] = [];
    const keep = nodeFilter(this.semantics, query, (key) => this.searchText.get(key));
    for (const key of candidates) {
      if (slices.due()) await slices.next();
      if (keep(key)) matches.push(this.graph.getNodeAttributes(key));
    }

    const positionOf = (node: GraphNode): Position => ({
      sort: query.orderBy === 'NAME' ? node.name : node.key,
      key: node.key,
    });
    const sign = query.direction === 'ASC' ? 1 : -1;
    matches.sort((a, b) => {
      const pa = positionOf(a);
      const pb = positionOf(b);
      if (pa.sort !== pb.sort) return sign * (pa.sort < pb.sort ? -1 : 1);
      return sign * (pa.key < pb.key ? -1 : pa.key > pb.key ? 1 : 0);
    });
    return paginate(matches, positionOf, page, query.direction);
  }

  async search(
    query: SearchQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<SearchHit>> {
    throwIfAborted(options);
    const candidates = this.searchIndex
      .candidates(query.text)
      .map((key) => this.graph.getNodeAttributes(key));
    return searchPage(query, candidates, page);
  }

  async getEdges(
    keys: readonly string[],
    spec: EdgeSpec,
    options?: CallOptions,
  ): Promise<EdgeView[][]> {
    const slices = new TimeSlices(options?.signal);
    const lists: EdgeView[][] = [];
    for (const key of keys) {
      if (slices.due()) await slices.next();
      lists.push(
        this.edgeViews(key, spec).sort(
          (a, b) =>
            cmp(a.edge.type, b.edge.type) ||
            cmp(a.otherKey, b.otherKey) ||
            cmp(a.edge.key, b.edge.key),
        ),
      );
    }
    return lists;
  }

  async getEdgePages(
    keys: readonly string[],
    spec: EdgePageSpec,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<EdgeView>[]> {
    const slices = new TimeSlices(options?.signal);
    const accept = spec.otherTypes === undefined ? undefined : new Set<string>(spec.otherTypes);
    const pages: Page<EdgeView>[] = [];
    for (const key of keys) {
      if (slices.due()) await slices.next();
      let views = this.edgeViews(key, spec);
      if (accept)
        views = views.filter((v) => accept.has(this.graph.getNodeAttributes(v.otherKey).type));
      pages.push(pageOfEdges(views, page));
    }
    return pages;
  }

  /** A node's relationships of the spec's types and direction, unsorted ([] for a missing key). */
  private edgeViews(key: string, spec: EdgeSpec): EdgeView[] {
    const types = new Set<string>(spec.types);
    const views: EdgeView[] = [];
    if (!this.graph.hasNode(key)) return views;
    if (spec.direction !== 'IN') {
      this.graph.forEachOutEdge(key, (_e, edge, _s, target) => {
        if (types.has(edge.type)) views.push({ edge, otherKey: target, direction: 'OUT' });
      });
    }
    if (spec.direction !== 'OUT') {
      this.graph.forEachInEdge(key, (_e, edge, source) => {
        // A self-loop read BOTH ways is one relationship, listed once.
        if (types.has(edge.type) && !(spec.direction === 'BOTH' && source === key)) {
          views.push({ edge, otherKey: source, direction: 'IN' });
        }
      });
    }
    return views;
  }

  findPartners(
    query: PartnerQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<PartnerHit>> {
    return this.partners.findPartners(query, page, options?.signal);
  }

  getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<Partnership>[]> {
    return this.partners.getPartnerships(actorKeys, query, page, options?.signal);
  }

  // Network questions (network-answers.ts): the domain's walks over this store's own calls.

  shortestPaths(query: ShortestPathQuery, options?: CallOptions): Promise<GraphPath[]> {
    return memoryShortestPaths(this, query, options);
  }

  neighbourhood(query: NeighbourhoodQuery, options?: CallOptions): Promise<Neighbourhood> {
    return memoryNeighbourhood(this, query, options);
  }

  async aggregate(query: AggregateQuery, options?: CallOptions): Promise<AggregateBucket[]> {
    const slices = new TimeSlices(options?.signal);
    const keep = nodeFilter(this.semantics, query.filter, (key) => this.searchText.get(key));
    const items: GraphNode[] = [];
    for (const type of new Set(query.types)) {
      for (const key of this.keysByType.get(type) ?? []) {
        if (slices.due()) await slices.next();
        if (keep(key)) items.push(this.graph.getNodeAttributes(key));
      }
    }
    const themes = [...(this.keysByType.get('Theme') ?? [])].sort(cmp);
    return countGroups(this.semantics, items, query, themes);
  }

  async counts(options?: CallOptions): Promise<GraphCounts> {
    throwIfAborted(options);
    const nodesByType: Record<string, number> = {};
    for (const [type, keys] of [...this.keysByType].sort(([a], [b]) => cmp(a, b)))
      nodesByType[type] = keys.size;
    const relationshipsByType: Record<string, number> = {};
    this.graph.forEachEdge((_e, edge) => {
      relationshipsByType[edge.type] = (relationshipsByType[edge.type] ?? 0) + 1;
    });
    return { nodesByType, relationshipsByType: sortRecord(relationshipsByType) };
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: 'memory', reason: 'the store is closed' };
    return { ok: true, store: 'memory', nodes: this.graph.order, relationships: this.graph.size };
  }

  /** Waits for changes under way, writes a snapshot (so the next start is quick) and unlocks. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
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

interface Persistence {
  paths: DataDirPaths;
  journal: Journal;
  unlock: () => void;
  compactAfter: number;
}

export interface DurableStoreOptions {
  dataDir: string;
  /** The graph to start from when the data directory has no snapshot yet (the seeds). */
  initialData: () => Promise<GraphData>;
  /** Read the directory without locking it or repairing its journal; refuse changes. */
  readOnly?: boolean;
  /** Journal records after which a snapshot is written and the journal emptied. Default 1,000. */
  compactAfter?: number;
  /** Told how the store started, for the log. */
  onOpen?: (info: OpenInfo) => void;
}

/** How a durable store started, for the log; `warnings` to log as such (files made private). */
export interface OpenInfo {
  fromSnapshot: boolean;
  replayed: number;
  droppedBytes: number;
  warnings: string[];
}

function sortRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => cmp(a, b)));
}
