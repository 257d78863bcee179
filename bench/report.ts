/** A run's section of bench/RESULTS.md: how and where it ran, then its tables (one per scale). */
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import type { BenchOptions, Measurement, ScaleResult } from './bench-types.js';
import type { Throughput } from './measure.js';
import type { RunnerId } from './runners.js';
import type { Neo4jTarget } from './runners.js';

export interface Machine {
  date: string;
  /** The command that ran it, with the Neo4j it was pointed at, to run it again. */
  command: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  freeGb: number;
  loadAverage: number[];
  node: string;
  neo4j: string;
  neo4jHeap: string;
  packages: Record<string, string>;
}

const require = createRequire(import.meta.url);

/** A package's installed version (read from the nearest node_modules: exports maps hide package.json). */
function versionOf(pkg: string): string {
  try {
    const main = require.resolve(pkg);
    const path = `${main.slice(0, main.lastIndexOf(`node_modules/${pkg}/`))}node_modules/${pkg}/package.json`;
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export async function describeMachine(target: Neo4jTarget): Promise<Machine> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  let version = '?';
  let heap = '?';
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS v',
      {},
      { database: target.database },
    );
    const v: unknown = records[0]?.get('v');
    if (typeof v === 'string') version = v;
    const settings = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.pagecache.size'] RETURN name, value",
      {},
      { database: 'system' },
    );
    heap = settings.records.map((r) => `${r.get('name')}=${r.get('value')}`).join(', ');
  } catch {
    // Version facts are nice to have; the benchmark does not need them.
  } finally {
    await driver.close();
  }
  const cpu = cpus();
  const neo4jEnv = ['NEO4J_URI', 'NEO4J_PORT', 'NEO4J_HOME_DIR']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `${neo4jEnv}npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    cpu: cpu[0]?.model ?? '?',
    cores: cpu.length,
    memoryGb: totalmem() / 1024 ** 3,
    freeGb: freemem() / 1024 ** 3,
    loadAverage: loadavg(),
    node: process.version,
    neo4j: version,
    neo4jHeap: `${heap}${process.env.NEO4J_HEAP ? `, heap ${process.env.NEO4J_HEAP}` : ''}`,
    packages: Object.fromEntries(
      [
        'neo4j-driver',
        '@neo4j/graphql',
        'graphql',
        '@apollo/server',
        'type-graphql',
        'graphology',
      ].map((p) => [p, versionOf(p)]),
    ),
  };
}

const ORDER: RunnerId[] = ['raw', 'diplomap', 'peer', 'memory'];
const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

/** "12 errors: HTTP 504 TIMEOUT ×10, ECONNRESET ×2" (older results have no kinds). */
function errorsText(t: Throughput): string {
  const kinds = Object.entries(t.errorKinds ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${kind} ×${n}`);
  return `${t.errors} errors${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''}`;
}

function formatLoad(scale: ScaleResult): string {
  const load = scale.load;
  if (!load)
    return '- Load: not measured in this run — the database already held this graph (`--reuse-loaded`, same node and relationship counts).';
  if (load.method === 'transactional' || !load.bulk)
    return `- Load (seed path, Neo4jStore.upsert, batches of ${thousands(load.batchSize)}, ${load.writeConcurrency} in flight, into an emptied database): ${f1(load.seconds)} s, **${thousands(load.relationshipsPerSecond)} relationships/s**.`;
  const b = load.bulk;
  return (
    `- Load (bulk initial load into an emptied database: CSV files, stop, \`neo4j-admin database import full\`, start, constraints and indexes, empty lists): ` +
    `**${thousands(b.importRelationshipsPerSecond)} relationships/s** for the import alone (${f1(b.importSeconds)} s); ` +
    `**${thousands(load.relationshipsPerSecond)} relationships/s** everything included (${f1(load.seconds)} s: CSV ${f1(b.writeSeconds)} s, ` +
    `stop + import + start ${f1(b.stopImportStartSeconds)} s, constraints and indexes ${f1(b.schemaSeconds)} s, empty lists and checks ${f1(b.finishSeconds)} s).`
  );
}

