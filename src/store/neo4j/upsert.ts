/**
 * The Neo4j store's bulk write through transactions (GraphStore.upsert): nodes, then
 * relationships, in batches of `batchSize`, `writeConcurrency` transactions in flight. Each batch
 * marks the partnership index not complete with the load's token, in its own transaction: a
 * rebuild that started during the load then cannot mark the index complete over data it did not
 * read (it finds another token at its end, docs/partnership-index.md).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { badInput } from '../../domain/errors.js';
import type { GraphData, GraphEdge } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { onlyRecord, unique } from './query-results.js';
import { numberColumn, textListColumn } from './rows.js';
import { groupByType, refuseUnknownTypes, toEdgeRow, toNodeRow } from './records.js';
import type { Neo4jContext } from './sessions.js';

export interface UpsertSettings {
  batchSize: number;
  writeConcurrency: number;
}

/** The load's mark on the partnership index (markIndexStale): its token and change number. */
export interface LoadMark {
  token: string;
  since: number;
}

export async function upsert(
  db: Neo4jContext,
  settings: UpsertSettings,
  data: GraphData,
  mark: LoadMark,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  refuseUnknownTypes(data.nodes, data.edges);
  // Last in each batch's transaction, so the index's state is locked only while it commits.
  const markStale = async (tx: ManagedTransaction) =>
    void (await tx.run(db.cypher.statements.setIndexState, {
      query: { complete: false, rebuild: mark.token, since: neo4j.int(mark.since) },
    }));
  const edgesByType = groupByType(data.edges);
  const total = data.nodes.length + data.edges.length;
  let done = 0;
  const { batchSize, writeConcurrency } = settings;
  // Every node before any relationship: a relationship batch needs both endpoints.
  await inParallel(chunks(data.nodes, batchSize), writeConcurrency, async (batch) => {
    const rows = batch.map(toNodeRow);
    await db.write(async (tx) => {
      await tx.run(db.cypher.statements.upsertNodes, { rows });
      await markStale(tx);
    });
    onProgress?.((done += batch.length), total);
  });
  const edgeBatches = function* (): Generator<[RelationshipType, GraphEdge[]]> {
    for (const [type, edges] of edgesByType)
      for (const batch of chunks(edges, batchSize)) yield [type, batch];
  };
  await inParallel(edgeBatches(), writeConcurrency, async ([type, batch]) => {
    const statement = db.cypher.upsertEdgesFor(type);
    const rows = batch.map(toEdgeRow);
    await db.write(async (tx) => {
      const written = numberColumn(
        onlyRecord((await tx.run(statement, { rows })).records, 'upsertEdges'),
        'written',
      );
      // A row whose endpoint is missing is dropped by MATCH: refuse the batch (it rolls back).
      if (written !== rows.length) {
        const keys = unique(rows.flatMap((row) => [row.from, row.to]));
        const missing = onlyRecord(
          (await tx.run(db.cypher.statements.missingNodes, { keys })).records,
          'missingNodes',
        );
        const missingKeys = textListColumn(missing, 'missing');
        throw badInput(
          `Cannot write ${type} relationships: no node has the key ${missingKeys.slice(0, 10).join(', ')}` +
            (missingKeys.length > 10 ? ` … (${missingKeys.length} keys)` : '.'),
          { missing: missingKeys.slice(0, 100) },
        );
      }
      await markStale(tx);
    });
    onProgress?.((done += batch.length), total);
  });
  if (total === 0) onProgress?.(0, 0);
}

/** Runs `work` on each item with at most `limit` in flight; the first failure stops new work and is thrown. */
async function inParallel<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const worker = async () => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await work(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

function* chunks<T>(values: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
