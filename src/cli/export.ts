/** `diplomap export`: the graph or a slice as GEXF, GraphML or CSV (a directory with nodes.csv and edges.csv). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FORMATS, toCsv, toGexf, toGraphml, type ExportFormat } from '../export/formats.js';
import { checkSlice, loadSlice } from '../export/graph-slice.js';
import { readConfig } from '../server/config.js';
import { openStore } from '../store/open-store.js';

export interface ExportOptions {
  format: string;
  region?: string;
  theme?: string;
  kinds?: string;
  out: string;
}

export async function exportGraph(options: ExportOptions): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format))
    throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const format = options.format as ExportFormat;
  const config = readConfig();
  const store = await openStore({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    ...(config.dataDir && !config.neo4j ? { dataDir: config.dataDir } : {}),
  });
  try {
    const filter = await checkSlice(store, options);
    const data = await loadSlice(store, filter);
    const written: string[] = [];
    if (format === 'csv') {
      await mkdir(options.out, { recursive: true });
      for (const part of ['nodes', 'edges'] as const) {
        const path = join(options.out, `${part}.csv`);
        await writeFile(path, toCsv(data, part));
        written.push(path);
      }
    } else {
      await writeFile(options.out, format === 'gexf' ? toGexf(data) : toGraphml(data));
      written.push(options.out);
    }
    process.stdout.write(
      `${data.nodes.length} nodes, ${data.edges.length} relationships → ${written.join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
}
