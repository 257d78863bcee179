/**
 * Small helpers every Neo4j read and write shares: the one row of an aggregating statement,
 * the cursor parameters of a paged statement, and a Page built from the counts it returned.
 */
import neo4j from 'neo4j-driver';
import { invariant } from '../../domain/errors.js';
import {
  decodeCursor,
  encodeCursor,
  type Page,
  type PageRequest,
  type Position,
} from '../../domain/pagination.js';
import { booleanColumn, numberColumn, type Row } from './rows.js';
import { sortableText } from './sortable-text.js';

/** The row of a statement that always returns exactly one (it aggregates, or RETURNs a count). */
export function onlyRecord(records: readonly Row[], statement: string): Row {
  const [record] = records;
  invariant(record !== undefined, `the statement ${statement} returned no row`);
  return record;
}

/** A paged statement's `afterSort`, `afterKey` and `first` parameters (sortable-text.ts). */
export function pageParams(page: PageRequest): {
  afterSort: string | null;
  afterKey: string | null;
  first: ReturnType<typeof neo4j.int>;
} {
  const after = page.after === undefined ? undefined : decodeCursor(page.after);
  return {
    afterSort: after === undefined ? null : sortableText(after.sort),
    afterKey: after === undefined ? null : sortableText(after.key),
    first: neo4j.int(page.first),
  };
}

/**
 * A Page as paginate() builds it, from the page's items and the counts a paged statement's row
 * returned (its `totalCount` and `skipped` columns).
 */
export function pageFromRecord<T>(
  record: Row,
  values: T[],
  positionOf: (value: T) => Position,
  page: PageRequest,
): Page<T> {
  const totalCount = numberColumn(record, 'totalCount');
  const skipped = numberColumn(record, 'skipped');
  return {
    items: values.map((value) => ({ cursor: encodeCursor(positionOf(value)), value })),
    totalCount,
    hasNextPage: skipped + page.first < totalCount,
    hasPreviousPage: skipped > 0,
  };
}

/**
 * A Page from a statement's row that says itself whether there are pages around it (its
 * `totalCount`, `hasNextPage` and `hasPreviousPage` columns): one that reads a page in order from
 * its cursor, without counting the hits before it.
 */
export function pageFromFlags<T>(
  record: Row,
  values: T[],
  positionOf: (value: T) => Position,
): Page<T> {
  return {
    items: values.map((value) => ({ cursor: encodeCursor(positionOf(value)), value })),
    totalCount: numberColumn(record, 'totalCount'),
    hasNextPage: booleanColumn(record, 'hasNextPage'),
    hasPreviousPage: booleanColumn(record, 'hasPreviousPage'),
  };
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
