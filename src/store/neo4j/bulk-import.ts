/**
 * The bulk initial load into an EMPTY Neo4j: the graph is written as CSV files for
 * `neo4j-admin database import full` (offline, no transactions), which `scripts/neo4j/neo4j.sh
 * import` runs with the server stopped; then the server starts again, `Neo4jStore.connect`
 * creates the constraints and indexes (cypher/schema.cypher) over the imported data, and what
 * CSV cannot express is written afterwards.
 *
 * What ends up in Neo4j is exactly what `Neo4jStore.upsert` writes (the CSV columns are the
 * properties of `toNodeRow`/`toEdgeRow`, with their types: Neo4j integers as `long`, other
 * numbers as `double`), except where the CSV importer cannot say it:
 *
 * - an empty list is never stored by the importer (it skips empty arrays). `aliases` and
 *   `propKeys` are empty on most records, so they are left out of the CSV and set to `[]`
 *   afterwards by two scans (cypher/bulk/);
 * - any other value the importer would read differently — an empty list in a prop, a list
 *   element that is empty or contains the list delimiter, a NUL character — makes its record a
 *   "leftover": a node is imported without that value and rewritten through `upsert` afterwards
 *   (SET n = properties replaces every property); a relationship is left out of the CSV and
 *   upserted afterwards. Ordinary data has none.
 *
 * Strings with line breaks go to files of their own, which the importer reads in its slower
 * multi-line mode (`--multiline-fields`); the others are read in the fast mode.
 */
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { badInput } from '../../domain/errors.js';
import type { GraphData } from '../../domain/graph-records.js';
import { finishBulkImport } from './bulk-finish.js';
import { writeImportFiles } from './bulk-import-files.js';
import { defaultScript, portOf, runImport, runScript } from './bulk-script.js';
import { Neo4jStore, type Neo4jStoreConfig } from './neo4j-store.js';

/** What the bulk load is doing, for a progress bar. */
export type BulkProgress =
  | { phase: 'write'; done: number; total: number }
  | { phase: 'import'; stage: string; step: number; steps: number; percent: number }
  | { phase: 'stop' | 'start' | 'lists' | 'schema' };

export interface BulkLoadOptions {
  neo4j: Neo4jStoreConfig;
  /** The server's home (NEO4J_HOME_DIR of scripts/neo4j/neo4j.sh); default `<repo>/.neo4j`. */
  homeDir?: string;
  /** Where the CSV files go (emptied first, removed afterwards); default `<homeDir>/import`. */
  workDir?: string;
  /** Replace a database that is not empty (everything in it is lost). */
  overwrite?: boolean;
  /** Keep the CSV files. */
  keepFiles?: boolean;
  /** scripts/neo4j/neo4j.sh; default the repository's. */
  script?: string;
  onProgress?: (progress: BulkProgress) => void;
  /** The script's own lines (what it stops, starts, and the importer's report). */
  onLog?: (line: string) => void;
}

export interface BulkLoadReport {
  nodes: number;
  relationships: number;
  /** Writing the CSV files. */
  writeSeconds: number;
  /** neo4j-admin database import full alone (the script's measure). */
  importSeconds: number;
  /** Stopping before and starting after the import, as the script ran them (with the import). */
  stopImportStartSeconds: number;
  /** The start after the import, until Neo4j answered (the script's measure, whole seconds). */
  startSeconds?: number;
  /** Constraints and indexes built over the imported data (Neo4jStore.connect, until all are online). */
  schemaSeconds: number;
  /** Empty lists restored (before the schema), leftovers upserted, counts checked. */
  finishSeconds: number;
  totalSeconds: number;
  /** relationships / importSeconds */
  importRelationshipsPerSecond: number;
  /** relationships / totalSeconds: from the graph in memory to a Neo4j that answers, indexes online. */
  totalRelationshipsPerSecond: number;
  leftovers: number;
  csvBytes: number;
}

/**
 * The whole bulk initial load of `data` into the (empty) Neo4j that `scripts/neo4j/neo4j.sh`
 * runs from `homeDir` and that answers at `neo4j.uri`: CSV files, stop, import, start, schema,
 * empty lists, leftovers, counts checked. Refuses a database that holds anything (graph or change
 * log) unless `overwrite`.
 */
