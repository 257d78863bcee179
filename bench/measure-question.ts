/**
 * One question at one scale: every runner's answer checked against raw Cypher's first, then each
 * runner timed alone — latency at concurrency 1 (with its round trips and store calls), then
 * throughput at `concurrency` unless the backlog would outlast the window — with its peak memory.
 */
import { isDeepStrictEqual } from 'node:util';
import type { BenchOptions, Measurement, QuestionResult } from './bench-types.js';
import { MB, measureLatency, measureThroughput } from './measure.js';
import type { Question } from './question.js';
import type { Runner } from './runners.js';

export async function measureQuestion(
  question: Question,
  runners: Runner[],
  options: BenchOptions,
  log: (line: string) => void,
): Promise<QuestionResult> {
  // Answers first: every runner must say what raw Cypher says before anything is timed.
  const answers: QuestionResult['answers'] = {};
  const agrees: QuestionResult['agrees'] = {};
  for (const runner of runners) answers[runner.id] = await runner.ask(question);
  for (const runner of runners)
    agrees[runner.id] = isDeepStrictEqual(answers[runner.id], answers.raw);
  const measurements: Measurement[] = [];
  for (const runner of runners) {
    const measurement = await measureRunner(question, runner, options);
    measurements.push(measurement);
    const { latency, throughput, roundTripsPerRequest: trips } = measurement;
    log(
      `  ${question.name} ${runner.label}: p50 ${latency.p50.toFixed(1)} ms, ${throughput ? throughput.perSecond.toFixed(1) : 'skipped'} req/s, ${trips.toFixed(1)} trips${agrees[runner.id] ? '' : ' — ANSWER DIFFERS'}`,
    );
  }
  return {
    name: question.name,
    title: question.title,
    depth: question.depth,
    agrees,
    answers,
    measurements,
  };
}

async function measureRunner(
  question: Question,
  runner: Runner,
  options: BenchOptions,
): Promise<Measurement> {
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
  return {
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
  };
}
