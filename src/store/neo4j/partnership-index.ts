/**
 * The partnership index on Neo4j (docs/partnership-index.md): the domain's entries and upkeep
 * (src/domain/semantics/index-upkeep.ts), stored in the database as a graph of their own
 * (index/write-entries.cypher) and read by find-indexed-partners.cypher.
 *
 * - An edit keeps it up in the edit's own transaction (`keepIndexUp`, from apply-change.ts): the
 *   notes of the touched keys are read, the affected actors found and their entries computed by
 *   the evaluator, loading what the rules read a pass at a time (FaultingReader), and written.
 * - A load (upsert, the bulk import) marks it not complete; `rebuildIndex` computes every entry
 *   again in batches, then, locked, catches up with the edits made meanwhile and marks it complete.
 *   Until then partner questions walk the rules (find-partners.cypher): slower, never wrong.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  FaultingReader,
  settle,
  settleEach,
  type Loaded,
  type Misses,
} from '../../domain/semantics/faulting-reader.js';
import {
  affectedActors,
  computeEntries,
  type ComputedEntry,
} from '../../domain/semantics/index-upkeep.js';
import { compareKeyLists, compareKeys } from '../../domain/key-lists.js';
import type { TopicEvidence } from '../../domain/queries.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { parseSizeId, sizeId } from '../../domain/semantics/recording-reader.js';
import type { CypherRegistry } from './cypher-registry.js';
import { loadMisses, readNotes, type RunStatement } from './index-reads.js';
import { countsOf, readCountBasis, type CountBasis } from './partner-counts.js';
import { onlyRecord } from './query-results.js';
import { listColumn, numberColumn, textColumn, textListColumn, type Row } from './rows.js';
import type { Neo4jContext } from './sessions.js';

/** Actors whose entries a rebuild computes and writes in one batch (one write transaction). */
const REBUILD_BATCH = 1_000;

/**
 * What a rebuild's reader may hold (nodes, link lists, sizes) before it starts afresh: batches
 * share what the rules read (regions, countries, hubs), which takes most loads off later batches,
 * and this bounds the memory that costs on a large graph.
 */
const REBUILD_READER_MAX = 1_000_000;

/** The index's state as lock-index.cypher reads it (and locks it). */
export interface IndexState {
  complete: boolean;
  rebuild: string | null;
  seq: number;
  actors: number;
}

/** How a rebuild reports: actors done of the graph's actors. */
export type IndexProgress = (done: number, total: number) => void;

export function runIn(tx: ManagedTransaction): RunStatement {
  return async (statement, query) => (await tx.run(statement, { query })).records;
}

/** Locks the index's state for the rest of the transaction and reads it. */
export async function lockIndex(run: RunStatement, cypher: CypherRegistry): Promise<IndexState> {
  const row = onlyRecord(await run(cypher.statements.lockIndex, {}), 'lockIndex');
  const rebuild: unknown = row.get('rebuild');
  return {
    complete: row.get('complete') === true,
    rebuild: typeof rebuild === 'string' ? rebuild : null,
    seq: numberColumn(row, 'seq'),
    actors: numberColumn(row, 'actors'),
  };
}

/**
 * After a write that touched `touched` (touchedKeys): refreshes the entries of the actors it
 * affects, in the same transaction. Only for a complete index (the caller checked, under lock).
 */
export async function keepIndexUp(
  run: RunStatement,
  cypher: CypherRegistry,
  touched: readonly string[],
): Promise<void> {
  if (touched.length === 0) return;
  const reader = new FaultingReader();
  const load = loadMisses.bind(null, run, cypher);
  const notes = await readNotes(run, cypher, touched);
  const basis = await readCountBasis(run, cypher);
  const affected = await settle(reader, () => affectedActors(touched, notes, reader), load);
  const computed = await computeSettled(reader, affected, load);
  await writeEntries(run, cypher, { computed, reader, basis }, null);
}

/** Entries to write: computed, with the reader that holds their actors and the counts' basis. */
interface EntryBatch {
  computed: Map<string, ComputedEntry | null>;
  reader: FaultingReader;
  basis: CountBasis;
}

/** The entries of `keys`, each computed again only while it misses what the reader holds. */
function computeSettled(
  reader: FaultingReader,
  keys: Iterable<string>,
  load: (misses: Misses) => Promise<Loaded>,
): Promise<Map<string, ComputedEntry | null>> {
  return settleEach(reader, keys, (key) => computeEntries(reader, [key]).get(key) ?? null, load);
}

/** Replaces the entries of the computed keys; false when a later rebuild holds the state. */
async function writeEntries(
  run: RunStatement,
  cypher: CypherRegistry,
  { computed, reader, basis }: EntryBatch,
  rebuild: string | null,
): Promise<boolean> {
  const entries = [];
  for (const [actor, c] of computed)
    if (c)
      entries.push({
        actor,
        partnerCount: neo4j.int(c.entry.partnerCount),
        regions: [...c.entry.regions],
        topics: c.entry.topics,
        reads: [...c.reads.keys],
        sizes: [...c.reads.sizes].map(([id, large]) => ({ ...parseSizeId(id), large })),
        // An entry is computed for an actor only, so its node is loaded.
        ...countsOf(c, reader.node(actor)!.type, basis),
      });
  const row = onlyRecord(
    await run(cypher.statements.writeEntries, {
      rebuild,
      drop: [...computed.keys()],
      entries,
      countStamp: basis.stamp,
    }),
    'writeEntries',
  );
  return row.get('current') === true;
}

