/** The export formats, their file names and content types, in one place for HTTP and the CLI. */
import type { GraphData } from '../domain/graph-records.js';
import { toCsv, type CsvPart } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The files a format writes: one for GEXF and GraphML, nodes and edges for CSV. */
export function exportFiles(
  data: GraphData,
  format: ExportFormat,
): { name: string; text: string }[] {
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', text: toGexf(data) }];
    case 'graphml':
      return [{ name: 'graph.graphml', text: toGraphml(data) }];
    case 'csv':
      return (['nodes', 'edges'] as CsvPart[]).map((part) => ({
        name: `${part}.csv`,
        text: toCsv(data, part),
      }));
  }
}
