/**
 * `npm run bench -- --embedded-index`: the embedded store's partnership index
 * (docs/partnership-index.md) on synthetic graphs — how long the store takes to load, how long
 * the index takes to build and how much memory both hold, then the headline question asked of
 * the store directly (no HTTP, no answer cache) one at a time. Appends a section to
 * bench/RESULTS.md.
 *
 *   npm run bench -- --embedded-index [--index-actors 10000,100000] [--index-requests 200]
 *                    [--no-write]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { generateGraph } from '../src/ingest/generate/generate-graph.js';
import { loadSeeds } from '../src/ingest/seed/load-seeds.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import { percentile } from './measure.js';
import { printAndAppend } from './mixed-load.js';

interface IndexRun {
  actors: number;
  nodes: number;
  relationships: number;
  loadMs: number;
  buildMs: number;
  rssMb: number;
  hits: number;
  p50: number;
  p95: number;
  p99: number;
}

async function runScale(actors: number, requests: number): Promise<IndexRun> {
  const { data, landmarks } = generateGraph(await loadSeeds(), { actors, seed: 1 });
  let t = performance.now();
  const store = await MemoryStore.fromData(data);
  const loadMs = performance.now() - t;
  t = performance.now();
  // The first partner question waits for the index the store started building when loaded.
  await store.findPartners({}, { first: 0 });
  const buildMs = performance.now() - t;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const query = { inRegion: landmarks.region, workingOn: landmarks.theme };
  const page = { first: 20 };
  const hits = (await store.findPartners(query, page)).totalCount;
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await store.findPartners(query, page);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  await store.close();
  return {
    actors,
    nodes: data.nodes.length,
    relationships: data.edges.length,
    loadMs,
    buildMs,
    rssMb,
    hits,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

function format(runs: IndexRun[], requests: number): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return [
    '',
    `## ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — embedded store, partnership index`,
    '',
    `- Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end.`,
    `- Method: the synthetic graph (seed 1) loaded into \`MemoryStore.fromData\`, the index built (the first partner question waits for it), then the headline \`findPartners(inRegion, workingOn, first: 20)\` asked of the store ${requests} times one after another (no HTTP, no answer cache); RSS of the whole process after the build. \`npm run bench -- --embedded-index\`.`,
    '',
    '| actors | nodes / relationships | store load | index build | RSS | headline hits | headline p50 / p95 / p99 (ms) |',
    '|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${n(r.actors)} | ${n(r.nodes)} / ${n(r.relationships)} | ${(r.loadMs / 1000).toFixed(1)} s | ${(r.buildMs / 1000).toFixed(1)} s | ${Math.round(r.rssMb)} MB | ${n(r.hits)} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} / ${r.p99.toFixed(1)} |`,
    ),
    '',
  ].join('\n');
}

export async function embeddedIndexMain(argument: (name: string, fallback: string) => string) {
  const scales = argument('index-actors', '10000,100000')
    .split(',')
    .map((s) => Number(s.replaceAll('_', '')));
  const requests = Number(argument('index-requests', '200'));
  const runs: IndexRun[] = [];
  for (const actors of scales) {
    process.stderr.write(`embedded index: ${actors} actors…\n`);
    runs.push(await runScale(actors, requests));
  }
  await printAndAppend(format(runs, requests), argument);
}
