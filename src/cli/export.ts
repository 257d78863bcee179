/**
 * `diplomap export`: the whole graph or a slice as GEXF, GraphML or CSV, from the configured store
 * (Neo4j at NEO4J_URI, or the embedded store's data directory, read without taking its lock).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvPart } from '../export/csv.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/export-format.js';
import { exportChunks, writerFor, type ExportCounts } from '../export/export-stream.js';
import { parseSliceFilter, SliceReader } from '../export/graph-slice.js';
import { readConfig } from '../config/config.js';
import { openGraph } from './open-graph.js';

export interface ExportOptions {
  format: string;
  out: string;
  region?: string;
  theme?: string;
  kinds?: string;
}

export async function exportGraph(options: ExportOptions): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format))
    throw new Error(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}; got "${options.format}".`,
    );
  const filter = parseSliceFilter(options);
  const config = readConfig();
  const store = await openGraph({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    ...(config.dataDir && !config.neo4j ? { dataDir: config.dataDir, readOnly: true } : {}),
  });
  try {
    const format = options.format as ExportFormat;
    const reader = await SliceReader.open(store, filter);
    // One file: --out is its path. CSV's two tables: --out is a folder.
    const files: [string, CsvPart | undefined][] =
      format === 'csv'
        ? (mkdirSync(options.out, { recursive: true }),
          (['nodes', 'edges'] as const).map((part) => [join(options.out, `${part}.csv`), part]))
        : [[options.out, undefined]];
    const counts: ExportCounts = { nodes: 0, edges: 0 };
    for (const [path, part] of files) {
      const written: ExportCounts = { nodes: 0, edges: 0 };
      await pipeline(
        Readable.from(exportChunks(reader, writerFor(format, part), written), {
          objectMode: false,
        }),
        createWriteStream(path),
      );
      if (part !== 'edges') counts.nodes = written.nodes;
      if (part !== 'nodes') counts.edges = written.edges;
    }
    process.stdout.write(
      `Exported ${counts.nodes} nodes and ${counts.edges} relationships to ${files.map(([p]) => p).join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
}
