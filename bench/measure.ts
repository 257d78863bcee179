/**
 * The two measurements per runner and question: latency at concurrency 1 (percentiles over a
 * bounded number of requests, bounded in time too) and throughput at concurrency N for a fixed
 * time. An in-process load generator: requests go to loopback only.
 */
export interface Latency {
  /** Warm-up requests made (bounded in time, so possibly fewer than asked). */
  warmups: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Bytes in a mebibyte, for memory figures. */
export const MB = 1024 * 1024;

export interface Throughput {
  concurrency: number;
  seconds: number;
  requests: number;
  perSecond: number;
  errors: number;
  /** The errors by kind: an answer's HTTP status and error code, or what failed the request. */
  errorKinds: Record<string, number>;
}

/** What kind of error a failed request was, for the tally. */
function errorKind(error: unknown): string {
  if (error instanceof Error) {
    if ('kind' in error && typeof error.kind === 'string') return error.kind;
    const cause: unknown = error.cause;
    if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string')
      return cause.code;
    return error.name;
  }
  return 'unknown';
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  // The index is clamped to 0 … length − 1 of a non-empty list.
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function measureLatency(
  ask: () => Promise<unknown>,
  options: { warmup: number; maxSamples: number; maxMs: number },
): Promise<Latency> {
  // Warm-up is bounded in time too: at large scales one slow answer can take seconds.
  const warmUntil = performance.now() + options.maxMs / 2;
  let warmups = 0;
  while (warmups < options.warmup && (warmups === 0 || performance.now() < warmUntil)) {
    await ask();
    warmups++;
  }
  const times: number[] = [];
  const until = performance.now() + options.maxMs;
  while (times.length < options.maxSamples && (times.length < 3 || performance.now() < until)) {
    const t0 = performance.now();
    await ask();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    warmups,
    samples: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

export async function measureThroughput(
  ask: () => Promise<unknown>,
  options: { concurrency: number; ms: number },
): Promise<Throughput> {
  let requests = 0;
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const started = performance.now();
  const until = started + options.ms;
  const worker = async () => {
    while (performance.now() < until) {
      try {
        await ask();
        requests++;
      } catch (error) {
        errors++;
        const kind = errorKind(error);
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrency: options.concurrency,
    seconds,
    requests,
    perSecond: requests / seconds,
    errors,
    errorKinds,
  };
}
