/**
 * The production store: Neo4j through neo4j-driver, running the statements in `cypher/`. Gives
 * the same answers as the embedded MemoryStore (the reference) for every method, each in one
 * round trip. Reads go through `executeRead`, writes through `executeWrite`, all sessions share
 * one bookmark manager so that a read sees the writes before it, and driver values become domain
 * records at this border (integers arrive as JS numbers: `disableLosslessIntegers`).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';
import {
  changePosition,
  checkChange,
  keysToCheck,
  touchedKeys,
  type ChangeQuery,
  type ChangeRecord,
  type ChangeRequest,
} from '../../domain/changes.js';
import { edgePosition, emptyEdgePage, type EdgePageSpec } from '../../domain/edge-pages.js';
import { badInput } from '../../domain/errors.js';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { ACTOR_KINDS, isNodeType, NODE_TYPES } from '../../domain/node-types.js';
import { LARGE_NETWORK_MEMBERS } from '../../domain/semantics/partnership-rules.js';
import {
  decodeCursor,
  encodeCursor,
  type Page,
  type PageRequest,
  type Position,
} from '../../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import { searchPage, type SearchHit, type SearchQuery } from '../../domain/search.js';
import { isRelationshipType, type RelationshipType } from '../../domain/relationship-types.js';
import { normalizeText } from '../../domain/text.js';
import { throwIfAborted, timeLeft, type CallOptions } from '../call-options.js';
import type { GraphCounts, GraphStore, StoreHealth } from '../graph-store.js';
import { loadCypherRegistry, type CypherRegistry } from './cypher-registry.js';
import { describeError, toStoreError } from './driver-errors.js';
import {
  toPartnerHit,
  toPartnerships,
  type RawPartnerHit,
  type RawPartnershipLink,
} from './partner-hits.js';
import {
  fromEdgeProperties,
  fromNodeProperties,
  toEdgeRow,
  toNodeRow,
  type StoredProperties,
} from './records.js';
import { luceneQueriesFor } from './search-index.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../domain/network-queries.js';
import { neo4jAggregate, neo4jNeighbourhood, neo4jShortestPaths } from './network-answers.js';
import { sortableText } from './sortable-text.js';
import { compareKeys } from '../../domain/key-lists.js';

export interface Neo4jStoreConfig {
  /** `bolt://host:7687` (one server) or `neo4j://host:7687` (routing: a cluster, Aura). */
  uri: string;
  username: string;
  password: string;
  /** Default `neo4j` (the only database of Community Edition). */
  database?: string;
  /** How long opening a connection may take before the request fails as STORE_UNAVAILABLE. Default 3 s. */
  connectionTimeoutMs?: number;
  /** How long a request may wait for a pooled connection; keep it above connectionTimeoutMs. Default 5 s. */
  connectionAcquisitionTimeoutMs?: number;
  /** How long the driver retries a transaction after a transient failure. Default 1 s, to fail fast. */
  maxTransactionRetryTimeMs?: number;
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
  private readonly driver: Driver;
  private readonly database: string;
  private readonly batchSize: number;
  private readonly writeConcurrency: number;
  private readonly cypher: CypherRegistry;
  /** Shared by every session: causal consistency across sessions (read-your-writes). */
  private readonly bookmarks = neo4j.bookmarkManager();
  private closed = false;

  /** Creates the driver without connecting; prefer `connect()`, which also checks and prepares the database. */
  constructor(config: Neo4jStoreConfig) {
    this.database = config.database ?? 'neo4j';
    this.batchSize = config.batchSize ?? 5_000;
    this.writeConcurrency = Math.max(1, config.writeConcurrency ?? 1);
    this.cypher = loadCypherRegistry(config.cypherDir);
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: config.connectionTimeoutMs ?? 3_000,
      connectionAcquisitionTimeout: config.connectionAcquisitionTimeoutMs ?? 5_000,
      maxTransactionRetryTime: config.maxTransactionRetryTimeMs ?? 1_000,
      userAgent: 'diplomap',
    });
  }

  /** Connects, fails with STORE_UNAVAILABLE when Neo4j does not answer, and applies schema.cypher. */
  static async connect(config: Neo4jStoreConfig): Promise<Neo4jStore> {
    const store = new Neo4jStore(config);
    try {
      await store.driver.verifyConnectivity({ database: store.database });
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
      await this.write(async (tx) => void (await tx.run(statement)));
    }
  }

  async getNodes(keys: readonly string[], options?: CallOptions): Promise<(GraphNode | null)[]> {
    if (keys.length === 0) return [];
    const records = await this.read(
      this.cypher.statements.getNodes,
      { keys: unique(keys) },
      options,
    );
    const byKey = new Map<string, GraphNode>();
    for (const record of records) {
      byKey.set(record.get('key'), fromNodeProperties(record.get('properties')));
    }
    return keys.map((key) => byKey.get(key) ?? null);
  }

  async getRelationships(
    keys: readonly string[],
    options?: CallOptions,
  ): Promise<(GraphEdge | null)[]> {
    if (keys.length === 0) return [];
    const records = await this.read(
      this.cypher.statements.getRelationships,
      { keys: unique(keys) },
      options,
    );
    const byKey = new Map<string, GraphEdge>();
    for (const record of records) {
      byKey.set(
        record.get('key'),
        fromEdgeProperties(
          record.get('type'),
          record.get('from'),
          record.get('to'),
          record.get('properties'),
        ),
      );
    }
    return keys.map((key) => byKey.get(key) ?? null);
  }

  async findNodes(
    query: NodeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<GraphNode>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const [record] = await this.read(
      this.cypher.statements.findNodes,
      {
        types: query.types ?? [...NODE_TYPES],
        keys: query.keys === undefined ? null : [...new Set(query.keys)],
        needle: query.nameContains === undefined ? null : normalizeText(query.nameContains),
        country: query.country ?? null,
        region: query.region ?? null,
        topics: query.topics ?? [],
        memberOf: query.memberOf ?? null,
        orderBy: query.orderBy,
        descending: query.direction === 'DESC',
        afterSort: after === undefined ? null : sortableText(after.sort),
        afterKey: after === undefined ? null : sortableText(after.key),
        first: neo4j.int(page.first),
      },
      options,
    );
    const nodes = (record.get('page') as StoredProperties[]).map(fromNodeProperties);
    const positionOf = (node: GraphNode): Position => ({
      sort: query.orderBy === 'NAME' ? node.name : node.key,
      key: node.key,
    });
    return toPage(nodes, positionOf, record.get('totalCount'), record.get('skipped'), page.first);
  }

  async getEdges(
    keys: readonly string[],
    spec: EdgeSpec,
    options?: CallOptions,
  ): Promise<EdgeView[][]> {
    if (keys.length === 0) return [];
    if (spec.types.length === 0) return keys.map(() => []);
    const records = await this.read(
      this.cypher.statements.getEdges,
      { keys: unique(keys), types: unique(spec.types), direction: spec.direction },
      options,
    );
    const byKey = new Map<string, EdgeView[]>();
    for (const record of records) {
      const key: string = record.get('key');
      const views = (record.get('views') as RawEdgeView[]).map((view) => toEdgeView(key, view));
      views.sort(
        (a, b) =>
          compareKeys(a.edge.type, b.edge.type) ||
          compareKeys(a.otherKey, b.otherKey) ||
          compareKeys(a.edge.key, b.edge.key),
      );
      byKey.set(key, views);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }

  async getEdgePages(
    keys: readonly string[],
    spec: EdgePageSpec,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<EdgeView>[]> {
    if (keys.length === 0) return [];
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    if (spec.types.length === 0) return keys.map(emptyEdgePage);
    const records = await this.read(
      this.cypher.statements.getEdgePages,
      {
        keys: unique(keys),
        types: unique(spec.types),
        direction: spec.direction,
        otherTypes: spec.otherTypes === undefined ? null : unique(spec.otherTypes),
        afterSort: after === undefined ? null : sortableText(after.sort),
        afterKey: after === undefined ? null : sortableText(after.key),
        first: neo4j.int(page.first),
      },
      options,
    );
    const byKey = new Map<string, Page<EdgeView>>();
    for (const record of records) {
      const key: string = record.get('key');
      const views = (record.get('page') as RawEdgeView[]).map((view) => toEdgeView(key, view));
      byKey.set(
        key,
        toPage(views, edgePosition, record.get('totalCount'), record.get('skipped'), page.first),
      );
    }
    return keys.map((key) => byKey.get(key) ?? emptyEdgePage());
  }

  async findPartners(
    query: PartnerQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<PartnerHit>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const [record] = await this.read(
      this.cypher.statements.findPartners,
      {
        of: query.of ?? null,
        region: query.inRegion ?? null,
        topics: query.workingOn === undefined ? [] : [query.workingOn],
        kinds: query.kinds ?? [...ACTOR_KINDS],
        coMembership: query.of !== undefined && query.coMembership === true,
        largeNetwork: neo4j.int(LARGE_NETWORK_MEMBERS),
        afterSort: after === undefined ? null : sortableText(after.sort),
        afterKey: after === undefined ? null : sortableText(after.key),
        first: neo4j.int(page.first),
      },
      options,
    );
    const hits = (record.get('hits') as RawPartnerHit[]).map((raw) => toPartnerHit(raw, query));
    const positionOf = (hit: PartnerHit): Position => ({ sort: hit.actorKey, key: hit.actorKey });
    return toPage(hits, positionOf, record.get('totalCount'), record.get('skipped'), page.first);
  }

  async getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<Partnership>[]> {
    if (actorKeys.length === 0) return [];
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const records = await this.read(
      this.cypher.statements.partnershipPages,
      {
        keys: [...actorKeys],
        of: query.of ?? null,
        coMembership: query.of !== undefined && query.coMembership === true,
        largeNetwork: neo4j.int(LARGE_NETWORK_MEMBERS),
        afterSort: after === undefined ? null : sortableText(after.sort),
        afterKey: after === undefined ? null : sortableText(after.key),
        first: neo4j.int(page.first),
      },
      options,
    );
    const positionOf = (p: Partnership): Position => ({ sort: p.partnerKey, key: p.partnerKey });
    return records.map((record) =>
      toPage(
        toPartnerships(record.get('links') as RawPartnershipLink[]),
        positionOf,
        record.get('totalCount'),
        record.get('skipped'),
        page.first,
      ),
    );
  }

  async search(
    query: SearchQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<SearchHit>> {
    const clauses = luceneQueriesFor(query.text);
    const records =
      clauses.length === 0
        ? []
        : await this.read(
            this.cypher.statements.searchNodes,
            {
              clauses,
              types: query.types && query.types.length > 0 ? unique(query.types) : [...NODE_TYPES],
            },
            options,
          );
    const candidates = records.map((record) => fromNodeProperties(record.get('properties')));
    return searchPage(query, candidates, page);
  }

  // Network questions (network-answers.ts): one statement each.

  shortestPaths(query: ShortestPathQuery, options?: CallOptions): Promise<GraphPath[]> {
    const read = (text: string, params: Record<string, unknown>) =>
      this.read(text, params, options);
    return neo4jShortestPaths(read, this.cypher, query);
  }

  neighbourhood(query: NeighbourhoodQuery, options?: CallOptions): Promise<Neighbourhood> {
    const read = (text: string, params: Record<string, unknown>) =>
      this.read(text, params, options);
    return neo4jNeighbourhood(read, this.cypher, query);
  }

  aggregate(query: AggregateQuery, options?: CallOptions): Promise<AggregateBucket[]> {
    const read = (text: string, params: Record<string, unknown>) =>
      this.read(text, params, options);
    return neo4jAggregate(read, this.cypher, query);
  }

  async counts(options?: CallOptions): Promise<GraphCounts> {
    const records = await this.read(this.cypher.statements.counts, {}, options);
    const rows = records
      .map((record) => ({
        kind: record.get('kind') as string,
        type: record.get('type') as string,
        count: record.get('count') as number,
      }))
      .filter((row) => row.count > 0)
      .sort((a, b) => compareKeys(a.type, b.type));
    const byKind = (kind: string) =>
      Object.fromEntries(
        rows.filter((row) => row.kind === kind).map((row) => [row.type, row.count]),
      );
    return { nodesByType: byKind('node'), relationshipsByType: byKind('relationship') };
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: 'neo4j', reason: 'the store is closed' };
    try {
      const [record] = await this.read(this.cypher.statements.health);
      return {
        ok: true,
        store: 'neo4j',
        nodes: record.get('nodes'),
        relationships: record.get('relationships'),
      };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      return { ok: false, store: 'neo4j', reason: describeError(cause) };
    }
  }

  async upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void> {
    for (const node of data.nodes) {
      if (!isNodeType(node.type))
        throw badInput(`Node ${node.key} has an unknown type "${node.type}".`, { key: node.key });
    }
    const edgesByType = new Map<RelationshipType, GraphEdge[]>();
    for (const edge of data.edges) {
      if (!isRelationshipType(edge.type)) {
        throw badInput(`Relationship ${edge.key} has an unknown type "${edge.type}".`, {
          key: edge.key,
        });
      }
      let list = edgesByType.get(edge.type);
      if (!list) edgesByType.set(edge.type, (list = []));
      list.push(edge);
    }
    const total = data.nodes.length + data.edges.length;
    let done = 0;
    // Every node before any relationship: a relationship batch needs both endpoints.
    await inParallel(chunks(data.nodes, this.batchSize), this.writeConcurrency, async (batch) => {
      const rows = batch.map(toNodeRow);
      await this.write(
        async (tx) => void (await tx.run(this.cypher.statements.upsertNodes, { rows })),
      );
      onProgress?.((done += batch.length), total);
    });
    const edgeBatches = function* (): Generator<[RelationshipType, GraphEdge[]]> {
      for (const [type, edges] of edgesByType)
        for (const batch of chunks(edges, size)) yield [type, batch];
    };
    const size = this.batchSize;
    await inParallel(edgeBatches(), this.writeConcurrency, async ([type, batch]) => {
      const statement = this.cypher.upsertEdgesFor(type);
      const rows = batch.map(toEdgeRow);
      await this.write(async (tx) => {
        const [record] = (await tx.run(statement, { rows })).records;
        const written: number = record.get('written');
        // A row whose endpoint is missing is dropped by MATCH: refuse the batch (it rolls back).
        if (written !== rows.length) {
          const keys = unique(rows.flatMap((row) => [row.from, row.to]));
          const [missing] = (await tx.run(this.cypher.statements.missingNodes, { keys })).records;
          const missingKeys: string[] = missing.get('missing');
          throw badInput(
            `Cannot write ${type} relationships: no node has the key ${missingKeys.slice(0, 10).join(', ')}` +
              (missingKeys.length > 10 ? ` … (${missingKeys.length} keys)` : '.'),
            { missing: missingKeys.slice(0, 100) },
          );
        }
      });
      onProgress?.((done += batch.length), total);
    });
    if (total === 0) onProgress?.(0, 0);
  }

  async applyChange(request: ChangeRequest, options?: CallOptions): Promise<ChangeRecord> {
    throwIfAborted(options);
    for (const node of request.changes.putNodes) {
      if (!isNodeType(node.type))
        throw badInput(`Node ${node.key} has an unknown type "${node.type}".`, { key: node.key });
    }
    for (const edge of request.changes.putEdges) {
      if (!isRelationshipType(edge.type))
        throw badInput(`Relationship ${edge.key} has an unknown type "${edge.type}".`, {
          key: edge.key,
        });
    }
    let record: ChangeRecord | undefined;
    // One transaction: the checks, the writes and the log entry commit together or not at all.
    await this.write(async (tx) => {
      const lookup = keysToCheck(request);
      const nodes = new Map<string, GraphNode>();
      const edges = new Map<string, GraphEdge>();
      if (lookup.nodes.length > 0) {
        const result = await tx.run(this.cypher.statements.getNodes, {
          query: { keys: lookup.nodes },
        });
        for (const r of result.records)
          nodes.set(r.get('key'), fromNodeProperties(r.get('properties')));
      }
      if (lookup.edges.length > 0) {
        const result = await tx.run(this.cypher.statements.getRelationships, {
          query: { keys: lookup.edges },
        });
        for (const r of result.records) edges.set(r.get('key'), edgeFromRecord(r));
      }
      checkChange(request, { node: (k) => nodes.has(k), edge: (k) => edges.has(k) });

      const { changes } = request;
      const before = { nodes: new Map<string, GraphNode>(), edges: new Map<string, GraphEdge>() };
      for (const key of [...changes.deleteNodes, ...changes.putNodes.map((n) => n.key)]) {
        const node = nodes.get(key);
        if (node) before.nodes.set(key, node);
      }
      if (changes.deleteNodes.length > 0) {
        const result = await tx.run(this.cypher.statements.attachedEdges, {
          query: { keys: changes.deleteNodes },
        });
        for (const r of result.records) before.edges.set(r.get('key'), edgeFromRecord(r));
      }
      for (const key of [...changes.deleteEdges, ...changes.putEdges.map((e) => e.key)]) {
        const edge = edges.get(key);
        if (edge) before.edges.set(key, edge);
      }

      // Deleted relationships, and those that move to other endpoints (MERGE would clash on the key).
      const moved = changes.putEdges.filter((edge) => {
        const old = edges.get(edge.key);
        return old !== undefined && (old.from !== edge.from || old.to !== edge.to);
      });
      const dropRows = [
        ...changes.deleteEdges.flatMap((key) => {
          const old = edges.get(key);
          return old ? [{ key, from: old.from }] : [];
        }),
        ...moved.map((edge) => ({ key: edge.key, from: edges.get(edge.key)!.from })),
      ];
      if (dropRows.length > 0) await tx.run(this.cypher.statements.deleteEdges, { rows: dropRows });
      if (changes.deleteNodes.length > 0)
        await tx.run(this.cypher.statements.deleteNodes, { keys: changes.deleteNodes });
      if (changes.putNodes.length > 0)
        await tx.run(this.cypher.statements.upsertNodes, { rows: changes.putNodes.map(toNodeRow) });
      for (const [type, group] of groupByType(changes.putEdges))
        await tx.run(this.cypher.upsertEdgesFor(type), { rows: group.map(toEdgeRow) });

      const draft: ChangeRecord = {
        ...request,
        conditions: request.conditions ?? {},
        seq: 0,
        at: new Date().toISOString(),
        before: {
          nodes: [...before.nodes.values()].sort((a, b) => compareKeys(a.key, b.key)),
          edges: [...before.edges.values()].sort((a, b) => compareKeys(a.key, b.key)),
        },
      };
      const { seq: _unset, at, by, operation, ...rest } = draft;
      const [logged] = (
        await tx.run(this.cypher.statements.recordChange, {
          change: { at, by, operation, touches: touchedKeys(draft), payload: JSON.stringify(rest) },
        })
      ).records;
      record = { ...draft, seq: logged.get('seq') };
    }, options);
    return record!;
  }

  async listChanges(
    query: ChangeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<ChangeRecord>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const [result] = await this.read(
      this.cypher.statements.listChanges,
      {
        since: query.since ?? null,
        by: query.by ?? null,
        touching: query.touching ?? null,
        afterSeq: neo4j.int(after === undefined ? 0 : Number.parseInt(after.key, 10)),
        first: neo4j.int(page.first),
      },
      options,
    );
    const records = (result.get('page') as StoredChange[]).map((stored): ChangeRecord => ({
      ...(JSON.parse(stored.payload) as Omit<ChangeRecord, 'seq' | 'at' | 'by' | 'operation'>),
      seq: stored.seq,
      at: stored.at,
      by: stored.by,
      operation: stored.operation,
    }));
    return toPage(
      records,
      changePosition,
      result.get('totalCount'),
      result.get('skipped'),
      page.first,
    );
  }

  /** Deletes every node and relationship (constraints and indexes stay). For tests and fresh loads. */
  async clearAll(): Promise<void> {
    const session = this.session('WRITE');
    try {
      // CALL … IN TRANSACTIONS commits its own batches: only an auto-commit query may run it.
      await session.run(this.cypher.statements.clearAll);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  /**
   * After a bulk import (bulk-import.ts): gives nodes and relationships the empty `aliases` and
   * `propKeys` lists that upsert writes and the CSV importer cannot. Changes nothing elsewhere.
   */
  async restoreEmptyLists(): Promise<void> {
    for (const statement of [
      this.cypher.statements.emptyNodeLists,
      this.cypher.statements.emptyRelationshipLists,
    ]) {
      const session = this.session('WRITE');
      try {
        // CALL … IN TRANSACTIONS: an auto-commit query, like clearAll.
        await session.run(statement);
      } catch (error) {
        throw toStoreError(error);
      } finally {
        await closeQuietly(session);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      bookmarkManager: this.bookmarks,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * Runs one read statement in one managed transaction: one round trip. Its inputs go as one map
   * parameter, `$query`: Neo4j caches plans per parameter type and size, and would replan a
   * statement (≈0.6 s for find-nodes) for every new length of a string or list parameter.
   */
  private async read(
    statement: string,
    query: Record<string, unknown> = {},
    options?: CallOptions,
  ): Promise<Neo4jRecord[]> {
    const session = this.session('READ');
    return withDeadline(session, options, () =>
      session.executeRead(
        async (tx) => (await tx.run(statement, { query })).records,
        transactionConfig(options),
      ),
    );
  }

  private async write(
    work: (tx: ManagedTransaction) => Promise<void>,
    options?: CallOptions,
  ): Promise<void> {
    const session = this.session('WRITE');
    await withDeadline(session, options, () =>
      session.executeWrite(work, transactionConfig(options)),
    );
  }
}

interface StoredChange {
  seq: number;
  at: string;
  by: string;
  operation: string;
  payload: string;
}

function edgeFromRecord(record: Neo4jRecord): GraphEdge {
  return fromEdgeProperties(
    record.get('type'),
    record.get('from'),
    record.get('to'),
    record.get('properties'),
  );
}

function groupByType(edges: readonly GraphEdge[]): Map<RelationshipType, GraphEdge[]> {
  const groups = new Map<RelationshipType, GraphEdge[]>();
  for (const edge of edges) {
    let list = groups.get(edge.type);
    if (!list) groups.set(edge.type, (list = []));
    list.push(edge);
  }
  return groups;
}

interface RawEdgeView {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  otherKey: string;
  properties: StoredProperties;
}

/** A relationship as get-edges / get-edge-pages return it, seen from the node `key`. */
function toEdgeView(key: string, view: RawEdgeView): EdgeView {
  const [from, to] = view.direction === 'OUT' ? [key, view.otherKey] : [view.otherKey, key];
  return {
    edge: fromEdgeProperties(view.type, from, to, view.properties),
    otherKey: view.otherKey,
    direction: view.direction,
  };
}

/** A Page as paginate() builds it, from the page's items and the counts the query returned. */
function toPage<T>(
  values: T[],
  positionOf: (value: T) => Position,
  totalCount: number,
  skipped: number,
  first: number,
): Page<T> {
  return {
    items: values.map((value) => ({ cursor: encodeCursor(positionOf(value)), value })),
    totalCount,
    hasNextPage: skipped + first < totalCount,
    hasPreviousPage: skipped > 0,
  };
}

/** The transaction's timeout: the time the request has left, enforced by Neo4j itself. */
function transactionConfig(options: CallOptions | undefined): { timeout?: number } {
  const left = timeLeft(options);
  return left === undefined ? {} : { timeout: left };
}

/**
 * Runs one transaction of `session` and closes the session after it. When the call's signal
 * aborts first, the session is closed at once (the driver resets the connection, which stops the
 * query in Neo4j) and the call rejects with the signal's reason.
 */
async function withDeadline<T>(
  session: Session,
  options: CallOptions | undefined,
  run: () => Promise<T>,
): Promise<T> {
  const signal = options?.signal;
  const onAbort = () => void closeQuietly(session);
  try {
    throwIfAborted(options);
    signal?.addEventListener('abort', onAbort, { once: true });
    return await run();
  } catch (error) {
    if (signal?.aborted) throw signal.reason as Error;
    throw toStoreError(error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await closeQuietly(session);
  }
}

async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    // The error that matters is the one the transaction threw.
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Runs `work` on each item with at most `limit` in flight; the first failure stops new work and is thrown. */
async function inParallel<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const worker = async () => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await work(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

function* chunks<T>(values: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
