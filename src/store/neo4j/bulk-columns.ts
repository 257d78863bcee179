/**
 * A property as a column of the bulk import's CSV files, written so that `neo4j-admin database
 * import` reads back exactly what Neo4jStore.upsert writes (records.ts), or why it cannot be.
 */
import neo4j from 'neo4j-driver';
import { badInput, invariant } from '../../domain/errors.js';

/** Between the elements of a list and between labels: a control character no text should have. */
export const ARRAY_DELIMITER = '\u001f';
/** Properties set to [] after the import when the CSV left them out (empty lists). */
const LIST_FIELDS = new Set(['aliases', 'propKeys']);
/** Property names the importer's CSV header can carry unquoted (`name:type`). */
const HEADER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

export interface Column {
  name: string;
  type: ColumnType;
  text: string;
}

/** A record's properties as columns; `leftover` when one cannot be said in CSV (bulk-import.ts). */
export interface RecordColumns {
  columns: Column[];
  leftover: boolean;
  /** The longest column text, for the importer's read buffer. */
  longest: number;
}

/** The columns of a node's or relationship's stored properties (its `key` column aside). */
export function columnsOf(
  properties: Record<string, unknown>,
  key: string,
  skip?: string,
): RecordColumns {
  const result: RecordColumns = { columns: [], leftover: false, longest: 0 };
  for (const [name, value] of Object.entries(properties)) {
    if (name === skip) continue;
    const column = toColumn(name, value, key);
    if (column === 'empty-list') continue; // restored by restoreEmptyLists
    if (column === 'inexpressible') result.leftover = true;
    else {
      result.columns.push(column);
      result.longest = Math.max(result.longest, column.text.length);
    }
  }
  return result;
}

/** A property as a CSV column, or why it is not one. */
function toColumn(
  name: string,
  value: unknown,
  key: string,
): Column | 'empty-list' | 'inexpressible' {
  if (!HEADER_NAME.test(name)) {
    throw badInput(
      `The bulk import cannot store the property "${name}" of ${key} (only names of letters, digits and _); load this graph with \`diplomap seed\`.`,
      { key },
    );
  }
  if (neo4j.isInt(value)) return { name, type: 'long', text: value.toString() };
  switch (typeof value) {
    case 'string':
      return value.includes('\0') ? 'inexpressible' : { name, type: 'string', text: quote(value) };
    case 'number':
      // JavaScript's shortest round-trip form; Java's Double.parseDouble reads it back exactly.
      return { name, type: 'double', text: Object.is(value, -0) ? '-0.0' : String(value) };
    case 'boolean':
      return { name, type: 'boolean', text: String(value) };
    default:
      break;
  }
  invariant(Array.isArray(value), `property ${name} of ${key} is not a storable value`);
  const list = value as unknown[];
  if (list.length === 0) return LIST_FIELDS.has(name) ? 'empty-list' : 'inexpressible';
  for (const element of list) {
    invariant(typeof element === 'string', `property ${name} of ${key} is not a list of strings`);
    if (element === '' || element.includes(ARRAY_DELIMITER) || element.includes('\0'))
      return 'inexpressible';
  }
  return { name, type: 'string[]', text: quote(list.join(ARRAY_DELIMITER)) };
}

/** A CSV field in double quotes, its quotes doubled. */
export function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
