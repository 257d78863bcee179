/**
 * Counting the partnership index's entries again on Neo4j (docs/partnership-index.md, "Counts").
 *
 * Which topics an entry works on depends on the topic sets of the whole graph; an edit that
 * changes one leaves the counts unused (write-entries.cypher), since refreshing every entry it
 * moves would not fit in the edit's transaction. A recount makes them usable again without a
 * rebuild: it reads each entry's kept reach (what its topic rules reach, its regions, its kind
 * and partner count), computes its topics and counts under the sets as they are now with the
 * domain's rule (partner-counts.ts), and writes only what changed, a batch per transaction under
 * the index's lock (so no edit rewrites an entry between the read and the write). It holds the
 * state's `pendingStamp` while it runs; an entry written meanwhile under other sets clears it,
 * and the recount then stops without making the counts usable (a later one starts again).
 */
import neo4j from 'neo4j-driver';
import type { TopicEvidence } from '../../domain/queries.js';
import { entryCountKeys, topicsWorkedOn } from '../../domain/semantics/partner-counts.js';
import { readCountBasis, type CountBasis } from './partner-counts.js';
import { lockIndex, runIn } from './partnership-index.js';
import type { RunStatement } from './index-reads.js';
import { onlyRecord } from './query-results.js';
import { listColumn } from './rows.js';
import type { Neo4jContext } from './sessions.js';

/** Entries read, counted and written in one transaction. */
export const RECOUNT_BATCH = 2_000;

/** How a recount ended: the counts are usable, or why not. */
export type RecountOutcome =
  /** It ran and the counts are usable. */
  | 'recounted'
  /** The counts were usable already. */
  | 'usable'
  /** The index is not complete (never built, or a load or rebuild holds it). */
  | 'not-complete'
  /** An entry was written under other topic sets meanwhile: the counts stay unused. */
  | 'overtaken';

/** After each batch, entries done so far; awaited before the next batch. */
export type RecountProgress = (done: number) => void | Promise<void>;

interface KeptEntry {
  actor: string;
  type: string;
  partnerCount: number;
  regions: string[];
  keptRegions: string[] | null;
  worksOn: string[] | null;
  counted: string[] | null;
  topics: TopicEvidence[];
}

export async function recountIndex(
  db: Neo4jContext,
  onProgress?: RecountProgress,
  batchSize = RECOUNT_BATCH,
): Promise<RecountOutcome> {
  const basis = await readCountBasis((s, q) => db.read(s, q), db.cypher);
  const start = await db.write(async (tx) => {
    const run = runIn(tx);
    await lockIndex(run, db.cypher);
    return onlyRecord(
      await run(db.cypher.statements.beginRecount, { countStamp: basis.stamp }),
      'beginRecount',
    );
  });
  if (start.get('usable') === true) return 'usable';
  if (start.get('begun') !== true) return 'not-complete';
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const batch = await db.write((tx) => recountBatch(runIn(tx), db, basis, after, batchSize));
    if (batch === 'overtaken') return 'overtaken';
    if (batch === null) break;
    done += batch.read;
    after = batch.last;
    await onProgress?.(done);
  }
  return db.write(async (tx) => {
    const run = runIn(tx);
    await lockIndex(run, db.cypher);
    const now = await readCountBasis(run, db.cypher);
    const end = onlyRecord(
      await run(db.cypher.statements.endRecount, { countStamp: basis.stamp, setsNow: now.stamp }),
      'endRecount',
    );
    return end.get('stamped') === true ? 'recounted' : 'overtaken';
  });
}

/** One batch, in its transaction: null when no entry is left. */
async function recountBatch(
  run: RunStatement,
  db: Neo4jContext,
  basis: CountBasis,
  after: string | null,
  first: number,
): Promise<{ read: number; last: string } | 'overtaken' | null> {
  await lockIndex(run, db.cypher);
  const row = onlyRecord(
    await run(db.cypher.statements.recountEntries, {
      countStamp: basis.stamp,
      after,
      first: neo4j.int(first),
    }),
    'recountEntries',
  );
  if (row.get('holds') !== true) return 'overtaken';
  const entries = listColumn<KeptEntry>(row, 'entries');
  const last = entries.at(-1);
  if (!last) return null;
  // Only the entries whose lists changed are written (compared as sets: only the order of what
  // the relationships give may differ).
  const updates = [];
  for (const kept of entries) {
    const worksOn = topicsWorkedOn(kept.topics, basis.above);
    const regions = new Set(kept.regions);
    const counted = entryCountKeys({ ...kept, regions }, kept.type, worksOn);
    const changed =
      !sameSet(kept.regions, kept.keptRegions) ||
      !sameSet(worksOn, kept.worksOn) ||
      !sameSet(counted, kept.counted);
    if (changed) updates.push({ actor: kept.actor, regions: kept.regions, worksOn, counted });
  }
  if (updates.length > 0) await run(db.cypher.statements.writeEntryCounts, { entries: updates });
  return { read: entries.length, last: last.actor };
}

function sameSet(a: readonly string[], b: readonly string[] | null): boolean {
  if (b === null || a.length !== b.length) return false;
  const set = new Set(b);
  return a.every((item) => set.has(item));
}