export function formatScale(scale: ScaleResult, machine: Machine, options: BenchOptions): string {
  const lines: string[] = [];
  const runnersSeen = ORDER.filter((id) =>
    scale.questions.some((q) => q.measurements.some((m) => m.runner === id)),
  );
  const label = (id: RunnerId) =>
    scale.questions.flatMap((q) => q.measurements).find((m) => m.runner === id)?.label ?? id;
  const get = (ms: Measurement[], id: RunnerId) => ms.find((m) => m.runner === id);

  lines.push(`## ${machine.date} — ${thousands(scale.actors)} actors (seed ${scale.seed})`, '');
  lines.push(
    `- Command: \`${machine.command}\`.`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores (shared with other engineers' Neo4j servers and tests), ${machine.memoryGb.toFixed(0)} GB RAM (${machine.freeGb.toFixed(0)} GB free at start), load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} at start.`,
    `- Versions: Node ${machine.node}, ${machine.neo4j} (${machine.neo4jHeap}), ${Object.entries(
      machine.packages,
    )
      .map(([p, v]) => `${p} ${v}`)
      .join(', ')}.`,
    `- Graph: ${thousands(scale.nodes)} nodes, ${thousands(scale.relationships)} relationships (${(scale.relationships / scale.actors).toFixed(1)} per actor), generated in ${f0(scale.generateMs)} ms. Landmarks: actor ${scale.landmarks.busyActor}, path ${scale.landmarks.pathFrom} → ${scale.landmarks.pathTo}, ${scale.landmarks.region} × ${scale.landmarks.theme}.`,
    formatLoad(scale),
    ...(scale.index === 'reused'
      ? [
          `- Partnership index: reused — complete in the reused database (built by an earlier run; nothing written since); Diplomap (Neo4j) answers \`partners\` without \`of\` from it.`,
        ]
      : scale.index
        ? [
            `- Partnership index rebuilt from scratch after the load (\`diplomap index\`, docs/partnership-index.md): ${f1(scale.index.seconds)} s, ${thousands(scale.index.actorsPerSecond)} actors/s; Diplomap (Neo4j) answers \`partners\` without \`of\` from it.`,
          ]
        : []),
    ...(scale.topUp
      ? [
          `- Top-up through the seed path (Neo4jStore.upsert of every record again, as \`diplomap seed\` on a loaded database; batches of ${thousands(scale.topUp.batchSize)}, ${scale.topUp.writeConcurrency} in flight; nothing added): ${f1(scale.topUp.seconds)} s, **${thousands(scale.topUp.relationshipsPerSecond)} relationships/s**.`,
        ]
      : []),
    scale.embedded
      ? `- Embedded store: built in **${f0(scale.embedded.startMs)} ms**${scale.embedded.indexMs !== undefined ? `, its partnership index ${f0(scale.embedded.indexMs)} ms more (before any question)` : ''}, server heap ${f0(scale.embedded.heapMb)} MB, RSS ${f0(scale.embedded.rssMb)} MB after start.`
      : `- Embedded store: not run at this scale (above --memory-max-actors ${thousands(options.memoryMaxActors)}).`,
    `- Method: answers checked equal to raw Cypher's first; latency at concurrency 1 (up to ${options.warmup} warm-up requests, then up to ${options.latencyMaxSamples} samples or ${options.latencyMs / 1000} s, at least 3); throughput at concurrency ${options.concurrency} for ${options.throughputMs / 1000} s (skipped when p50 × ${options.concurrency} > ${options.maxBacklogMs / 1000} s: the in-flight requests would not finish in any bounded time); the load generator and raw Cypher run in the bench process, each server in its own child process, all on 127.0.0.1; Diplomap's answer cache off (docs/answer-cache.md), so every request does its work${options.maxQueryCost === undefined ? '' : `; Diplomap's MAX_QUERY_COST set to ${thousands(options.maxQueryCost)} (default 200,000, which refuses some of these questions at this size: docs/running-in-public.md)`}.`,
    '',
  );

  lines.push('### Answers', '');
  lines.push(
    `| question | ${runnersSeen.map(label).join(' | ')} |`,
    `|---|${runnersSeen.map(() => '---').join('|')}|`,
  );
  for (const q of scale.questions) {
    lines.push(
      `| ${q.name}: ${q.title} | ${runnersSeen.map((id) => (q.agrees[id] ? 'same' : '**DIFFERS**')).join(' | ')} |`,
    );
  }
  lines.push('');

  lines.push('### Latency at concurrency 1 (ms: p50 / p95 / p99)', '');
  lines.push(
    `| question | ${runnersSeen.map(label).join(' | ')} | Diplomap p50 ÷ raw | Diplomap p50 ÷ peer |`,
    `|---|${runnersSeen.map(() => '---').join('|')}|---|---|`,
  );
  for (const q of scale.questions) {
    const cells = runnersSeen.map((id) => {
      const m = get(q.measurements, id);
      return m ? `${f1(m.latency.p50)} / ${f1(m.latency.p95)} / ${f1(m.latency.p99)}` : '–';
    });
    const d = get(q.measurements, 'diplomap')?.latency.p50;
    lines.push(
      `| ${q.name} | ${cells.join(' | ')} | ${ratio(d, get(q.measurements, 'raw')?.latency.p50)} | ${ratio(d, get(q.measurements, 'peer')?.latency.p50)} |`,
    );
  }
  lines.push('');

  lines.push(`### Throughput at concurrency ${options.concurrency} (requests/s)`, '');
  lines.push(
    `| question | ${runnersSeen.map(label).join(' | ')} | Diplomap ÷ raw | Diplomap ÷ peer |`,
    `|---|${runnersSeen.map(() => '---').join('|')}|---|---|`,
  );
  for (const q of scale.questions) {
    const cells = runnersSeen.map((id) => {
      const m = get(q.measurements, id);
      const t = m?.throughput;
      if (m?.skipped) return `skipped (${m.skipped})`;
      return t ? `${f1(t.perSecond)}${t.errors ? ` (${errorsText(t)})` : ''}` : '–';
    });
    const d = get(q.measurements, 'diplomap')?.throughput?.perSecond;
    lines.push(
      `| ${q.name} | ${cells.join(' | ')} | ${ratio(d, get(q.measurements, 'raw')?.throughput?.perSecond)} | ${ratio(d, get(q.measurements, 'peer')?.throughput?.perSecond)} |`,
    );
  }
  lines.push('');

  lines.push(
    '### Store round trips per request, and server memory (peak RSS / heap MB during the question)',
    '',
  );
  lines.push(
    `| question | depth | ${runnersSeen.map((id) => `${label(id)} trips`).join(' | ')} | ${runnersSeen
      .filter((id) => id !== 'raw')
      .map((id) => `${label(id)} MB`)
      .join(' | ')} |`,
    `|---|---|${runnersSeen.map(() => '---').join('|')}|${runnersSeen
      .filter((id) => id !== 'raw')
      .map(() => '---')
      .join('|')}|`,
  );
  for (const q of scale.questions) {
    const trips = runnersSeen.map((id) => f1(get(q.measurements, id)?.roundTripsPerRequest));
    const memory = runnersSeen
      .filter((id) => id !== 'raw')
      .map((id) => {
        const m = get(q.measurements, id);
        return m ? `${f0(m.peakRssMb)} / ${f0(m.peakHeapMb)}` : '–';
      });
    lines.push(`| ${q.name} | ${q.depth} | ${trips.join(' | ')} | ${memory.join(' | ')} |`);
  }
  lines.push('');

  // Where Diplomap's time goes: its store calls per request (a profile of the port).
  lines.push(
    "### Diplomap's store calls per request at concurrency 1 (calls × method, ms inside the store; sibling calls overlap)",
    '',
    '| question | runner | p50 ms | store calls | ms in store calls |',
    '|---|---|---|---|---|',
  );
  for (const q of scale.questions) {
    for (const id of ['diplomap', 'memory'] as const) {
      const m = get(q.measurements, id);
      if (!m?.storeCalls) continue;
      const calls = Object.entries(m.storeCalls)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([method, c]) => `${f1(c.calls)} × ${method} (${f1(c.ms)} ms)`)
        .join(', ');
      const total = Object.values(m.storeCalls).reduce((sum, c) => sum + c.ms, 0);
      lines.push(`| ${q.name} | ${m.label} | ${f1(m.latency.p50)} | ${calls} | ${f1(total)} |`);
    }
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}
