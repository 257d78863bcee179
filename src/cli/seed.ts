/**
 * `diplomap seed`: load seeds/ into Neo4j (idempotent batched MERGE), with a progress bar and
 * counts; `--bulk`: the bulk initial load into an empty Neo4j instead (neo4j-admin import). It
 * prints the summary of the Covenant of Mayors load report, and `--report FILE` writes it whole.
 */
import { writeFile } from 'node:fs/promises';
import { loadSeedsWithReport } from '../ingest/seed/load-seeds.js';
import { readConfig } from '../config/config.js';
import { bulkLoadWithProgress, describeBulkLoad } from './bulk-progress.js';
import { rebuildIndexWithProgress } from './index-progress.js';
import { loadWithProgress } from './load-progress.js';

export interface SeedOptions {
  progress: boolean;
  check: boolean;
  bulk: boolean;
  clear: boolean;
  /** Where to write the Covenant of Mayors load report (Markdown). */
  report?: string;
}

export async function seed(options: SeedOptions): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  const { graph: data, report } = await loadSeedsWithReport(config.seedsDir);
  process.stderr.write(
    `Seeds read: ${data.nodes.length} nodes, ${data.edges.length} relationships (${Date.now() - started} ms)\n` +
      `${report.covenant.summary()}\n`,
  );
  if (options.report) {
    await writeFile(options.report, report.covenant.markdown());
    process.stderr.write(`Covenant of Mayors load report written to ${options.report}.\n`);
  }
  if (options.check) {
    process.stderr.write('Check only (--check): the seeds are consistent; nothing written.\n');
    return;
  }
  if (!config.neo4j) {
    throw new Error(
      'NEO4J_URI is not set: `diplomap seed` writes into Neo4j. (The embedded store loads the seeds by itself at start.) Use --check to only validate the seeds.',
    );
  }
  if (options.clear && !options.bulk)
    throw new Error('--clear goes with --bulk (it replaces the whole database by the import).');
  if (options.bulk) {
    const report = await bulkLoadWithProgress(data, config.neo4j, {
      progress: options.progress,
      overwrite: options.clear,
    });
    process.stderr.write(describeBulkLoad(report));
  }
  const { Neo4jStore } = await import('../store/neo4j/neo4j-store.js');
  const store = await Neo4jStore.connect(config.neo4j);
  if (options.bulk) {
    try {
      await rebuildIndexWithProgress(store, options);
      process.stdout.write(`${JSON.stringify(await store.counts(), null, 2)}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  try {
    const { seconds, relationshipsPerSecond } = await loadWithProgress(store, data, {
      progress: options.progress,
      label: 'Seeding Neo4j',
    });
    process.stderr.write(
      `Written in ${seconds.toFixed(1)} s (${relationshipsPerSecond} relationships/s).\n`,
    );
    await rebuildIndexWithProgress(store, options);
    const counts = await store.counts();
    process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
  } finally {
    await store.close();
  }
}
