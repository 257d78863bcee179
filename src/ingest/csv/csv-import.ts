/**
 * Reads one CSV import file into a batch. The header says which table it is (docs/import-export.md, "CSV tables");
 * a row that cannot be read is refused with its line and the reason, and the other rows go on.
 */
import { parse } from 'csv-parse/sync';
import { FieldError } from '../import/field-values.js';
import type { ImportBatch } from '../import/import-batch.js';
import { agreementTable } from './agreement-table.js';
import { actorTable } from './actor-table.js';
import { CsvRow, PROVENANCE_COLUMNS, type CsvTable } from './csv-table.js';
import { graphEdgeTable, graphNodeTable } from './graph-tables.js';
import { projectTable } from './project-table.js';
import { membershipTable, twinningTable } from './relation-tables.js';

/** In the order they are tried: the most specific header first. */
export const CSV_TABLES: readonly CsvTable[] = [
  graphEdgeTable,
  graphNodeTable,
  membershipTable,
  twinningTable,
  projectTable,
  agreementTable,
  actorTable,
];

export function tableFor(header: readonly string[]): CsvTable | undefined {
  return CSV_TABLES.find((table) => table.required.every((column) => header.includes(column)));
}

export interface CsvImportOptions {
  /** The file's name as reports and provenance notes show it. */
  file: string;
  /** The Source a row cites when it names none. */
  fileSource: string;
}

/** Reads the file into the batch; returns the table it was read as, or undefined when refused whole. */
export function readCsvImport(
  text: string,
  batch: ImportBatch,
  options: CsvImportOptions,
): CsvTable | undefined {
  const { file } = options;
  let records: { record: string[]; info: { lines: number }; raw?: string }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    batch.reject(
      { file, line: lineOfError(error) },
      `not readable as CSV: ${(error as Error).message}`,
    );
    return undefined;
  }
  if (records.length === 0) {
    batch.reject({ file, line: 1 }, 'the file is empty');
    return undefined;
  }
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const table = tableFor(header);
  if (!table) {
    batch.reject(
      { file, line: 1 },
      `the header (${header.join(', ')}) matches no import table: see docs/import-export.md, "CSV tables"`,
    );
    return undefined;
  }
  const known = new Set([...table.required, ...table.optional, ...PROVENANCE_COLUMNS]);
  const unknown = header.filter((h) => !known.has(h) && !table.extraColumns?.test(h));
  if (unknown.length > 0) {
    // A misspelt column would silently drop a fact: refuse the file instead.
    batch.reject(
      { file, line: 1 },
      `unknown column${unknown.length > 1 ? 's' : ''} for the ${table.name} table: ${unknown.join(', ')}`,
    );
    return undefined;
  }
  for (const { record, info, raw } of records.slice(1)) {
    // info.lines is the line the record ends on; a quoted cell may span several lines.
    const line = info.lines - ((raw ?? '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const origin = { file, line };
    if (record.length !== header.length) {
      batch.reject(origin, `${record.length} cells where the header has ${header.length}`);
      continue;
    }
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i]!]));
    try {
      table.read(new CsvRow(batch, origin, cells, options.fileSource));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      batch.reject(origin, error.message);
    }
  }
  return table;
}

function lineOfError(error: unknown): number {
  const lines = (error as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines : 1;
}
