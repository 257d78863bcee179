/**
 * CSV: two tables, nodes and edges (one file each), with the record columns first and the scalar
 * properties after them as `prop_*` columns, so spreadsheets and pandas read them directly.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { GraphData } from '../domain/graph-records.js';
import {
  EDGE_COLUMNS,
  edgeColumns,
  edgeFromColumns,
  NODE_COLUMNS,
  nodeColumns,
  nodeFromColumns,
  scalarPropColumns,
  type Columns,
} from './record-columns.js';

export type CsvPart = 'nodes' | 'edges';

export function toCsv(data: GraphData, part: CsvPart): string {
  const rows: Columns[] =
    part === 'nodes'
      ? data.nodes.map((n) => ({ ...scalarPropColumns(n.props), ...nodeColumns(n) }))
      : data.edges.map((e) => ({ ...scalarPropColumns(e.props), ...edgeColumns(e) }));
  const fixed = part === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS;
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    .filter((c) => !fixed.includes(c))
    .sort();
  return stringify(rows, { header: true, columns: [...fixed, ...extra] });
}

export function fromCsv(nodesCsv: string, edgesCsv: string): GraphData {
  const read = (text: string) =>
    parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return {
    nodes: read(nodesCsv).map((row, i) => nodeFromColumns(row, `nodes.csv row ${i + 1}`)),
    edges: read(edgesCsv).map((row, i) => edgeFromColumns(row, `edges.csv row ${i + 1}`)),
  };
}
