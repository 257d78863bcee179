/**
 * The columns an export declares before its rows (GEXF attributes, GraphML keys, the CSV header)
 * and the type of each, learnt by observing every row first: a column is `integer`, `long` or
 * `double` when all its values are numbers, `boolean` when all are booleans, else `string`.
 * Empty texts say nothing about a column's type.
 */
import type { Columns } from './record-columns.js';

export type ColumnKind = 'string' | 'integer' | 'long' | 'double' | 'boolean';

const NUMBER_ORDER: ColumnKind[] = ['integer', 'long', 'double'];

function kindOf(value: string | number | boolean): ColumnKind | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
  }
  return value === '' ? undefined : 'string';
}

function widen(a: ColumnKind, b: ColumnKind): ColumnKind {
  if (a === b) return a;
  const [i, j] = [NUMBER_ORDER.indexOf(a), NUMBER_ORDER.indexOf(b)];
  return i >= 0 && j >= 0 ? NUMBER_ORDER[Math.max(i, j)]! : 'string';
}

export class ColumnModel {
  private readonly kinds = new Map<string, ColumnKind | undefined>();

  constructor(private readonly fixed: readonly string[]) {}

  observe(columns: Columns): void {
    for (const [name, value] of Object.entries(columns)) {
      const kind = kindOf(value);
      const seen = this.kinds.get(name);
      this.kinds.set(
        name,
        seen === undefined ? kind : kind === undefined ? seen : widen(seen, kind),
      );
    }
  }

  /** The fixed columns first, in their order, then the others by name. */
  names(): string[] {
    const others = [...this.kinds.keys()].filter((name) => !this.fixed.includes(name)).sort();
    return [...this.fixed, ...others];
  }

  /** A column's type; `string` for a column seen only empty (or never). */
  kind(name: string): ColumnKind {
    return this.kinds.get(name) ?? 'string';
  }

  has(name: string): boolean {
    return this.kinds.has(name) || this.fixed.includes(name);
  }
}