/** Marks the index not complete (a load is writing the graph outside edits); gives the token. */
export async function markIndexStale(
  db: Neo4jContext,
): Promise<{ token: string; state: IndexState }> {
  const token = randomUUID();
  const state = await db.write(async (tx) => {
    const run = runIn(tx);
    const locked = await lockIndex(run, db.cypher);
    await run(db.cypher.statements.setIndexState, {
      complete: false,
      rebuild: token,
      since: neo4j.int(locked.seq),
    });
    return locked;
  });
  return { token, state };
}

/**
 * Computes every entry again: marks the index not complete, clears it, writes the entries a batch
 * of actors at a time, then catches up with the edits made meanwhile and marks it complete. Gives
 * false when a later rebuild took over (it finishes the work instead).
 */
export async function rebuildIndex(
  db: Neo4jContext,
  autoCommit: (statement: string) => Promise<void>,
  onProgress?: IndexProgress,
): Promise<boolean> {
  const { token, state } = await markIndexStale(db);
  await autoCommit(db.cypher.statements.clearIndex);
  const read: RunStatement = (statement, query) => db.read(statement, query);
  // Every batch counts with the topic sets read now, after the mark: an edit that changes them
  // later is among the changes caught up with at the end.
  const basis = await readCountBasis(read, db.cypher);
  let after: string | null = null;
  let done = 0;
  onProgress?.(0, state.actors);
  // Each batch is read and computed while the one before it is written (one write at a time).
  let writing: Promise<boolean> = Promise.resolve(true);
  let reader = new FaultingReader();
  const load = loadMisses.bind(null, read, db.cypher);
  for (;;) {
    const rows: Row[] = await read(db.cypher.statements.actorKeys, {
      after,
      first: neo4j.int(REBUILD_BATCH),
    });
    const keys = rows.map((row) => textColumn(row, 'key'));
    if (keys.length === 0) break;
    if (reader.size() > REBUILD_READER_MAX) reader = new FaultingReader();
    const batch = { computed: await computeSettled(reader, keys, load), reader, basis };
    if (!(await writing)) return false;
    writing = db.write((tx) => writeEntries(runIn(tx), db.cypher, batch, token));
    void writing.then(
      () => onProgress?.((done += keys.length), Math.max(done, state.actors)),
      () => {},
    );
    after = keys[keys.length - 1]!;
  }
  if (!(await writing)) return false;
  return db.write(async (tx) => {
    const run = runIn(tx);
    const locked = await lockIndex(run, db.cypher);
    if (locked.rebuild !== token) return false;
    const since = onlyRecord(
      await run(db.cypher.statements.changesSince, { since: neo4j.int(state.seq) }),
      'changesSince',
    );
    await keepIndexUp(run, db.cypher, textListColumn(since, 'keys'));
    // The counts are usable if the sets are still those the batches counted with.
    const now = await readCountBasis(run, db.cypher);
    const ended = onlyRecord(
      await run(db.cypher.statements.setIndexState, {
        complete: true,
        rebuild: token,
        since: null,
        countStamp: now.stamp === basis.stamp ? now.stamp : null,
      }),
      'setIndexState',
    );
    return ended.get('current') === true;
  });
}

/**
 * Whether the index is complete (read by partner questions) or waits for a rebuild, and whether
 * its counts are usable or wait for a recount (index-recount.ts).
 */
export async function readIndexState(
  db: Neo4jContext,
): Promise<{ complete: boolean; countsUsable: boolean }> {
  const row = onlyRecord(await db.read(db.cypher.statements.indexState), 'indexState');
  return { complete: row.get('complete') === true, countsUsable: row.get('countsUsable') === true };
}

/**
 * Every entry in the embedded index's snapshot form (PartnershipIndex.snapshot), evidence sorted:
 * for comparing the kept index with one rebuilt from scratch.
 */
export async function indexEntries(db: Neo4jContext): Promise<Record<string, unknown>> {
  const rows = await db.read(db.cypher.statements.indexEntries);
  const sorted = (list: string[]) => [...list].sort(compareKeys);
  return Object.fromEntries(
    rows.map((row) => [
      textColumn(row, 'actor'),
      {
        partnerCount: numberColumn(row, 'partnerCount'),
        regions: sorted(textListColumn(row, 'regions')),
        topics: listColumn<TopicEvidence>(row, 'topics').sort(compareEvidence),
        reads: sorted(textListColumn(row, 'reads')),
        sizes: listColumn<{ type: RelationshipType; hub: string; large: boolean }>(row, 'sizes')
          .map((s): [string, boolean] => [sizeId(s.type, s.hub), s.large])
          .sort(([a], [b]) => compareKeys(a, b)),
      },
    ]),
  );
}

/** The index's counts that are not zero, and whether questions may use them (to compare). */
export async function indexCounts(
  db: Neo4jContext,
): Promise<{ usable: boolean; counts: { key: string; n: number }[] }> {
  const row = onlyRecord(await db.read(db.cypher.statements.indexCounts), 'indexCounts');
  return {
    usable: row.get('usable') === true,
    counts: listColumn<{ key: string; n: number }>(row, 'counts'),
  };
}

/** Topic evidence in one order (kind, node, topic), as both indexes are compared. */
export function compareEvidence(a: TopicEvidence, b: TopicEvidence): number {
  return compareKeyLists([a.kind, a.nodeKey, a.topicKey], [b.kind, b.nodeKey, b.topicKey]);
}
