/** One kind of CSV import file: its columns, and how one row becomes nodes and relationships. */
import type { Provenance } from '../../domain/graph-records.js';
import { FieldError, keyOf } from '../import/field-values.js';
import type { EdgeInput, ImportBatch, Need, Origin } from '../import/import-batch.js';
import type { GraphNode } from '../../domain/graph-records.js';
import { findUnsafeChar, unsafeCharMessage } from '../../domain/text-hygiene.js';

/** Columns that may hold several lines; every other cell is one line (text-hygiene.ts). */
const MULTILINE_COLUMNS = new Set(['description', 'quote', 'note', 'props', 'sources']);

/** Columns every table may have: where the row's fact comes from. */
export const PROVENANCE_COLUMNS = ['source', 'quote', 'note'] as const;

export interface CsvTable {
  name: string;
  /** Columns a file must have to be read as this table (also how the table is recognised). */
  required: readonly string[];
  optional: readonly string[];
  /** Further columns the table accepts and does not read (the export's `prop_*` copies). */
  extraColumns?: RegExp;
  /** Rows carry their own sources (exported records): the file gets no Source node. */
  ownSources?: boolean;
  read(row: CsvRow): void;
}

/** A row being read: its cells, where it is, and what its facts cite. */
export class CsvRow {
  readonly provenance: Provenance;
  readonly needs: Need[] = [];

  constructor(
    readonly batch: ImportBatch,
    readonly origin: Origin,
    private readonly cells: Record<string, string>,
    fileSource: string,
  ) {
    // A control character anywhere refuses the row, before any of its facts is read.
    for (const [column, value] of Object.entries(cells)) {
      const multiline = MULTILINE_COLUMNS.has(column) || column.startsWith('prop_');
      const found = findUnsafeChar(value, multiline ? 'multiline' : 'line');
      if (found) throw new FieldError(`${column} ${unsafeCharMessage(found)}`);
    }
    const cited = this.cell('source');
    const source = cited === undefined ? fileSource : keyOf(cited, 'source');
    if (cited !== undefined) this.needs.push({ key: source, types: ['Source'], role: 'source' });
    const note = this.cell('note');
    const where = `${origin.file}:${origin.line}`;
    this.provenance = { source, note: note ? `${note} (${where})` : where };
    const quote = this.cell('quote');
    if (quote) this.provenance.quote = quote.replace(/\s+/g, ' ');
  }

  /** The trimmed cell, or undefined when empty. */
  cell(column: string): string | undefined {
    const value = this.cells[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  required(column: string): string {
    const value = this.cell(column);
    if (value === undefined) throw new FieldError(`${column} is empty`);
    return value;
  }

  node(node: Omit<GraphNode, 'sources'>): void {
    this.batch.addNode({ ...node, sources: [this.provenance] }, this.origin, this.needs);
  }

  edge(edge: Omit<EdgeInput, 'source'>): void {
    this.batch.addEdge({ ...edge, source: this.provenance }, this.origin, this.needs);
  }
}
