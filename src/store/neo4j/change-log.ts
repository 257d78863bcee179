/**
 * The Neo4j store's change log read back (GraphStore.listChanges, list-changes.cypher): each
 * entry keeps its number, time, author and operation as properties and the rest as JSON.
 */
import neo4j from 'neo4j-driver';
import { changePosition, type ChangeQuery, type ChangeRecord } from '../../domain/changes.js';
import { decodeCursor, type Page, type PageRequest } from '../../domain/pagination.js';
import type { CallOptions } from '../call-options.js';
import { onlyRecord, pageFromRecord } from './query-results.js';
import { listColumn } from './rows.js';
import type { Neo4jContext } from './sessions.js';

interface StoredChange {
  seq: number;
  at: string;
  by: string;
  operation: string;
  payload: string;
}

export async function listChanges(
  db: Neo4jContext,
  query: ChangeQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<ChangeRecord>> {
  const after = page.after === undefined ? undefined : decodeCursor(page.after);
  const records = await db.read(
    db.cypher.statements.listChanges,
    {
      since: query.since ?? null,
      by: query.by ?? null,
      touching: query.touching ?? null,
      afterSeq: neo4j.int(after === undefined ? 0 : Number.parseInt(after.key, 10)),
      first: neo4j.int(page.first),
    },
    options,
  );
  const result = onlyRecord(records, 'listChanges');
  const changes = listColumn<StoredChange>(result, 'page').map((stored): ChangeRecord => ({
    ...(JSON.parse(stored.payload) as Omit<ChangeRecord, 'seq' | 'at' | 'by' | 'operation'>),
    seq: stored.seq,
    at: stored.at,
    by: stored.by,
    operation: stored.operation,
  }));
  return pageFromRecord(result, changes, changePosition, page);
}
