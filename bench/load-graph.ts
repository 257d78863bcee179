/**
 * Loading a scale's graph into the emptied Neo4j — by the bulk initial load (neo4j-admin import)
 * or through the seed path's transactions — and the top-up: every record upserted again.
 */
import type { GraphData } from '../src/domain/graph-records.js';
import { bulkLoad } from '../src/store/neo4j/bulk-import.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../src/store/neo4j/neo4j-store.js';
import type { BenchOptions, ScaleResult } from './bench-types.js';

export interface Batching {
  batchSize: number;
  writeConcurrency: number;
}

/** The store's configuration for loading: the target, its batching, patient retries. */
export function loadConfig(options: BenchOptions): Neo4jStoreConfig {
  return {
    ...options.neo4j,
    batchSize: options.batchSize,
    writeConcurrency: options.writeConcurrency,
    maxTransactionRetryTimeMs: 60_000,
  };
}

/**
 * Loads `data` into an emptied database; undefined when the database already holds this graph's
 * counts and `reuseLoaded` allows keeping it.
 */
export async function loadGraph(
  data: GraphData,
  options: BenchOptions,
): Promise<ScaleResult['load']> {
  const batching: Batching = {
    batchSize: options.batchSize,
    writeConcurrency: options.writeConcurrency,
  };
  const method = options.load ?? 'transactional';
  let load: ScaleResult['load'];
  const store = await Neo4jStore.connect(loadConfig(options));
  let reuse: boolean;
  try {
    const health = await store.health();
    reuse =
      options.reuseLoaded === true &&
      health.nodes === data.nodes.length &&
      health.relationships === data.edges.length;
    if (!reuse && method === 'transactional') {
      // The seed path: the store's batched, idempotent upsert into an emptied database.
      await store.clearAll();
      const started = performance.now();
      await store.upsert(data);
      const seconds = (performance.now() - started) / 1000;
      load = { method, seconds, relationshipsPerSecond: data.edges.length / seconds, ...batching };
    }
  } finally {
    await store.close();
  }
  if (!reuse && method === 'bulk') {
    // The bulk initial load: CSV files, stop, neo4j-admin import, start, schema; the database is replaced.
    const bulk = await bulkLoad(data, {
      neo4j: options.neo4j,
      homeDir: options.neo4jHome,
      overwrite: true,
    });
    load = {
      method,
      seconds: bulk.totalSeconds,
      relationshipsPerSecond: data.edges.length / bulk.totalSeconds,
      bulk,
      ...batching,
    };
  }
  return load;
}

/** Every record upserted again through the seed path; it must add nothing (idempotence). */
export async function measureTopUp(
  data: GraphData,
  config: Neo4jStoreConfig,
  batching: Batching,
): Promise<NonNullable<ScaleResult['topUp']>> {
  const store = await Neo4jStore.connect(config);
  try {
    const before = await store.health();
    const started = performance.now();
    await store.upsert(data);
    const seconds = (performance.now() - started) / 1000;
    const after = await store.health();
    if (after.nodes !== before.nodes || after.relationships !== before.relationships)
      throw new Error(
        `The top-up changed the counts (${before.nodes}/${before.relationships} → ${after.nodes}/${after.relationships}): the seed path is not idempotent.`,
      );
    return { seconds, relationshipsPerSecond: data.edges.length / seconds, ...batching };
  } finally {
    await store.close();
  }
}

/**
 * The partnership index rebuilt from scratch (`diplomap index`, the last step of every load), so
 * that the questions are answered as a loaded server answers them.
 */
export async function buildIndex(
  config: Neo4jStoreConfig,
  actors: number,
): Promise<NonNullable<ScaleResult['index']>> {
  const store = await Neo4jStore.connect(config);
  try {
    const started = performance.now();
    if (!(await store.rebuildPartnershipIndex()))
      throw new Error('Another rebuild of the partnership index took over during the benchmark.');
    const seconds = (performance.now() - started) / 1000;
    return { seconds, actorsPerSecond: actors / seconds };
  } finally {
    await store.close();
  }
}

/** Whether the database's partnership index is complete (built, and nothing loaded since). */
export async function indexComplete(config: Neo4jStoreConfig): Promise<boolean> {
  const store = await Neo4jStore.connect(config);
  try {
    return await store.partnershipIndexComplete();
  } finally {
    await store.close();
  }
}
