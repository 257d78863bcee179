/**
 * `npm run bench`: at each scale, generate the synthetic graph, load it into an emptied Neo4j
 * (by default with the bulk initial load, neo4j-admin import, rel/s), start the runners on the same
 * warm Neo4j, check every runner gives the same answers, then measure latency (concurrency 1),
 * throughput (concurrency 32), round trips and server memory per question; last, the seed path's
 * rate as a top-up (every record upserted again: `diplomap seed` on a loaded database). Writes
 * each scale's run to bench/RESULTS.md as the current one, moving the previous run at that scale to
 * bench/history/ (bench/results-file.ts).
 *
 *   npm run bench -- --scales 10000,100000 [--seed 1] [--latency-ms 10000] [--throughput-ms 10000]
 *                    [--load bulk|transactional] [--no-top-up]
 *                    [--batch-size 20000] [--write-concurrency 2] [--memory-max-actors 200000]
 *                    [--results bench/RESULTS.md] [--no-write]
 * Neo4j: NEO4J_URI (default bolt://127.0.0.1:$NEO4J_PORT), NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE; for the bulk load, NEO4J_HOME_DIR, the home of that server as
 * scripts/neo4j/neo4j.sh runs it (it is stopped and started again). Its database is replaced: point
 * it at a benchmark server.
 */
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateGraph, type Landmarks } from '../src/ingest/generate/generate-graph.js';
import { loadSeeds } from '../src/ingest/seed/load-seeds.js';
import { bulkLoad, type BulkLoadReport } from '../src/store/neo4j/bulk-import.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../src/store/neo4j/neo4j-store.js';
import type { GraphData } from '../src/domain/graph-records.js';
import { seededLoadMain } from './seeded-load.js';
import { mixedLoadMain } from './mixed-load.js';
import { measureLatency, measureThroughput, type Latency, type Throughput } from './measure.js';
import { questions, type QuestionName } from './questions.js';
import { describeMachine, formatScale, type Machine } from './report.js';
import { writeRun } from './results-file.js';
import {
  HttpRunner,
  RawCypherRunner,
  type Neo4jTarget,
  type Runner,
  type RunnerId,
} from './runners.js';

export interface BenchOptions {
  scales: number[];
  seed: number;
  neo4j: Neo4jTarget;
  latencyMs: number;
  latencyMaxSamples: number;
  warmup: number;
  throughputMs: number;
  /** Throughput is skipped when p50 × concurrency exceeds this. */
  maxBacklogMs: number;
  concurrency: number;
  batchSize: number;
  writeConcurrency: number;
  /**
   * How the emptied database is loaded: `bulk` (neo4j-admin import, default from the command
   * line; needs the server's home, `neo4jHome`) or `transactional` (clearAll + Neo4jStore.upsert).
   */
  load?: 'bulk' | 'transactional';
  /** The home folder of the Neo4j at `neo4j.uri` (NEO4J_HOME_DIR of scripts/neo4j/neo4j.sh). */
  neo4jHome?: string;
  /** After the questions, upsert every record again through the seed path and report its rate. */
  topUp?: boolean;
  memoryMaxActors: number;
  /** Keep the database when it already holds exactly this graph's node and relationship counts. */
  reuseLoaded?: boolean;
  serverHeapMb: number;
  log?: (line: string) => void;
}

export interface Measurement {
  runner: RunnerId;
  label: string;
  latency: Latency;
  /** Absent when it was skipped: see `skipped`. */
  throughput?: Throughput;
  skipped?: string;
  roundTripsPerRequest: number;
  /** Diplomap: per GraphStore method, calls and milliseconds per request at concurrency 1. */
  storeCalls?: Record<string, { calls: number; ms: number }>;
  peakRssMb?: number;
  peakHeapMb?: number;
}

export interface QuestionResult {
  name: QuestionName;
  title: string;
  depth: number;
  /** Per runner: whether its answer equals raw Cypher's (the reference). */
  agrees: Partial<Record<RunnerId, boolean>>;
  answers: Partial<Record<RunnerId, unknown>>;
  measurements: Measurement[];
}

