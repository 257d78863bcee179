/**
 * The rows the Neo4j store's statements return, read in one place. The driver types a column
 * `any`; a Row types it `unknown`, and the readers below check the scalar columns every statement
 * shares (keys, counts, property maps), so a statement that returns something else fails loudly
 * here instead of spreading a wrong value. Integers arrive as JS numbers (disableLosslessIntegers).
 */
import type { Record as Neo4jRecord, RecordShape } from 'neo4j-driver';
import { invariant } from '../../domain/errors.js';
import { isRelationshipType, type RelationshipType } from '../../domain/relationship-types.js';
import type { StoredProperties } from './records.js';

/** One row of a statement's result, its columns not yet read. */
export type Row = Neo4jRecord<RecordShape<PropertyKey, unknown>>;

export function textColumn(row: Row, column: string): string {
  const value = row.get(column);
  invariant(typeof value === 'string', `column ${column} is not a string`);
  return value;
}

export function numberColumn(row: Row, column: string): number {
  const value = row.get(column);
  invariant(typeof value === 'number', `column ${column} is not a number`);
  return value;
}

export function booleanColumn(row: Row, column: string): boolean {
  const value = row.get(column);
  invariant(typeof value === 'boolean', `column ${column} is not a boolean`);
  return value;
}

export function textListColumn(row: Row, column: string): string[] {
  const value = row.get(column);
  invariant(
    Array.isArray(value) && value.every((item) => typeof item === 'string'),
    `column ${column} is not a list of strings`,
  );
  return value;
}

/** A column holding a list (of maps a statement builds), its items as the statement shapes them. */
export function listColumn<T>(row: Row, column: string): T[] {
  const value = row.get(column);
  invariant(Array.isArray(value), `column ${column} is not a list`);
  return value as T[];
}

export function propertiesColumn(row: Row, column: string): StoredProperties {
  const value = row.get(column);
  invariant(isPropertyMap(value), `column ${column} is not a property map`);
  return value;
}

export function relationshipTypeColumn(row: Row, column: string): RelationshipType {
  const value = textColumn(row, column);
  invariant(isRelationshipType(value), `column ${column} holds an unknown type ${value}`);
  return value;
}

function isPropertyMap(value: unknown): value is StoredProperties {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
