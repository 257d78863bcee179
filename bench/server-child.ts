/**
 * One benchmarked server, in its own process so its memory is its own and the load generator does
 * not share its event loop: Diplomap on Neo4j, Diplomap on the embedded store (it generates the
 * same graph itself, from the same seed), or the Neo4j GraphQL Library under Apollo Server.
 * Listens on 127.0.0.1 (any free port), reports its URL, then answers `stats` and `reset`
 * messages from the parent (round trips, peak RSS and heap).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { generateGraph } from '../src/ingest/generate/generate-graph.js';
import { loadSeeds } from '../src/ingest/seed/load-seeds.js';
import { readConfig } from '../src/config/config.js';
import { repoPath } from '../src/runtime/repo-root.js';
import { createServer } from '../src/server/create-server.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { countingDriver, countingStore, type Counter } from './counting.js';

export type ServerMode = 'diplomap-neo4j' | 'diplomap-memory' | 'peer';

export interface ChildRequest {
  mode: ServerMode;
  neo4j: { uri: string; username: string; password: string; database: string };
  actors: number;
  seed: number;
  /** MAX_QUERY_COST of the server under test; the server's default when absent. */
  maxQueryCost?: number;
}

export type ChildMessage =
  | {
      type: 'ready';
      url: string;
      startMs: number;
      indexMs?: number;
      heapUsed: number;
      rss: number;
    }
  | {
      type: 'stats';
      roundTrips: number;
      byMethod?: Record<string, { calls: number; ms: number }>;
      peakRss: number;
      peakHeapUsed: number;
    }
  | { type: 'error'; message: string };

const counter: Counter = { count: 0 };
let peakRss = 0;
let peakHeapUsed = 0;
function sample() {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeapUsed = Math.max(peakHeapUsed, m.heapUsed);
}

async function start(
  request: ChildRequest,
): Promise<{ url: string; startMs: number; indexMs?: number }> {
  if (request.mode === 'peer') return startPeer(request);
  let store: GraphStore;
  let startMs: number;
  let indexMs: number | undefined;
  if (request.mode === 'diplomap-memory') {
    const { data } = generateGraph(await loadSeeds(), request);
    const t0 = performance.now();
    store = await MemoryStore.fromData(data);
    startMs = performance.now() - t0;
    // The partnership index builds after the store opens, and a partner question waits for it:
    // measured here, so that the first measured question does not (it would run past its limit).
    const t1 = performance.now();
    await store.findPartners({}, { first: 0 });
    indexMs = performance.now() - t1;
  } else {
    const t0 = performance.now();
    store = await Neo4jStore.connect({ ...request.neo4j, connectionAcquisitionTimeoutMs: 60_000 });
    startMs = performance.now() - t0;
  }
  // The comparison measures the work of answering: repeated questions would otherwise come from
  // the answer cache (measured on its own by `--seeded`, seeded-load.ts).
  const server = await createServer(
    countingStore(store, counter),
    readConfig(
      request.maxQueryCost === undefined ? {} : { MAX_QUERY_COST: String(request.maxQueryCost) },
    ).limits,
    undefined,
    undefined,
    { answerCache: { maxKiB: 0 } },
  );
  return { url: await server.listen('127.0.0.1', 0), startMs, ...(indexMs ? { indexMs } : {}) };
}

async function startPeer(request: ChildRequest): Promise<{ url: string; startMs: number }> {
  const t0 = performance.now();
  const [{ Neo4jGraphQL }, { ApolloServer }, { startStandaloneServer }, neo4j] = await Promise.all([
    import('@neo4j/graphql'),
    import('@apollo/server'),
    import('@apollo/server/standalone'),
    import('neo4j-driver'),
  ]);
  const driver = neo4j.default.driver(
    request.neo4j.uri,
    neo4j.default.auth.basic(request.neo4j.username, request.neo4j.password),
    { userAgent: 'diplomap-bench-peer' },
  );
  const typeDefs = readFileSync(repoPath('bench/peer/type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({
    typeDefs,
    driver: countingDriver(driver, counter),
  }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
  return { url: url.replace(/\/$/, ''), startMs: performance.now() - t0 };
}

function send(message: ChildMessage) {
  process.send?.(message);
}

process.on('message', (message: { type: string } & Partial<ChildRequest>) => {
  if (message.type === 'start') {
    start(message as ChildRequest).then(
      ({ url, startMs, indexMs }) => {
        sample();
        const m = process.memoryUsage();
        send({ type: 'ready', url, startMs, indexMs, heapUsed: m.heapUsed, rss: m.rss });
        setInterval(sample, 100).unref();
      },
      (error: unknown) => {
        send({
          type: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
        process.exit(1);
      },
    );
  } else if (message.type === 'stats') {
    sample();
    send({
      type: 'stats',
      roundTrips: counter.count,
      byMethod: counter.byMethod,
      peakRss,
      peakHeapUsed,
    });
  } else if (message.type === 'reset') {
    counter.count = 0;
    counter.byMethod = {};
    const m = process.memoryUsage();
    peakRss = m.rss;
    peakHeapUsed = m.heapUsed;
    send({ type: 'stats', roundTrips: 0, peakRss, peakHeapUsed });
  }
});
process.on('disconnect', () => process.exit(0));