export interface ScaleResult {
  actors: number;
  seed: number;
  nodes: number;
  relationships: number;
  landmarks: Landmarks;
  generateMs: number;
  /** Absent when an already loaded database was reused (--reuse-loaded). */
  load?: {
    method: 'bulk' | 'transactional';
    /** The whole load: for bulk, from the graph in memory to a Neo4j that answers with its indexes online. */
    seconds: number;
    relationshipsPerSecond: number;
    /** bulk: the phases (neo4j-admin import alone, stop/start, schema, …). */
    bulk?: BulkLoadReport;
    batchSize: number;
    writeConcurrency: number;
  };
  /** The seed path on the loaded database: every record upserted again (`diplomap seed` top-up). */
  topUp?: {
    seconds: number;
    relationshipsPerSecond: number;
    batchSize: number;
    writeConcurrency: number;
  };
  embedded?: { startMs: number; heapMb: number; rssMb: number };
  questions: QuestionResult[];
}

const MB = 1024 * 1024;

export async function runScale(actors: number, options: BenchOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => {});
  const batching = { batchSize: options.batchSize, writeConcurrency: options.writeConcurrency };
  const t0 = performance.now();
  const { data, landmarks } = generateGraph(await loadSeeds(), { actors, seed: options.seed });
  const generateMs = performance.now() - t0;
  log(
    `${actors} actors: ${data.nodes.length} nodes, ${data.edges.length} relationships (${generateMs.toFixed(0)} ms)`,
  );

  const storeConfig = {
    ...options.neo4j,
    batchSize: options.batchSize,
    writeConcurrency: options.writeConcurrency,
    maxTransactionRetryTimeMs: 60_000,
  };
  const method = options.load ?? 'transactional';
  let load: ScaleResult['load'];
  const store = await Neo4jStore.connect(storeConfig);
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
  log(
    load
      ? `  loaded (${load.method}) in ${load.seconds.toFixed(1)} s (${Math.round(load.relationshipsPerSecond)} rel/s${load.bulk ? `; neo4j-admin import ${load.bulk.importSeconds.toFixed(1)} s, ${load.bulk.importRelationshipsPerSecond} rel/s` : ''})`
      : '  reused the database: it holds this graph already (--reuse-loaded)',
  );

  const request = { neo4j: options.neo4j, actors, seed: options.seed };
  const heap = { maxOldSpaceMb: options.serverHeapMb };
  const runners: Runner[] = [];
  try {
    runners.push(new RawCypherRunner(options.neo4j));
    runners.push(
      await HttpRunner.start('diplomap', 'Diplomap (Neo4j)', 'diplomap-neo4j', request, heap),
    );
    runners.push(await HttpRunner.start('peer', '@neo4j/graphql', 'peer', request, heap));
    let embedded: ScaleResult['embedded'];
    if (actors <= options.memoryMaxActors) {
      const memory = await HttpRunner.start(
        'memory',
        'Diplomap (embedded)',
        'diplomap-memory',
        request,
        heap,
      );
      runners.push(memory);
      embedded = {
        startMs: memory.startMs ?? NaN,
        heapMb: (memory.heapAtStart ?? NaN) / MB,
        rssMb: (memory.rssAtStart ?? NaN) / MB,
      };
      log(
        `  embedded store built in ${embedded.startMs.toFixed(0)} ms, heap ${embedded.heapMb.toFixed(0)} MB`,
      );
    }
    const results: QuestionResult[] = [];
    for (const question of questions(landmarks)) {
      // Answers first: every runner must say what raw Cypher says before anything is timed.
      const answers: QuestionResult['answers'] = {};
      const agrees: QuestionResult['agrees'] = {};
      for (const runner of runners) answers[runner.id] = await runner.ask(question);
      for (const runner of runners)
        agrees[runner.id] = isDeepStrictEqual(answers[runner.id], answers.raw);
      const measurements: Measurement[] = [];
      for (const runner of runners) {
        await runner.reset();
        const ask = () => runner.ask(question);
        const latency = await measureLatency(ask, {
          warmup: options.warmup,
          maxSamples: options.latencyMaxSamples,
          maxMs: options.latencyMs,
        });
        const latencyStats = await runner.stats();
        const requests = latency.samples + latency.warmups;
        const trips = latencyStats.roundTrips / requests;
        const storeCalls = latencyStats.byMethod
          ? Object.fromEntries(
              Object.entries(latencyStats.byMethod).map(([method, { calls, ms }]) => [
                method,
                { calls: calls / requests, ms: ms / requests },
              ]),
            )
          : undefined;
        await runner.reset();
        // Requests still in flight when the time is up must finish: when `concurrency` answers at
        // the measured p50 would take far longer than the window, the window would not bound the
        // run (a single-threaded embedded store answers them one after the other).
        const backlogMs = latency.p50 * options.concurrency;
        const skip = backlogMs > options.maxBacklogMs;
        const throughput = skip
          ? undefined
          : await measureThroughput(ask, {
              concurrency: options.concurrency,
              ms: options.throughputMs,
            });
        const stats = await runner.stats();
        measurements.push({
          runner: runner.id,
          label: runner.label,
          latency,
          ...(throughput
            ? { throughput }
            : {
                skipped: `p50 ${(latency.p50 / 1000).toFixed(1)} s × ${options.concurrency} in flight > ${options.maxBacklogMs / 1000} s`,
              }),
          roundTripsPerRequest: trips,
          ...(storeCalls ? { storeCalls } : {}),
          ...(stats.peakRss === undefined ? {} : { peakRssMb: stats.peakRss / MB }),
          ...(stats.peakHeapUsed === undefined ? {} : { peakHeapMb: stats.peakHeapUsed / MB }),
        });
        log(
          `  ${question.name} ${runner.label}: p50 ${latency.p50.toFixed(1)} ms, ${throughput ? throughput.perSecond.toFixed(1) : 'skipped'} req/s, ${trips.toFixed(1)} trips${agrees[runner.id] ? '' : ' — ANSWER DIFFERS'}`,
        );
      }
      results.push({
        name: question.name,
        title: question.title,
        depth: question.depth,
        agrees,
        answers,
        measurements,
      });
    }
    for (const runner of runners.splice(0)) await runner.close();
    const topUp = options.topUp ? await measureTopUp(data, storeConfig, batching) : undefined;
    if (topUp)
      log(
        `  top-up through the seed path: ${topUp.seconds.toFixed(1)} s (${Math.round(topUp.relationshipsPerSecond)} rel/s), nothing added`,
      );
    return {
      actors,
      seed: options.seed,
      nodes: data.nodes.length,
      relationships: data.edges.length,
      landmarks,
      generateMs,
      load,
      ...(topUp ? { topUp } : {}),
      ...(embedded ? { embedded } : {}),
      questions: results,
    };
  } finally {
    for (const runner of runners) await runner.close();
  }
}

