/**
 * CSV: two tables, nodes and edges (one file each), with the record columns first and the scalar
 * properties after them as `prop_*` columns, so spreadsheets and pandas read them directly.
 *
 * Cells are neutralised against CSV (formula) injection as OWASP advises: a text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as
 * text instead of running it. Numbers are written as they are (a negative latitude stays a
 * number). The rule is reversible, so the export re-imports exactly: a text that already starts
 * with `'`s before such a character gets one more, and `restoreCell` takes one off.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { GraphData } from '../domain/graph-records.js';
import { writeAll, type ColumnModels, type ExportWriter } from './export-writer.js';
import {
  edgeFromColumns,
  edgeRow,
  nodeFromColumns,
  nodeRow,
  type Columns,
} from './record-columns.js';

export type CsvPart = 'nodes' | 'edges';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A text cell as written: a formula-like start is prefixed with `'`. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as read back from an export: undoes neutraliseCell. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

export function csvWriter(part: CsvPart, models: ColumnModels): ExportWriter {
  const columns = (part === 'nodes' ? models.nodes : models.edges).names();
  const rows = (values: Columns[]) =>
    values.length === 0 ? '' : stringify(values, { columns, cast: { string: neutraliseCell } });
  return {
    needs: { nodes: part === 'nodes', edges: part === 'edges' },
    head: () => stringify([columns]),
    nodes: (nodes) => (part === 'nodes' ? rows(nodes.map(nodeRow)) : ''),
    middle: () => '',
    edges: (edges) => (part === 'edges' ? rows(edges.map(edgeRow)) : ''),
    tail: () => '',
  };
}

export function toCsv(data: GraphData, part: CsvPart): string {
  return writeAll(data, (models) => csvWriter(part, models));
}

export function fromCsv(nodesCsv: string, edgesCsv: string): GraphData {
  const read = (text: string) =>
    parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true }).map((row) => {
      for (const column in row) row[column] = restoreCell(row[column]!);
      return row;
    });
  return {
    nodes: read(nodesCsv).map((row, i) => nodeFromColumns(row, `nodes.csv row ${i + 1}`)),
    edges: read(edgesCsv).map((row, i) => edgeFromColumns(row, `edges.csv row ${i + 1}`)),
  };
}
