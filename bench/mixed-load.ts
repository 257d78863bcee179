/**
 * `npm run bench -- --abuse`: the mixed-load benchmark (docs/operations-limits.md). `diplomap
 * serve` runs as a child process on the embedded store with the seeded graph; 8 heavy clients
 * (communities, betweenness centrality, the full GEXF export, depth-3 neighbourhoods) send
 * requests back to back, each with its own API key (a client of its own for per-client limits),
 * while one cheap client asks `actor(id:){name}` one request after another and /health is polled.
 * It reports the cheap client's latency percentiles, its refused requests and /health's latency
 * (a figure, not an assertion), and appends a section to bench/RESULTS.md. Loopback only.
 *
 *   npm run bench -- --abuse [--abuse-seconds 60] [--heavy-clients 8] [--no-write]
 * Server settings come from the environment as for `diplomap serve` (MAX_HEAVY_CONCURRENCY, …).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { generateApiKey } from '../src/config/api-keys.js';
import { DEFAULT_OPERATION_LIMITS } from '../src/config/operation-limits.js';
import { repoPath } from '../src/runtime/repo-root.js';
import { percentile } from './measure.js';

export interface MixedLoadOptions {
  seconds: number;
  heavyClients: number;
  healthEveryMs: number;
}

interface HeavyKind {
  name: string;
  ask: (url: string, key: string) => Promise<string>;
}

const HEAVY: HeavyKind[] = [
  {
    name: 'communities',
    ask: (url, key) => graphql(url, key, '{ communities { count modularity } }'),
  },
  {
    name: 'centrality (betweenness, Mediterranean)',
    ask: (url, key) =>
      graphql(
        url,
        key,
        '{ centrality(measure: BETWEENNESS, inRegion: "region:mediterranean", first: 10) { score } }',
      ),
  },
  {
    name: 'GEXF export (whole graph)',
    ask: (url, key) => download(`${url}/export/graph.gexf`, key),
  },
  {
    name: 'neighbourhood (depth 3)',
    ask: (url, key) =>
      graphql(url, key, '{ neighbourhood(of: ["anci"], depth: 3, limit: 500) { truncated } }'),
  },
];

const CHEAP = '{ actor(id: "anci") { name } }';

/** The outcome of one heavy request: `ok`, or the error code / HTTP status. */
async function graphql(url: string, key: string, query: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  return first ? (first.extensions?.code ?? `HTTP ${response.status}`) : 'ok';
}

async function download(url: string, key: string): Promise<string> {
  const response = await fetch(url, { headers: { 'x-api-key': key } });
  if (response.ok) {
    await response.arrayBuffer();
    return 'ok';
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
  return body.error?.code ?? `HTTP ${response.status}`;
}

export interface MixedLoadResult {
  options: MixedLoadOptions;
  settings: Record<string, string>;
  cheap: { requests: number; refused: number; p50: number; p95: number; p99: number; max: number };
  health: { polls: number; failed: number; p50: number; p99: number; max: number };
  heavy: Record<string, Record<string, number>>;
}

export async function runMixedLoad(options: MixedLoadOptions): Promise<MixedLoadResult> {
  const cheapKey = generateApiKey('cheap', 'reader');
  const heavyKeys = Array.from({ length: options.heavyClients }, (_, i) =>
    generateApiKey(`heavy${i + 1}`, 'reader'),
  );
  const keys = [cheapKey, ...heavyKeys];
  const settings = {
    MAX_HEAVY_CONCURRENCY: String(DEFAULT_OPERATION_LIMITS.maxHeavyConcurrency),
    HEAVY_QUEUE_LENGTH: String(DEFAULT_OPERATION_LIMITS.heavyQueueLength),
    REQUEST_TIMEOUT_MS: String(DEFAULT_OPERATION_LIMITS.requestTimeoutMs),
    AUTH_REQUEST_TIMEOUT_MS: String(DEFAULT_OPERATION_LIMITS.authRequestTimeoutMs),
    ...pick(process.env, [
      'MAX_HEAVY_CONCURRENCY',
      'HEAVY_QUEUE_LENGTH',
      'REQUEST_TIMEOUT_MS',
      'AUTH_REQUEST_TIMEOUT_MS',
    ]),
  };
  const server = await startServer({
    ...settings,
    API_KEYS: keys
      .map(({ record }) => `${record.id}:${record.role}:${record.hash.slice(7)}`)
      .join(','),
  });
  try {
    const until = performance.now() + options.seconds * 1000;
    const heavy: MixedLoadResult['heavy'] = {};
    const heavyClient = async (kind: HeavyKind, key: string) => {
      const tally = (heavy[kind.name] ??= {});
      while (performance.now() < until) {
        const outcome = await kind.ask(server.url, key).catch(() => 'network error');
        tally[outcome] = (tally[outcome] ?? 0) + 1;
      }
    };
    const cheapTimes: number[] = [];
    let refused = 0;
    const cheapClient = async (key: string) => {
      // Let the heavy clients fill the server first: the cheap client measures a saturated server.
      await new Promise((r) => setTimeout(r, 2_000));
      while (performance.now() < until) {
        const t0 = performance.now();
        const outcome = await graphql(server.url, key, CHEAP).catch(() => 'network error');
        cheapTimes.push(performance.now() - t0);
        if (outcome !== 'ok') refused++;
      }
    };
    const healthTimes: number[] = [];
    let healthFailed = 0;
    const healthPoller = async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const ok = await fetch(`${server.url}/health`).then(
          (r) => r.ok,
          () => false,
        );
        healthTimes.push(performance.now() - t0);
        if (!ok) healthFailed++;
        await new Promise((r) => setTimeout(r, options.healthEveryMs));
      }
    };
    // keys[0] is the cheap client's; the heavy clients take the others, the kinds in turn.
    const [cheapKey, ...heavyKeys] = keys.map((k) => k.key);
    await Promise.all([
      ...heavyKeys.map((key, i) => heavyClient(HEAVY[i % HEAVY.length]!, key)),
      cheapClient(cheapKey!),
      healthPoller(),
    ]);
    cheapTimes.sort((a, b) => a - b);
    healthTimes.sort((a, b) => a - b);
    return {
      options,
      settings,
      cheap: {
        requests: cheapTimes.length,
        refused,
        p50: percentile(cheapTimes, 50),
        p95: percentile(cheapTimes, 95),
        p99: percentile(cheapTimes, 99),
        max: cheapTimes[cheapTimes.length - 1] ?? NaN,
      },
      health: {
        polls: healthTimes.length,
        failed: healthFailed,
        p50: percentile(healthTimes, 50),
        p99: percentile(healthTimes, 99),
        max: healthTimes[healthTimes.length - 1] ?? NaN,
      },
      heavy,
    };
  } finally {
    await server.stop();
  }
}

