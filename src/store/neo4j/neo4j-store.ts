/**
 * The production store: Neo4j through neo4j-driver, running the statements in `cypher/`. Gives
 * the same answers as the embedded MemoryStore (the reference) for every method, each in one
 * round trip. This class is the GraphStore port; the driver and sessions are in sessions.ts
 * (driver values become domain records in records.ts), and each kind of question or write has a
 * module of its own, named after it.
 */
import type { ChangeQuery, ChangeRecord, ChangeRequest } from '../../domain/changes.js';
import type { EdgePageItem, EdgePageRequest } from '../../domain/edge-pages.js';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import type { Page, PageRequest } from '../../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import type { SearchHit, SearchQuery } from '../../domain/search.js';
import type { CallOptions } from '../call-options.js';
import type { GraphCounts, GraphStore, StoreHealth } from '../graph-store.js';
import { applyChange } from './apply-change.js';
import { listChanges } from './change-log.js';
import { loadCypherRegistry, type CypherRegistry } from './cypher-registry.js';
import { describeError, toStoreError } from './driver-errors.js';
import { getEdgePages, getEdges } from './edge-reads.js';
import {
  neo4jAggregate,
  neo4jCounts,
  neo4jNeighbourhood,
  neo4jShortestPaths,
} from './network-answers.js';
import { findNodes, getNodes, getRelationships, search } from './node-reads.js';
import { findPartners, getPartnerships } from './partner-reads.js';
import { recountIndex, type RecountOutcome, type RecountProgress } from './index-recount.js';
import {
  readIndexState,
  indexCounts,
  indexEntries,
  markIndexStale,
  rebuildIndex,
  type IndexProgress,
} from './partnership-index.js';
import { onlyRecord } from './query-results.js';
import { numberColumn } from './rows.js';
import { Neo4jSessions, type DriverSettings, type Neo4jContext } from './sessions.js';
import { upsert, type UpsertSettings } from './upsert.js';

export interface Neo4jStoreConfig extends DriverSettings {
  /**
   * Nodes or relationships per write transaction in upsert(). Default 5,000: 10,000 ran the test
   * server (512 MB heap) out of memory on a 300,000-relationship load.
   */
  batchSize?: number;
  /**
   * Write transactions upsert() keeps in flight at once (default 1). Batches of nodes never
   * conflict (distinct keys); batches of relationships may wait on each other's endpoint locks
   * (a deadlock is retried as a transient error), so loads that use more raise
   * maxTransactionRetryTimeMs too. 2 fills a two-core server while Node packs the next batch.
   */
  writeConcurrency?: number;
  /** Where the statement files are; default the repository's cypher/ folder. */
  cypherDir?: string;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly sessions: Neo4jSessions;
  private readonly cypher: CypherRegistry;
  private readonly db: Neo4jContext;
  private readonly upsertSettings: UpsertSettings;
  private closed = false;

  /** Creates the driver without connecting; prefer `connect()`, which also checks and prepares the database. */
  constructor(config: Neo4jStoreConfig) {
    this.upsertSettings = {
      batchSize: config.batchSize ?? 5_000,
      writeConcurrency: Math.max(1, config.writeConcurrency ?? 1),
    };
    this.cypher = loadCypherRegistry(config.cypherDir);
    this.sessions = new Neo4jSessions(config);
    this.db = { cypher: this.cypher, read: this.sessions.read, write: this.sessions.write };
  }

  /** Connects, fails with STORE_UNAVAILABLE when Neo4j does not answer, and applies schema.cypher. */
  static async connect(config: Neo4jStoreConfig): Promise<Neo4jStore> {
    const store = new Neo4jStore(config);
    try {
      await store.sessions.verifyConnectivity();
      await store.applySchema();
    } catch (error) {
      await store.close();
      throw toStoreError(error);
    }
    return store;
  }

  /** Creates the constraints and indexes that are missing (each statement is IF NOT EXISTS). */
  async applySchema(): Promise<void> {
    for (const statement of this.cypher.schemaStatements) {
      // Schema commands cannot share a transaction with anything else: one each.
      await this.sessions.write(async (tx) => void (await tx.run(statement)));
    }
  }

  getNodes(keys: readonly string[], options?: CallOptions): Promise<(GraphNode | null)[]> {
    return getNodes(this.db, keys, options);
  }

  getRelationships(keys: readonly string[], options?: CallOptions): Promise<(GraphEdge | null)[]> {
    return getRelationships(this.db, keys, options);
  }

  findNodes(query: NodeQuery, page: PageRequest, options?: CallOptions): Promise<Page<GraphNode>> {
    return findNodes(this.db, query, page, options);
  }

  getEdges(keys: readonly string[], spec: EdgeSpec, options?: CallOptions): Promise<EdgeView[][]> {
    return getEdges(this.db, keys, spec, options);
  }

