/**
 * One scale of the benchmark: generate the synthetic graph, load it (bench/load-graph.ts), start
 * the runners on the same warm Neo4j, measure every question (bench/measure-question.ts), then
 * the seed path's top-up. `runBench` runs every scale in turn.
 */
import { generateGraph } from '../src/ingest/generate/generate-graph.js';
import { loadSeeds } from '../src/ingest/seed/load-seeds.js';
import type { BenchOptions, QuestionResult, ScaleResult } from './bench-types.js';
import { buildIndex, indexComplete, loadConfig, loadGraph, measureTopUp } from './load-graph.js';
import { MB } from './measure.js';
import { measureQuestion } from './measure-question.js';
import { questions } from './questions.js';
import { describeMachine, type Machine } from './report.js';
import { HttpRunner, RawCypherRunner, type Runner } from './runners.js';

export async function runScale(actors: number, options: BenchOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => {});
  const batching = { batchSize: options.batchSize, writeConcurrency: options.writeConcurrency };
  const t0 = performance.now();
  const { data, landmarks } = generateGraph(await loadSeeds(), { actors, seed: options.seed });
  const generateMs = performance.now() - t0;
  log(
    `${actors} actors: ${data.nodes.length} nodes, ${data.edges.length} relationships (${generateMs.toFixed(0)} ms)`,
  );

  const load = await loadGraph(data, options);
  log(
    load
      ? `  loaded (${load.method}) in ${load.seconds.toFixed(1)} s (${Math.round(load.relationshipsPerSecond)} rel/s${load.bulk ? `; neo4j-admin import ${load.bulk.importSeconds.toFixed(1)} s, ${load.bulk.importRelationshipsPerSecond} rel/s` : ''})`
      : '  reused the database: it holds this graph already (--reuse-loaded)',
  );
  // A reused database keeps its index when it is complete: at 1M actors a rebuild takes half an hour.
  const index =
    load === undefined && (await indexComplete(loadConfig(options)))
      ? ('reused' as const)
      : await buildIndex(loadConfig(options), actors);
  log(
    index === 'reused'
      ? '  partnership index reused: complete in the reused database'
      : `  partnership index built in ${index.seconds.toFixed(1)} s`,
  );

  const request = {
    neo4j: options.neo4j,
    actors,
    seed: options.seed,
    ...(options.maxQueryCost === undefined ? {} : { maxQueryCost: options.maxQueryCost }),
  };
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
        ...(memory.indexMs !== undefined ? { indexMs: memory.indexMs } : {}),
        heapMb: (memory.heapAtStart ?? NaN) / MB,
        rssMb: (memory.rssAtStart ?? NaN) / MB,
      };
      log(
        `  embedded store built in ${embedded.startMs.toFixed(0)} ms (its partnership index ${embedded.indexMs?.toFixed(0) ?? '?'} ms more), heap ${embedded.heapMb.toFixed(0)} MB`,
      );
    }
    const results: QuestionResult[] = [];
    for (const question of questions(landmarks))
      results.push(await measureQuestion(question, runners, options, log));
    for (const runner of runners.splice(0)) await runner.close();
    const topUp = options.topUp
      ? await measureTopUp(data, loadConfig(options), batching)
      : undefined;
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
      index,
      ...(topUp ? { topUp } : {}),
      ...(embedded ? { embedded } : {}),
      questions: results,
    };
  } finally {
    for (const runner of runners) await runner.close();
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
