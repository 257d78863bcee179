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
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { badInput, invariant } from '../../domain/errors.js';
import type { GraphData } from '../../domain/graph-records.js';
import { isNodeType } from '../../domain/node-types.js';
import { isRelationshipType } from '../../domain/relationship-types.js';
import { Neo4jStore, type Neo4jStoreConfig } from './neo4j-store.js';
import { toEdgeRow, toNodeRow } from './records.js';

/** Between the elements of a list and between labels: a control character no text should have. */
export const ARRAY_DELIMITER = '\u001f';
/** The importer's read buffer must hold the longest value; its default is 4 MiB. */
const DEFAULT_READ_BUFFER = 4 * 1024 * 1024;
/** Properties set to [] after the import when the CSV left them out (empty lists). */
const LIST_FIELDS = new Set(['aliases', 'propKeys']);
/** Characters of CSV text kept in memory before they are written out. */
const FLUSH_AT = 8 << 20;
/** Property names the importer's CSV header can carry unquoted (`name:type`). */
const HEADER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

export interface ImportManifest {
  /** The folder with the CSV files and `import.args` (the importer's arguments, one per line). */
  dir: string;
  nodeFiles: string[];
  relationshipFiles: string[];
  /** The files whose strings have line breaks (read in the importer's multi-line mode). */
  multilineFiles: string[];
  /** Records in the CSV files. */
  nodes: number;
  relationships: number;
  /** Written through `upsert` after the import (see above). */
  leftovers: GraphData;
  /** The importer's arguments after `neo4j-admin database import full` (also in import.args). */
  args: string[];
  bytes: number;
}

export interface WriteImportOptions {
  /** Called now and then with records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The database to import into (default neo4j). */
  database?: string;
}

/**
 * Writes `data` as the importer's CSV files into `dir` (emptied first), with `import.args`.
 * Refuses what the import cannot load at all: unknown types, duplicate keys, property names that
 * are not plain identifiers, relationships whose endpoint is not among the nodes.
 */
export async function writeImportFiles(
  data: GraphData,
  dir: string,
  options: WriteImportOptions = {},
): Promise<ImportManifest> {
  dir = resolve(dir);
  checkGraph(data);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  const total = data.nodes.length + data.edges.length;
  let done = 0;
  let lastReport = 0;
  const tick = () => {
    done++;
    if (options.onProgress && (done - lastReport >= 10_000 || done === total)) {
      lastReport = done;
      options.onProgress(done, total);
    }
  };

  const files = new CsvFiles(dir);
  const leftovers: GraphData = { nodes: [], edges: [] };
  let maxValue = 0;
  let nodeCount = 0;
  for (const node of data.nodes) {
    const row = toNodeRow(node);
    const columns: Column[] = [];
    let leftover = false;
    for (const [name, value] of Object.entries(row.properties)) {
      if (name === 'key') continue;
      const column = toColumn(name, value, node.key);
      if (column === 'empty-list') continue; // restored by restoreEmptyLists
      if (column === 'inexpressible') {
        leftover = true;
        continue;
      }
      columns.push(column);
      maxValue = Math.max(maxValue, column.text.length);
    }
    if (leftover) leftovers.nodes.push(node);
    const key = quote(row.key);
    maxValue = Math.max(maxValue, key.length);
    files.write('nodes', columns, [key, quote(row.labels.join(ARRAY_DELIMITER))]);
    if (files.pending > FLUSH_AT) await files.flush();
    nodeCount++;
    tick();
  }
  let relationshipCount = 0;
  for (const edge of data.edges) {
    const row = toEdgeRow(edge);
    const columns: Column[] = [];
    let leftover = false;
    for (const [name, value] of Object.entries(row.properties)) {
      const column = toColumn(name, value, edge.key);
      if (column === 'empty-list') continue;
      if (column === 'inexpressible') leftover = true;
      else {
        columns.push(column);
        maxValue = Math.max(maxValue, column.text.length);
      }
    }
    if (leftover) leftovers.edges.push(edge);
    else {
      files.write('relationships', columns, [quote(edge.from), quote(edge.to), quote(edge.type)]);
      if (files.pending > FLUSH_AT) await files.flush();
      relationshipCount++;
    }
    tick();
  }
  const written = await files.close();
  if (total === 0) options.onProgress?.(0, 0);

  const args = [
    // One option per file: the files of one option are read as one, with the first one's header.
    ...written.nodes.map((file) => `--nodes=${file}`),
    ...written.relationships.map((file) => `--relationships=${file}`),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    '--id-type=string',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    // checkGraph has already found every endpoint among the nodes: no strict (slower) lookup.
    '--strict=false',
    '--trim-strings=false',
    '--ignore-empty-strings=false',
    '--normalize-types=false',
    `--read-buffer-size=${Math.max(DEFAULT_READ_BUFFER, 2 * maxValue + 1024)}`,
    ...(written.multiline.length > 0
      ? ['--multiline-fields-format=v2', `--multiline-fields=${written.multiline.join(',')}`]
      : []),
    options.database ?? 'neo4j',
  ];
  // A picocli argument file: one argument per line (paths have no spaces or quotes, see CsvFiles).
  await writeFile(join(dir, 'import.args'), `${args.join('\n')}\n`);
  return {
    dir,
    nodeFiles: written.nodes,
    relationshipFiles: written.relationships,
    multilineFiles: written.multiline,
    nodes: nodeCount,
    relationships: relationshipCount,
    leftovers,
    args,
    bytes: written.bytes,
  };
}

