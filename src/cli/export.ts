/**
 * `diplomap export`: the whole graph or a slice as GEXF, GraphML or CSV, from the configured store
 * (Neo4j at NEO4J_URI, or the embedded store's data directory, read without taking its lock).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from '../export/export-format.js';
import { parseSliceFilter, readSlice } from '../export/graph-slice.js';
import { readConfig } from '../server/config.js';
import { openStore } from '../store/open-store.js';

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
  const store = await openStore({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    ...(config.dataDir && !config.neo4j ? { dataDir: config.dataDir, readOnly: true } : {}),
  });
  try {
    const data = await readSlice(store, filter);
    const files = exportFiles(data, options.format as ExportFormat);
    // One file: --out is its path. CSV's two tables: --out is a folder.
    const paths =
      files.length === 1
        ? [options.out]
        : (mkdirSync(options.out, { recursive: true }),
          files.map((f) => join(options.out, f.name)));
    files.forEach((file, i) => writeFileSync(paths[i]!, file.text));
    process.stdout.write(
      `Exported ${data.nodes.length} nodes and ${data.edges.length} relationships to ${paths.join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
}
