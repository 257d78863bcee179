/**
 * `npm run bench -- --seeded`: the headline query at concurrency 32 on the seeded graph, beside a
 * trivial `actor(id:){name}` lookup and a Covenant of Mayors dashboard aggregate measured in the
 * same run, and the server's start time and memory, with the answer cache on (the
 * default) and off (ANSWER_CACHE_KIB=0). `diplomap serve` runs as a child process on the embedded
 * store; loopback only. Appends a section to bench/RESULTS.md (docs/answer-cache.md).
 *
 *   npm run bench -- --seeded [--seeded-seconds 15] [--concurrency 32] [--no-write]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { percentile } from './measure.js';
import { printAndAppend, startServer } from './mixed-load.js';

/** The README's headline query, as a dashboard sends it. */
export const HEADLINE = `{
  partners(inRegion: "region:mediterranean", workingOn: "theme:migration") {
    totalCount
    edges { node {
      actor { id }
      inRegion { id }
      workingOn { kind via { id } topic { id } }
      partnerships(first: 2) {
        totalCount
        edges { node { partner { id } via { kind node { id } } } }
      }
    } }
  }
}`;

export const TRIVIAL = '{ actor(id: "anci") { name } }';

/** A dashboard series on the Covenant's members: signatories by year of adhesion. */
export const COVENANT_BY_YEAR = `{
  aggregate(subject: MEMBERSHIP, groupBy: JOINED, filter: { memberOf: "covenant-of-mayors" }) {
    group
    count
  }
}`;

interface Load {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** `concurrency` clients sending `query` back to back for `seconds`; each request timed. */
async function load(url: string, query: string, concurrency: number, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const ok = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
        .then(async (r) => r.ok && !('errors' in ((await r.json()) as object)))
        .catch(() => false);
      times.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const result: Load = {
    requests: times.length,
    errors,
    perSecond: times.length / elapsed,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
  return result;
}

interface SeededRun {
  cache: 'on' | 'off';
  startMs: number;
  rssAfterStart: number;
  headline: Load;
  trivial: Load;
  aggregate: Load;
}

async function runOne(cache: 'on' | 'off', concurrency: number, seconds: number) {
  const server = await startServer({
    RATE_LIMITS: 'off', // one client asking fast: the budgets would measure themselves
    ...(cache === 'off' ? { ANSWER_CACHE_KIB: '0' } : {}),
  });
  try {
    const rssAfterStart = server.rss();
    await load(server.url, HEADLINE, 1, 1); // warm-up: the first answer, and the JIT
    const trivial = await load(server.url, TRIVIAL, concurrency, seconds);
    const headline = await load(server.url, HEADLINE, concurrency, seconds);
    const aggregate = await load(server.url, COVENANT_BY_YEAR, concurrency, seconds);
    const run: SeededRun = {
      cache,
      startMs: server.startMs,
      rssAfterStart,
      headline,
      trivial,
      aggregate,
    };
    return run;
  } finally {
    await server.stop();
  }
}

function format(runs: SeededRun[], concurrency: number, seconds: number): string {
  const ms = (n: number) => n.toFixed(1);
  const lines = [
    '',
    `## ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — seeded graph, headline at concurrency ${concurrency} (answer cache on and off)`,
    '',
    `- Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end.`,
    `- Method: \`diplomap serve\` on the embedded store with the seeded graph (RATE_LIMITS=off), one warm-up request, then ${concurrency} clients for ${seconds} s per question, the trivial lookup first; \`npm run bench -- --seeded\`.`,
    '',
    '| answer cache | question | requests/s | p50 / p95 / p99 (ms) | errors | headline ÷ trivial throughput |',
    '|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    const ratio = `${((100 * run.headline.perSecond) / run.trivial.perSecond).toFixed(0)}%`;
    for (const [name, l] of [
      ['headline `partners`', run.headline],
      ['`actor(id:){name}`', run.trivial],
      ['Covenant signatories by year (`aggregate`)', run.aggregate],
    ] as const)
      lines.push(
        `| ${run.cache} | ${name} | ${l.perSecond.toFixed(0)} | ${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} | ${l.errors} | ${name.startsWith('headline') ? ratio : ''} |`,
      );
  }
  lines.push(
    '',
    '| answer cache | `diplomap serve` start (spawn to listening, seeds read and loaded) | RSS after start |',
    '|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.cache} | ${(r.startMs / 1000).toFixed(1)} s | ${Math.round(r.rssAfterStart / 2 ** 20)} MB |`,
    ),
    '',
  );
  return lines.join('\n');
}

export async function seededLoadMain(argument: (name: string, fallback: string) => string) {
  const concurrency = Number(argument('concurrency', '32'));
  const seconds = Number(argument('seeded-seconds', '15'));
  const runs = [
    await runOne('off', concurrency, seconds),
    await runOne('on', concurrency, seconds),
  ];
  const text = format(runs, concurrency, seconds);
  await printAndAppend(text, argument);
}