/** Every record upserted again through the seed path; it must add nothing (idempotence). */
async function measureTopUp(
  data: GraphData,
  config: Neo4jStoreConfig,
  batching: { batchSize: number; writeConcurrency: number },
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

/** Runs every scale; `onScale` gets each as soon as it is done (a long run keeps what it measured). */
export async function runBench(
  options: BenchOptions,
  onScale: (scale: ScaleResult, machine: Machine) => Promise<void> = async () => {},
): Promise<ScaleResult[]> {
  const scales: ScaleResult[] = [];
  for (const actors of options.scales) {
    const machine = await describeMachine(options.neo4j);
    const scale = await runScale(actors, options);
    scales.push(scale);
    await onScale(scale, machine);
  }
  return scales;
}

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const USAGE = `Usage: npm run bench -- [options]

At each scale: generate the synthetic graph, load it into an emptied Neo4j, check that every runner
gives the same answers, measure latency, throughput, round trips and memory, then the seed path's
rate as a top-up; write each scale's run to bench/RESULTS.md as the current one (the run it
replaces moves to bench/history/). Neo4j's database is REPLACED: point it at a
benchmark server (docs/operations.md, "Benchmarks").

Options:
  --scales N[,N…]          actors per scale (default 10000)
  --seed S                 generator seed (default 1)
  --latency-ms MS          latency phase per question and runner (default 10000)
  --latency-samples N      at most N latency samples (default 200)
  --warmup N               warm-up requests (default 5)
  --throughput-ms MS       throughput phase per question and runner (default 10000)
  --concurrency N          requests in flight for throughput (default 32)
  --max-backlog-ms MS      skip throughput when p50 × concurrency exceeds it (default 30000)
  --load bulk|transactional  first load: neo4j-admin import (default; stops and restarts the
                           server) or the seed path's transactions
  --no-top-up              skip measuring the seed path on the loaded database
  --batch-size N           load batch size (default 20000)
  --write-concurrency N    load transactions in flight (default 2)
  --memory-max-actors N    largest scale for the embedded runner (default 200000)
  --server-heap-mb MB      heap of each server under test (default 8192)
  --reuse-loaded           skip the load when Neo4j already holds as many nodes and relationships
  --results FILE           the results file (default bench/RESULTS.md; history/ beside it)
  --no-write               print only
  --abuse                  instead: the mixed-load benchmark on the embedded store (mixed-load.ts):
                           8 heavy clients and a cheap one; --abuse-seconds S (default 60),
                           --heavy-clients N (default 8)
  --seeded                 instead: the headline query at concurrency 32 on the seeded graph
                           beside a trivial lookup, answer cache on and off (seeded-load.ts);
                           --seeded-seconds S (default 15)
  --help                   this text

Environment: NEO4J_URI (default bolt://127.0.0.1:$NEO4J_PORT, port 7687; loopback only),
NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; for the bulk load, NEO4J_HOME_DIR, the server's
home as scripts/neo4j/neo4j.sh runs it.
`;

function loadMethod(value: string): 'bulk' | 'transactional' {
  if (value !== 'bulk' && value !== 'transactional')
    throw new Error(`--load must be bulk or transactional, not ${value}.`);
  return value;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  // The mixed-load benchmark: the embedded store only, no Neo4j (mixed-load.ts).
  if (process.argv.includes('--abuse')) return mixedLoadMain(argument);
  // The headline on the seeded graph, answer cache on and off (seeded-load.ts).
  if (process.argv.includes('--seeded')) return seededLoadMain(argument);
  const number = (name: string, fallback: number) =>
    Number(argument(name, String(fallback)).replaceAll('_', ''));
  const port = process.env.NEO4J_PORT ?? '7687';
  const options: BenchOptions = {
    scales: argument('scales', '10000')
      .split(',')
      .map((s) => Number(s.replaceAll('_', ''))),
    seed: number('seed', 1),
    neo4j: {
      uri: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${port}`,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'diplomap-test',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    },
    latencyMs: number('latency-ms', 10_000),
    latencyMaxSamples: number('latency-samples', 200),
    warmup: number('warmup', 5),
    throughputMs: number('throughput-ms', 10_000),
    maxBacklogMs: number('max-backlog-ms', 30_000),
    concurrency: number('concurrency', 32),
    batchSize: number('batch-size', 20_000),
    writeConcurrency: number('write-concurrency', 2),
    load: loadMethod(argument('load', 'bulk')),
    ...(process.env.NEO4J_HOME_DIR ? { neo4jHome: process.env.NEO4J_HOME_DIR } : {}),
    topUp: !process.argv.includes('--no-top-up'),
    memoryMaxActors: number('memory-max-actors', 200_000),
    reuseLoaded: process.argv.includes('--reuse-loaded'),
    serverHeapMb: number('server-heap-mb', 8192),
    log: (line) => process.stderr.write(`${line}\n`),
  };
  if (!/^(bolt|neo4j):\/\/(127\.0\.0\.1|localhost)(:|$)/.test(options.neo4j.uri))
    throw new Error(
      `The benchmark only targets a Neo4j on loopback; NEO4J_URI is ${options.neo4j.uri}.`,
    );
  const path = argument('results', repoPath('bench/RESULTS.md'));
  await runBench(options, async (scale, machine) => {
    const text = formatScale(scale, machine, options);
    process.stdout.write(text);
    if (!process.argv.includes('--no-write')) {
      const written = writeRun(path, { actors: scale.actors, text });
      process.stderr.write(
        `Wrote the current run at ${scale.actors} actors to ${written.results}` +
          (written.archived ? `; the run it replaced is now ${written.archived}\n` : '\n'),
      );
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
