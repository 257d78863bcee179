/**
 * nodes.csv and edges.csv as `diplomap export --format csv` writes them: whole records with their
 * own sources, so an export re-imports as the same graph (the round trip).
 */
import {
  EDGE_COLUMNS,
  edgeFromRow,
  NODE_COLUMNS,
  nodeFromRow,
} from '../../export/record-columns.js';
import { FieldError } from '../import/field-values.js';
import type { CsvRow, CsvTable } from './csv-table.js';

function cellsOf(row: CsvRow, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, row.cell(c) ?? '']));
}

function reading<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new FieldError((error as Error).message);
  }
}

export const graphNodeTable: CsvTable = {
  name: 'nodes',
  required: ['key', 'type', 'name', 'props', 'sources'],
  optional: ['aliases', 'description'],
  ownSources: true,
  read(row: CsvRow) {
    const node = reading(() => nodeFromRow(cellsOf(row, NODE_COLUMNS)));
    row.batch.addNode(node, row.origin);
  },
};

export const graphEdgeTable: CsvTable = {
  name: 'edges',
  required: ['key', 'type', 'from', 'to', 'props', 'sources'],
  optional: [],
  ownSources: true,
  read(row: CsvRow) {
    const edge = reading(() => edgeFromRow(cellsOf(row, EDGE_COLUMNS)));
    row.batch.addRecordEdge(edge, row.origin);
  },
};