export function formatMixedLoad(result: MixedLoadResult): string {
  const ms = (x: number) => x.toFixed(1);
  const { cheap, health } = result;
  const lines = [
    '',
    `## Mixed load (\`--abuse\`), ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Embedded store, seeded graph; ${result.options.heavyClients} heavy clients back to back for ${result.options.seconds} s, each with its own API key; one cheap client (\`actor(id:){name}\`, one request after another, from 2 s in); /health polled every ${result.options.healthEveryMs} ms. Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (other work shares it). Server: ${Object.entries(result.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`,
    '',
    '| | requests | refused / failed | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| cheap \`actor(id:){name}\` | ${cheap.requests} | ${cheap.refused} | ${ms(cheap.p50)} | ${ms(cheap.p95)} | ${ms(cheap.p99)} | ${ms(cheap.max)} |`,
    `| /health | ${health.polls} | ${health.failed} | ${ms(health.p50)} | | ${ms(health.p99)} | ${ms(health.max)} |`,
    '',
    `Target: cheap p99 < 100 ms and no cheap request refused: ${cheap.p99 < 100 && cheap.refused === 0 ? 'met' : `missed (p99 ${ms(cheap.p99)} ms, ${cheap.refused} refused)`}.`,
    '',
    '| heavy client | outcomes |',
    '| --- | --- |',
    ...Object.entries(result.heavy).map(
      ([name, outcomes]) =>
        `| ${name} | ${Object.entries(outcomes)
          .map(([o, n]) => `${o}: ${n}`)
          .join(', ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export interface ChildServer {
  url: string;
  /** From spawning `diplomap serve` to its first "playground at" line, in ms. */
  startMs: number;
  /** The server's resident memory now, in bytes (Linux: /proc). */
  rss(): number;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<ChildServer> {
  const started = performance.now();
  const main = repoPath('dist/src/cli/main.js');
  const child: ChildProcess = spawn(process.execPath, [main, 'serve'], {
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: '0',
      NEO4J_URI: '',
      DATA_DIR: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /playground at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    // `exited` only ever resolves, so nothing here can reject unhandled.
    void exited.then(() => reject(new Error(`diplomap serve exited:\n${out}`)));
  });
  const startMs = performance.now() - started;
  return {
    url,
    startMs,
    rss: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((n) => {
      const value = env[n];
      return value ? [[n, value]] : [];
    }),
  );
}

export async function mixedLoadMain(argument: (name: string, fallback: string) => string) {
  const result = await runMixedLoad({
    seconds: Number(argument('abuse-seconds', '60')),
    heavyClients: Number(argument('heavy-clients', '8')),
    healthEveryMs: 100,
  });
  const text = formatMixedLoad(result);
  await printAndAppend(text, argument);
}

/** Prints a section and, unless --no-write, appends it to the results file (--results). */
export async function printAndAppend(
  text: string,
  argument: (name: string, fallback: string) => string,
): Promise<void> {
  process.stdout.write(text);
  if (process.argv.includes('--no-write')) return;
  const path = argument('results', repoPath('bench/RESULTS.md'));
  await appendFile(path, text);
  process.stderr.write(`Appended to ${path}\n`);
}