export async function bulkLoad(data: GraphData, options: BulkLoadOptions): Promise<BulkLoadReport> {
  const started = performance.now();
  const script = options.script ?? defaultScript();
  const homeDir = resolve(options.homeDir ?? join(dirname(dirname(dirname(script))), '.neo4j'));
  const workDir = resolve(options.workDir ?? join(homeDir, 'import'));
  const port = portOf(options.neo4j.uri);
  const env = {
    ...process.env,
    NEO4J_PORT: port,
    NEO4J_HOME_DIR: homeDir,
    NEO4J_PASSWORD: options.neo4j.password,
  };

  // The server at the URI must be the one in homeDir: that is the one the script stops.
  const status = await runScript(script, ['status'], env, () => {});
  let overwrite = options.overwrite === true;
  if (status.code === 0) {
    await refuseUnlessEmpty(options.neo4j, overwrite);
    // An empty database is replaced by the import: nothing is lost.
    overwrite = true;
  } else await refuseOtherServer(options.neo4j, homeDir, status.output);

  const t0 = performance.now();
  const manifest = await writeImportFiles(data, workDir, {
    database: options.neo4j.database,
    onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
  });
  const writeSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const result = await runImport(
    script,
    [...(overwrite ? ['--overwrite'] : []), workDir],
    env,
    (progress) => options.onProgress?.(progress),
    options.onLog ?? (() => {}),
  );
  const { importMs, startSeconds } = result;
  if (result.code !== 0 || importMs === undefined) {
    throw new Error(
      `The bulk import failed (scripts/neo4j/neo4j.sh import, exit ${result.code}); the CSV files are kept in ${workDir}:\n${result.output.split('\n').slice(-25).join('\n')}`,
    );
  }
  const stopImportStartSeconds = (performance.now() - t1) / 1000;

  options.onProgress?.({ phase: 'lists' });
  const { listsSeconds, schemaSeconds, checkSeconds } = await finishBulkImport(
    options.neo4j,
    manifest,
    () => options.onProgress?.({ phase: 'schema' }),
  );
  const finishSeconds = listsSeconds + checkSeconds;
  if (!options.keepFiles) await rm(workDir, { recursive: true, force: true });

  const totalSeconds = (performance.now() - started) / 1000;
  const relationships = data.edges.length;
  return {
    nodes: data.nodes.length,
    relationships,
    writeSeconds,
    importSeconds: importMs / 1000,
    stopImportStartSeconds,
    ...(startSeconds === undefined ? {} : { startSeconds }),
    schemaSeconds,
    finishSeconds,
    totalSeconds,
    importRelationshipsPerSecond: Math.round(relationships / (importMs / 1000)),
    totalRelationshipsPerSecond: Math.round(relationships / totalSeconds),
    leftovers: manifest.leftovers.nodes.length + manifest.leftovers.edges.length,
    csvBytes: manifest.bytes,
  };
}

/**
 * With the server of homeDir running: refuses a database that holds anything (graph or change
 * log) unless `overwrite`.
 */
async function refuseUnlessEmpty(config: Neo4jStoreConfig, overwrite: boolean): Promise<void> {
  const store = await Neo4jStore.connect(config);
  try {
    const health = await store.health();
    const changes = await store.listChanges({}, { first: 1 });
    const empty = health.nodes === 0 && health.relationships === 0 && changes.totalCount === 0;
    if (!empty && !overwrite) {
      throw badInput(
        `Neo4j at ${config.uri} is not empty (${health.nodes} nodes, ${health.relationships} relationships, ${changes.totalCount} logged changes): ` +
          'the bulk import only loads an empty database. Top up with `diplomap seed`, or replace everything (--clear).',
        {},
      );
    }
  } finally {
    await store.close();
  }
}

/**
 * With the server of homeDir stopped: refuses when another server answers at the URI (the script
 * would import into the wrong one).
 */
async function refuseOtherServer(
  config: Neo4jStoreConfig,
  homeDir: string,
  statusOutput: string,
): Promise<void> {
  if (await answers(config)) {
    throw badInput(
      `Neo4j at ${config.uri} is not the server of ${homeDir} (scripts/neo4j/neo4j.sh status: ${statusOutput.trim()}); ` +
        'set NEO4J_HOME_DIR to its home folder.',
      {},
    );
  }
}

async function answers(config: Neo4jStoreConfig): Promise<boolean> {
  const store = new Neo4jStore(config);
  try {
    return (await store.health()).ok;
  } finally {
    await store.close();
  }
}
