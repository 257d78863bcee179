/**
 * `diplomap generate`: a synthetic graph of N actors for benchmarks (src/ingest/generate/),
 * written to a file, loaded into Neo4j through the same batched upsert as `diplomap seed` or by the
 * bulk initial load (`--into neo4j-bulk`, an empty database), or loaded into the embedded store to
 * see its start time and memory.
 */
import { generateGraph } from '../ingest/generate/generate-graph.js';
import { writeGraphFile } from '../ingest/generate/graph-file.js';
import { loadSeeds } from '../ingest/seed/load-seeds.js';
import { readConfig } from '../config/config.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import { bulkLoadWithProgress, describeBulkLoad } from './bulk-progress.js';
import { rebuildIndexAt, rebuildIndexWithProgress } from './index-progress.js';
import { loadWithProgress } from './load-progress.js';

export interface GenerateCliOptions {
  actors: number;
  seed: number;
  out?: string;
  into?: 'neo4j' | 'neo4j-bulk' | 'memory';
  clear: boolean;
  batchSize: number;
  writeConcurrency: number;
  progress: boolean;
}

export async function generate(options: GenerateCliOptions): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  const { data, landmarks } = generateGraph(await loadSeeds(config.seedsDir), options);
  process.stderr.write(
    `Generated ${data.nodes.length} nodes, ${data.edges.length} relationships for ${options.actors} actors, seed ${options.seed} (${Date.now() - started} ms)\n`,
  );
  if (options.out) {
    await writeGraphFile(options.out, data);
    process.stderr.write(`Written to ${options.out} (NDJSON)\n`);
  }
  if (options.into === 'memory') {
    const t0 = Date.now();
    const store = await MemoryStore.fromData(data);
    const startMs = Date.now() - t0;
    const health = await store.health();
    const { heapUsed, rss } = process.memoryUsage();
    // The generated GraphData is still alive here too: the bench's server child measures the store alone.
    process.stderr.write(
      `Embedded store: ${health.nodes} nodes, ${health.relationships} relationships, started in ${startMs} ms; heap used ${(heapUsed / 1e6).toFixed(0)} MB, rss ${(rss / 1e6).toFixed(0)} MB (the generated records included)\n`,
    );
    await store.close();
  } else if (options.into === 'neo4j-bulk') {
    if (!config.neo4j)
      throw new Error('NEO4J_URI is not set: `--into neo4j-bulk` loads the Neo4j at NEO4J_URI.');
    const report = await bulkLoadWithProgress(data, config.neo4j, {
      progress: options.progress,
      overwrite: options.clear,
    });
    process.stderr.write(describeBulkLoad(report));
    await rebuildIndexAt(config.neo4j, options);
  } else if (options.into === 'neo4j') {
    if (!config.neo4j) throw new Error('NEO4J_URI is not set: `--into neo4j` writes into Neo4j.');
    const { Neo4jStore } = await import('../store/neo4j/neo4j-store.js');
    const store = await Neo4jStore.connect({
      ...config.neo4j,
      batchSize: options.batchSize,
      writeConcurrency: options.writeConcurrency,
      // Parallel relationship batches can deadlock on shared endpoints: give retries room.
      maxTransactionRetryTimeMs: options.writeConcurrency > 1 ? 60_000 : undefined,
    });
    try {
      if (options.clear) await store.clearAll();
      const { seconds, relationshipsPerSecond } = await loadWithProgress(store, data, {
        progress: options.progress,
        label: 'Loading Neo4j',
      });
      process.stderr.write(
        `Loaded in ${seconds.toFixed(1)} s (${relationshipsPerSecond} relationships/s, batches of ${options.batchSize}, ${options.writeConcurrency} in flight).\n`,
      );
      await rebuildIndexWithProgress(store, options);
    } finally {
      await store.close();
    }
  }
  process.stdout.write(
    `${JSON.stringify({ actors: options.actors, seed: options.seed, nodes: data.nodes.length, relationships: data.edges.length, landmarks }, null, 2)}\n`,
  );
}
