/**
 * The bulk import's input: the graph as CSV files for `neo4j-admin database import full`, with
 * the importer's arguments in `import.args` (bulk-import.ts says what the CSV can and cannot
 * carry, and what happens to the rest).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { badInput } from '../../domain/errors.js';
import type { GraphData } from '../../domain/graph-records.js';
import { ARRAY_DELIMITER, columnsOf, quote } from './bulk-columns.js';
import { CsvFiles } from './bulk-csv-files.js';
import { refuseUnknownTypes, toEdgeRow, toNodeRow } from './records.js';

/** The importer's read buffer must hold the longest value; its default is 4 MiB. */
const DEFAULT_READ_BUFFER = 4 * 1024 * 1024;
/** Characters of CSV text kept in memory before they are written out. */
const FLUSH_AT = 8 << 20;

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
    const { columns, leftover, longest } = columnsOf(row.properties, node.key, 'key');
    if (leftover) leftovers.nodes.push(node);
    const key = quote(row.key);
    maxValue = Math.max(maxValue, longest, key.length);
    files.write('nodes', columns, [key, quote(row.labels.join(ARRAY_DELIMITER))]);
    if (files.pending > FLUSH_AT) await files.flush();
    nodeCount++;
    tick();
  }
  let relationshipCount = 0;
  for (const edge of data.edges) {
    const { columns, leftover, longest } = columnsOf(toEdgeRow(edge).properties, edge.key);
    maxValue = Math.max(maxValue, longest);
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

/** Refuses what the import cannot load at all (writeImportFiles). */
function checkGraph(data: GraphData): void {
  refuseUnknownTypes(data.nodes, data.edges);
  const nodeKeys = new Set<string>();
  for (const node of data.nodes) {
    if (nodeKeys.has(node.key))
      throw badInput(`Two nodes have the key ${node.key}.`, { key: node.key });
    nodeKeys.add(node.key);
  }
  const edgeKeys = new Map<string, Set<string>>();
  for (const edge of data.edges) {
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
