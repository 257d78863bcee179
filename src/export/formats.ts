/**
 * The export formats: GEXF (Gephi) with graphology's writer, GraphML (Cytoscape, yEd) written
 * with fast-xml-parser's builder (graphology-graphml only parses), and CSV (nodes.csv, edges.csv).
 * Every format keeps aliases, props and sources as JSON text attributes, so it re-imports whole.
 */
import { write as writeGexf } from 'graphology-gexf';
import { XMLBuilder } from 'fast-xml-parser';
import type { GraphData } from '../domain/graph-records.js';
import { toGraphology } from './graphology-graph.js';
import { EDGE_COLUMNS, edgeRow, NODE_COLUMNS, nodeRow } from './record-columns.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function toGexf(data: GraphData): string {
  return writeGexf(toGraphology(data), {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes }),
  });
}

const NODE_ATTRIBUTES = NODE_COLUMNS.filter((c) => c !== 'key');
const EDGE_ATTRIBUTES = EDGE_COLUMNS.filter((c) => c !== 'key' && c !== 'from' && c !== 'to');

/** GraphML: one <key> per attribute (all strings), a directed graph, ids = the graph's keys. */
export function toGraphml(data: GraphData): string {
  const keyElement = (kind: 'node' | 'edge', name: string) => ({
    '@_id': `${kind === 'node' ? 'n' : 'e'}_${name}`,
    '@_for': kind,
    '@_attr.name': name,
    '@_attr.type': 'string',
  });
  const dataElements = (kind: 'n' | 'e', row: Record<string, string>, names: readonly string[]) =>
    names
      .filter((name) => row[name] !== '')
      .map((name) => ({ '@_key': `${kind}_${name}`, '#text': row[name] }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [
        ...NODE_ATTRIBUTES.map((name) => keyElement('node', name)),
        ...EDGE_ATTRIBUTES.map((name) => keyElement('edge', name)),
      ],
      graph: {
        '@_id': 'diplomap',
        '@_edgedefault': 'directed',
        node: data.nodes.map((node) => {
          const row = nodeRow(node);
          return { '@_id': row.key, data: dataElements('n', row, NODE_ATTRIBUTES) };
        }),
        edge: data.edges.map((edge) => {
          const row = edgeRow(edge);
          return {
            '@_id': row.key,
            '@_source': row.from,
            '@_target': row.to,
            data: dataElements('e', row, EDGE_ATTRIBUTES),
          };
        }),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: true,
    suppressEmptyNode: true,
  });
  return builder.build(document) as string;
}

/** RFC 4180 CSV: a field is quoted when it holds a comma, a quote, a line break or edge spaces. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvTable(columns: readonly string[], rows: Record<string, string>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export function toCsv(data: GraphData, part: CsvPart): string {
  return part === 'nodes'
    ? csvTable(NODE_COLUMNS, data.nodes.map(nodeRow))
    : csvTable(EDGE_COLUMNS, data.edges.map(edgeRow));
}
