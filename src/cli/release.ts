/**
 * `diplomap release --out DIR`: a citable, versioned dump of the whole graph as a Frictionless
 * Data Package (src/release/write-release.ts), from the configured store (Neo4j at NEO4J_URI, or
 * the embedded store's data directory, read without taking its lock).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSeedsDir } from '../ingest/seed/load-seeds.js';
import { baseUriFrom } from '../linked-data/uris.js';
import { writeRelease } from '../release/write-release.js';
import { readConfig } from '../config/config.js';
import { repoPath } from '../runtime/repo-root.js';
import { openGraph } from './open-graph.js';

export interface ReleaseCliOptions {
  out: string;
  progress: boolean;
}

export async function release(options: ReleaseCliOptions): Promise<void> {
  const config = readConfig();
  const base = baseUriFrom();
  const { version } = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
    version: string;
  };
  const started = Date.now();
  const say = (line: string) =>
    options.progress &&
    process.stderr.write(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  say('opening the store');
  const store = await openGraph({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    ...(config.dataDir && !config.neo4j ? { dataDir: config.dataDir, readOnly: true } : {}),
  });
  try {
    const report = await writeRelease(store, {
      outDir: resolve(options.out),
      base,
      sourcesFile: join(config.seedsDir ?? defaultSeedsDir(), 'reference', 'SOURCES.md'),
      softwareVersion: version,
      onProgress: say,
    });
    process.stdout.write(
      `Release ${report.version} (change ${report.changeNumber}): ${report.nodes} nodes, ${report.relationships} relationships in ${report.outDir}\n`,
    );
    for (const file of report.files)
      process.stdout.write(`  ${file.path}  ${file.bytes} bytes  ${file.hash}\n`);
  } finally {
    await store.close();
  }
}