/**
 * After the import and the restart, before the schema: sets the empty lists the importer cannot
 * store (cheaper while no index but the token lookups exists). Then, with the schema applied by
 * `Neo4jStore.connect`: upserts the leftovers and checks the counts.
 */
async function finishBulkImport(
  config: Neo4jStoreConfig,
  manifest: Pick<ImportManifest, 'nodes' | 'relationships' | 'leftovers'>,
  onSchema: () => void,
): Promise<{ listsSeconds: number; schemaSeconds: number; checkSeconds: number }> {
  const t0 = performance.now();
  // Not connect(): that would apply the schema first.
  const bare = new Neo4jStore(config);
  try {
    await bare.restoreEmptyLists();
  } finally {
    await bare.close();
  }
  const t1 = performance.now();
  onSchema();
  const store = await Neo4jStore.connect(config);
  const t2 = performance.now();
  try {
    if (manifest.leftovers.nodes.length > 0 || manifest.leftovers.edges.length > 0)
      await store.upsert(manifest.leftovers);
    const health = await store.health();
    const nodes = manifest.nodes;
    const relationships = manifest.relationships + manifest.leftovers.edges.length;
    if (!health.ok || health.nodes !== nodes || health.relationships !== relationships) {
      throw new Error(
        `After the bulk import Neo4j holds ${health.nodes ?? '?'} nodes and ${health.relationships ?? '?'} relationships, ` +
          `expected ${nodes} and ${relationships}${health.reason ? ` (${health.reason})` : ''}.`,
      );
    }
  } finally {
    await store.close();
  }
  return {
    listsSeconds: (t1 - t0) / 1000,
    schemaSeconds: (t2 - t1) / 1000,
    checkSeconds: (performance.now() - t2) / 1000,
  };
}

interface Column {
  name: string;
  type: ColumnType;
  text: string;
}

