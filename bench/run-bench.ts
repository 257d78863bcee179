/**
 * `npm run bench`: at each scale, generate the synthetic graph, load it into an emptied Neo4j
 * (by default with the bulk initial load, neo4j-admin import, rel/s), start the runners on the same
 * warm Neo4j, check every runner gives the same answers, then measure latency (concurrency 1),
 * throughput (concurrency 32), round trips and server memory per question; last, the seed path's
 * rate as a top-up (every record upserted again: `diplomap seed` on a loaded database). Writes
 * each scale's run to bench/RESULTS.md as the current one, moving the previous run at that scale to
 * bench/history/ (bench/results-file.ts). The scale itself is bench/run-scale.ts; this is its command.
 *
 *   npm run bench -- --scales 10000,100000 [--seed 1] [--latency-ms 10000] [--throughput-ms 10000]
 *                    [--load bulk|transactional] [--no-top-up]
 *                    [--batch-size 20000] [--write-concurrency 2] [--memory-max-actors 200000]
 *                    [--max-query-cost N] [--results bench/RESULTS.md] [--no-write]
 * Neo4j: NEO4J_URI (default bolt://127.0.0.1:$NEO4J_PORT), NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE; for the bulk load, NEO4J_HOME_DIR, the home of that server as
 * scripts/neo4j/neo4j.sh runs it (it is stopped and started again). Its database is replaced: point
 * it at a benchmark server.
 */
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { repoPath } from '../src/runtime/repo-root.js';
import type { BenchOptions } from './bench-types.js';
import { mixedLoadMain } from './mixed-load.js';
import { formatScale } from './report.js';
import { writeRun } from './results-file.js';
import { runBench } from './run-scale.js';
import { embeddedIndexMain } from './embedded-index.js';
import { seededLoadMain } from './seeded-load.js';

/** The value after `--name` on the command line, or `fallback`. */
function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
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
                           (and the index rebuild when its partnership index is complete)
  --max-query-cost N       MAX_QUERY_COST of Diplomap's servers (default: the server's, 200000;
                           at 1M actors it refuses the path and aggregate questions); at most
                           the anonymous budget, 2000000
  --results FILE           the results file (default bench/RESULTS.md; history/ beside it)
  --no-write               print only
  --abuse                  instead: the mixed-load benchmark on the embedded store (mixed-load.ts):
                           8 heavy clients and a cheap one; --abuse-seconds S (default 60),
                           --heavy-clients N (default 8)
  --seeded                 instead: the headline query at concurrency 32 on the seeded graph
                           beside a trivial lookup, answer cache on and off (seeded-load.ts);
                           --seeded-seconds S (default 15)
  --embedded-index         instead: the embedded store's partnership index on synthetic graphs:
                           load, index build, memory, headline latency (embedded-index.ts);
                           --index-actors N,M (default 10000,100000), --index-requests N (200)
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
  // The embedded store's partnership index: build and headline (embedded-index.ts).
  if (process.argv.includes('--embedded-index')) return embeddedIndexMain(argument);
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
    ...(process.argv.includes('--max-query-cost')
      ? { maxQueryCost: number('max-query-cost', 200_000) }
      : {}),
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