  getEdgePages(
    requests: readonly EdgePageRequest[],
    options?: CallOptions,
  ): Promise<Page<EdgePageItem>[][]> {
    return getEdgePages(this.db, requests, options);
  }

  findPartners(
    query: PartnerQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<PartnerHit>> {
    return findPartners(this.db, query, page, options);
  }

  getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<Partnership>[]> {
    return getPartnerships(this.db, actorKeys, query, page, options);
  }

  search(query: SearchQuery, page: PageRequest, options?: CallOptions): Promise<Page<SearchHit>> {
    return search(this.db, query, page, options);
  }

  shortestPaths(query: ShortestPathQuery, options?: CallOptions): Promise<GraphPath[]> {
    return neo4jShortestPaths(this.db, query, options);
  }

  neighbourhood(query: NeighbourhoodQuery, options?: CallOptions): Promise<Neighbourhood> {
    return neo4jNeighbourhood(this.db, query, options);
  }

  aggregate(query: AggregateQuery, options?: CallOptions): Promise<AggregateBucket[]> {
    return neo4jAggregate(this.db, query, options);
  }

  counts(options?: CallOptions): Promise<GraphCounts> {
    return neo4jCounts(this.db, options);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: 'neo4j', reason: 'the store is closed' };
    try {
      const record = onlyRecord(await this.db.read(this.cypher.statements.health), 'health');
      return {
        ok: true,
        store: 'neo4j',
        nodes: numberColumn(record, 'nodes'),
        relationships: numberColumn(record, 'relationships'),
      };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      return { ok: false, store: 'neo4j', reason: describeError(cause) };
    }
  }

  /**
   * Writes in batches, outside edits: the partnership index is marked not complete first (partner
   * questions walk the rules meanwhile); `rebuildPartnershipIndex` makes it complete again.
   */
  async upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void> {
    const { token, state } = await markIndexStale(this.db);
    await upsert(this.db, this.upsertSettings, data, { token, since: state.seq }, onProgress);
  }

  /**
   * Computes the partnership index from scratch (docs/partnership-index.md), catching up with the
   * edits made meanwhile: after a load (seed, import, the bulk import). False when a rebuild
   * started later took over.
   */
  rebuildPartnershipIndex(onProgress?: IndexProgress): Promise<boolean> {
    return rebuildIndex(this.db, (statement) => this.sessions.autoCommit(statement), onProgress);
  }

  /** Whether the partnership index is complete; false after a load, until a rebuild ends. */
  async partnershipIndexComplete(): Promise<boolean> {
    return (await readIndexState(this.db)).complete;
  }

  /**
   * Whether the partnership index is complete, and its counts usable: false after an edit changed
   * a topic set, until `recountPartnershipIndex` (or a rebuild) ends.
   */
  partnershipIndexState(): Promise<{ complete: boolean; countsUsable: boolean }> {
    return readIndexState(this.db);
  }

  /** Counts the partnership index's entries again under the topic sets as they are (index-recount.ts). */
  recountPartnershipIndex(
    onProgress?: RecountProgress,
    batchSize?: number,
  ): Promise<RecountOutcome> {
    return recountIndex(this.db, onProgress, batchSize);
  }

  /** The partnership index's entries as kept, with what each read (to compare with a rebuild). */
  partnershipIndexEntries(): Promise<Record<string, unknown>> {
    return indexEntries(this.db);
  }

  /** The partnership index's counts as kept (to compare with a rebuild), and whether usable. */
  partnershipIndexCounts(): ReturnType<typeof indexCounts> {
    return indexCounts(this.db);
  }

  applyChange(request: ChangeRequest, options?: CallOptions): Promise<ChangeRecord> {
    return applyChange(this.db, request, options);
  }

  listChanges(
    query: ChangeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<ChangeRecord>> {
    return listChanges(this.db, query, page, options);
  }

  /** Deletes every node and relationship (constraints and indexes stay). For tests and fresh loads. */
  async clearAll(): Promise<void> {
    // CALL … IN TRANSACTIONS commits its own batches: only an auto-commit query may run it. The
    // partnership index first: its keys are dense (clear-index.cypher).
    await this.sessions.autoCommit(this.cypher.statements.clearIndex);
    await this.sessions.autoCommit(this.cypher.statements.clearAll);
  }

  /**
   * After a bulk import (bulk-import.ts): gives nodes and relationships the empty `aliases` and
   * `propKeys` lists that upsert writes and the CSV importer cannot. Changes nothing elsewhere.
   */
  async restoreEmptyLists(): Promise<void> {
    // CALL … IN TRANSACTIONS: auto-commit queries, like clearAll.
    await this.sessions.autoCommit(this.cypher.statements.emptyNodeLists);
    await this.sessions.autoCommit(this.cypher.statements.emptyRelationshipLists);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.sessions.close();
  }
}