/** A property as a CSV column, or why it is not one. */
function toColumn(
  name: string,
  value: unknown,
  key: string,
): Column | 'empty-list' | 'inexpressible' {
  if (!HEADER_NAME.test(name)) {
    throw badInput(
      `The bulk import cannot store the property "${name}" of ${key} (only names of letters, digits and _); load this graph with \`diplomap seed\`.`,
      { key },
    );
  }
  if (neo4j.isInt(value)) return { name, type: 'long', text: value.toString() };
  switch (typeof value) {
    case 'string':
      return value.includes('\0') ? 'inexpressible' : { name, type: 'string', text: quote(value) };
    case 'number':
      // JavaScript's shortest round-trip form; Java's Double.parseDouble reads it back exactly.
      return { name, type: 'double', text: Object.is(value, -0) ? '-0.0' : String(value) };
    case 'boolean':
      return { name, type: 'boolean', text: String(value) };
    default:
      break;
  }
  invariant(Array.isArray(value), `property ${name} of ${key} is not a storable value`);
  const list = value as unknown[];
  if (list.length === 0) return LIST_FIELDS.has(name) ? 'empty-list' : 'inexpressible';
  for (const element of list) {
    invariant(typeof element === 'string', `property ${name} of ${key} is not a list of strings`);
    if (element === '' || element.includes(ARRAY_DELIMITER) || element.includes('\0'))
      return 'inexpressible';
  }
  return { name, type: 'string[]', text: quote(list.join(ARRAY_DELIMITER)) };
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function checkGraph(data: GraphData): void {
  const nodeKeys = new Set<string>();
  for (const node of data.nodes) {
    if (!isNodeType(node.type))
      throw badInput(`Node ${node.key} has an unknown type "${node.type}".`, { key: node.key });
    if (nodeKeys.has(node.key))
      throw badInput(`Two nodes have the key ${node.key}.`, { key: node.key });
    nodeKeys.add(node.key);
  }
  const edgeKeys = new Map<string, Set<string>>();
  for (const edge of data.edges) {
    if (!isRelationshipType(edge.type))
      throw badInput(`Relationship ${edge.key} has an unknown type "${edge.type}".`, {
        key: edge.key,
      });
    let keys = edgeKeys.get(edge.type);
    if (!keys) edgeKeys.set(edge.type, (keys = new Set()));
    if (keys.has(edge.key))
      throw badInput(`Two ${edge.type} relationships have the key ${edge.key}.`, {
        key: edge.key,
      });
    keys.add(edge.key);
    for (const end of [edge.from, edge.to]) {
      if (!nodeKeys.has(end))
        throw badInput(`Cannot write ${edge.type} relationships: no node has the key ${end}.`, {
          missing: [end],
        });
    }
  }
}

/**
 * The CSV files, one per kind × column set × multi-line-or-not: each file's first line is its
 * header. Names are `nodes-<n>.csv` / `relationships-<n>.csv` in the (absolute, plain) folder.
 */
class CsvFiles {
  private readonly open = new Map<string, OpenFile>();
  private count = 0;

  constructor(private readonly dir: string) {
    invariant(
      !/[\s,'"]/.test(dir),
      `the import folder ${dir} must have no spaces, commas or quotes`,
    );
  }

  /** Characters added and not yet written. */
  pending = 0;

  write(kind: 'nodes' | 'relationships', columns: Column[], fixed: string[]): void {
    columns.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const multiline = columns.some((c) => c.type !== 'long' && /[\n\r]/.test(c.text));
    const signature = `${kind}|${multiline ? 'm' : ''}|${columns.map((c) => `${c.name}:${c.type}`).join(',')}`;
    let file = this.open.get(signature);
    if (!file) {
      const path = join(this.dir, `${kind}-${++this.count}.csv`);
      const head = kind === 'nodes' ? ['key:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE'];
      file = new OpenFile(path, kind, multiline);
      this.open.set(signature, file);
      this.pending += file.add(
        `${[...head, ...columns.map((c) => `${c.name}:${c.type}`)].join(',')}\n`,
      );
    }
    this.pending += file.add(`${[...fixed, ...columns.map((c) => c.text)].join(',')}\n`);
  }

  async flush(): Promise<void> {
    for (const file of this.open.values()) await file.flush();
    this.pending = 0;
  }

  async close(): Promise<{
    nodes: string[];
    relationships: string[];
    multiline: string[];
    bytes: number;
  }> {
    const result = {
      nodes: [] as string[],
      relationships: [] as string[],
      multiline: [] as string[],
      bytes: 0,
    };
    for (const file of this.open.values()) {
      await file.close();
      result[file.kind].push(file.path);
      if (file.multiline) result.multiline.push(file.path);
      result.bytes += file.bytes;
    }
    return result;
  }
}

class OpenFile {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  bytes = 0;

  constructor(
    readonly path: string,
    readonly kind: 'nodes' | 'relationships',
    readonly multiline: boolean,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  add(text: string): number {
    this.chunks.push(text);
    return text.length;
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text))
      await new Promise<void>((resolveDrain) => this.stream.once('drain', resolveDrain));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((done, fail) => {
      this.stream.once('error', fail);
      this.stream.end(done);
    });
  }
}

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
  const log = options.onLog ?? (() => {});

  // The server at the URI must be the one in homeDir: that is the one the script stops.
  const status = await runScript(script, ['status'], env, () => {});
  let overwrite = options.overwrite === true;
  if (status.code === 0) {
    const store = await Neo4jStore.connect(options.neo4j);
    try {
      const health = await store.health();
      const changes = await store.listChanges({}, { first: 1 });
      const empty = health.nodes === 0 && health.relationships === 0 && changes.totalCount === 0;
      if (!empty && !overwrite) {
        throw badInput(
          `Neo4j at ${options.neo4j.uri} is not empty (${health.nodes} nodes, ${health.relationships} relationships, ${changes.totalCount} logged changes): ` +
            'the bulk import only loads an empty database. Top up with `diplomap seed`, or replace everything (--clear).',
          {},
        );
      }
      // An empty database is replaced by the import: nothing is lost.
      overwrite = true;
    } finally {
      await store.close();
    }
  } else if (await answers(options.neo4j)) {
    throw badInput(
      `Neo4j at ${options.neo4j.uri} is not the server of ${homeDir} (scripts/neo4j/neo4j.sh status: ${status.output.trim()}); ` +
        'set NEO4J_HOME_DIR to its home folder.',
      {},
    );
  }

  const t0 = performance.now();
  const manifest = await writeImportFiles(data, workDir, {
    database: options.neo4j.database,
    onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
  });
  const writeSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  let importMs: number | undefined;
  let startSeconds: number | undefined;
  const steps = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d\d-\d\d/;
  const percent = /\s(\d+)% ∆/;
  let stage = { name: 'import', step: 1, steps: 1 };
  const result = await runScript(
    script,
    ['import', ...(overwrite ? ['--overwrite'] : []), workDir],
    env,
    (line) => {
      const step = steps.exec(line);
      if (step) stage = { name: step[3], step: Number(step[1]), steps: Number(step[2]) };
      const done = percent.exec(line);
      if (done) {
        options.onProgress?.({
          phase: 'import',
          stage: stage.name,
          step: stage.step,
          steps: stage.steps,
          percent: Number(done[1]),
        });
        return;
      }
      const ms = /^NEO4J_IMPORT_MS=(\d+)$/.exec(line);
      if (ms) importMs = Number(ms[1]);
      const ready = /ready after (\d+) s/.exec(line);
      if (ready) startSeconds = Number(ready[1]);
      else if (/^neo4j\.sh: (stopping|stopped)/.test(line)) options.onProgress?.({ phase: 'stop' });
      else if (/^neo4j\.sh: (imported|starting|running)/.test(line))
        options.onProgress?.({ phase: 'start' });
      if (line.trim() !== '' && !/^[.-]?[. ]*$/.test(line.trim())) log(line);
    },
  );
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

/** The repository's scripts/neo4j/neo4j.sh (found from src/ and from dist/src/ alike). */
export function defaultScript(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'scripts', 'neo4j', 'neo4j.sh');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`scripts/neo4j/neo4j.sh not found above ${here}`);
}

function portOf(uri: string): string {
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri);
  if (!match) {
    throw badInput(
      `The bulk import runs the local Neo4j of scripts/neo4j/neo4j.sh; NEO4J_URI must be bolt://127.0.0.1:<port>, not ${uri}.`,
      {},
    );
  }
  return match[1] ?? '7687';
}

async function answers(config: Neo4jStoreConfig): Promise<boolean> {
  const store = new Neo4jStore(config);
  try {
    return (await store.health()).ok;
  } finally {
    await store.close();
  }
}

function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('bash', [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 1_000_000) output = output.slice(-500_000);
      const lines = (partial + text).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', fail);
    child.on('close', (code) => {
      if (partial !== '') onLine(partial);
      done({ code: code ?? 1, output });
    });
  });
}
