/**
 * nodes.csv and edges.csv as `diplomap export --format csv` writes them: whole records with their
 * own sources, so an export re-imports as the same graph (the round trip). The `prop_*` columns
 * are copies for spreadsheets; `props` is the record, so they are not read.
 */
import { z } from 'zod';
import {
  EDGE_COLUMNS,
  edgeFromColumns,
  NODE_COLUMNS,
  nodeFromColumns,
} from '../../export/record-columns.js';
import { restoreCell } from '../../export/csv.js';
import { PROVENANCE_BASES, provenanceProblems } from '../../domain/provenance.js';
import { FieldError } from '../import/field-values.js';
import type { CsvRow, CsvTable } from './csv-table.js';

const props = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const sources = z
  .array(
    z
      .object({
        source: z.string().min(1),
        basis: z.enum(PROVENANCE_BASES).optional(),
        quote: z.string().optional(),
        readWith: z.array(z.string().min(1)).optional(),
        note: z.string().optional(),
      })
      .strict()
      .superRefine((p, ctx) => {
        for (const message of provenanceProblems(p)) ctx.addIssue({ code: 'custom', message });
      }),
  )
  .min(1, 'every fact needs a source');
const record = z.object({ aliases: z.array(z.string()).optional(), props, sources });

/** The record's cells, with the export's formula neutralisation undone (csv.ts). */
function cellsOf(row: CsvRow, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, restoreCell(row.cell(c) ?? '')]));
}

/** A record from its columns, its JSON checked: props the store can hold, a source on every fact. */
function reading<T extends object>(read: () => T): T {
  let value: T;
  try {
    value = read();
  } catch (error) {
    throw new FieldError((error as Error).message.replace(/^row: /, ''));
  }
  const checked = record.safeParse(value);
  if (!checked.success)
    throw new FieldError(
      checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return value;
}

export const graphNodeTable: CsvTable = {
  name: 'nodes',
  required: ['key', 'type', 'name', 'props', 'sources'],
  optional: ['aliases', 'description'],
  extraColumns: /^prop_/,
  ownSources: true,
  read(row: CsvRow) {
    const cells = cellsOf(row, NODE_COLUMNS);
    if (cells.aliases === '') cells.aliases = '[]';
    row.batch.addNode(
      reading(() => nodeFromColumns(cells, 'row')),
      row.origin,
    );
  },
};

export const graphEdgeTable: CsvTable = {
  name: 'edges',
  required: ['key', 'type', 'from', 'to', 'props', 'sources'],
  optional: [],
  extraColumns: /^prop_/,
  ownSources: true,
  read(row: CsvRow) {
    row.batch.addRecordEdge(
      reading(() => edgeFromColumns(cellsOf(row, EDGE_COLUMNS), 'row')),
      row.origin,
    );
  },
};
