/**
 * What `diplomap serve` does for the partnership index on Neo4j, in the background while it
 * answers (docs/partnership-index.md):
 * - at start, an index that a load left not complete is rebuilt (partner questions walk the rules
 *   until it ends). A load still writing takes the index back from it, and its own rebuild
 *   finishes the work;
 * - then, every `checkEveryMs`, when the index is complete but its counts are unused (an edit
 *   here or in another process changed a topic set), its entries are counted again (a recount,
 *   much shorter than a rebuild). Until it ends, questions count their hits.
 * Never throws: work cut short by a shutdown or a lost database is logged.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphStore } from '../store/graph-store.js';
import type { Neo4jStore } from '../store/neo4j/neo4j-store.js';
import type { createLogger } from './logger.js';

type Logger = ReturnType<typeof createLogger>;

export interface IndexKeeper {
  /** Stops checking (before the store closes); work under way ends with the store. */
  stop(): void;
  /** Settles when the keeper has stopped. */
  readonly done: Promise<void>;
}

export function keepPartnershipIndex(
  store: GraphStore,
  logger: Logger,
  checkEveryMs: number,
): IndexKeeper {
  const stopping = new AbortController();
  if (store.kind !== 'neo4j') return { stop: () => stopping.abort(), done: Promise.resolve() };
  const neo4jStore = store as Neo4jStore;
  const done = (async () => {
    await rebuildStaleIndex(neo4jStore, logger);
    while (!stopping.signal.aborted) {
      try {
        await sleep(checkEveryMs, undefined, { signal: stopping.signal });
      } catch {
        return; // stopped
      }
      await recountIfUnused(neo4jStore, logger);
    }
  })();
  return { stop: () => stopping.abort(), done };
}

async function rebuildStaleIndex(store: Neo4jStore, logger: Logger): Promise<void> {
  try {
    if (await store.partnershipIndexComplete()) return;
    logger.info('partnership index not complete: rebuilding it in the background');
    const started = Date.now();
    let lastReport = started;
    const ended = await store.rebuildPartnershipIndex((done, total) => {
      if (Date.now() - lastReport < 10_000) return;
      lastReport = Date.now();
      logger.info({ done, total }, 'partnership index: rebuilding');
    });
    const ms = Date.now() - started;
    if (ended) logger.info({ ms }, 'partnership index rebuilt');
    else logger.info({ ms }, 'partnership index: a load or another rebuild took over');
  } catch (error) {
    logger.warn({ err: error }, 'partnership index rebuild stopped; `diplomap index` rebuilds it');
  }
}

async function recountIfUnused(store: Neo4jStore, logger: Logger): Promise<void> {
  try {
    const state = await store.partnershipIndexState();
    if (!state.complete || state.countsUsable) return;
    logger.info('partnership index counts unused (a topic set changed): counting again');
    const started = Date.now();
    let lastReport = started;
    const outcome = await store.recountPartnershipIndex((done) => {
      if (Date.now() - lastReport < 10_000) return;
      lastReport = Date.now();
      logger.info({ done }, 'partnership index counts: counting again');
    });
    logger.info({ outcome, ms: Date.now() - started }, 'partnership index counts: recount ended');
  } catch (error) {
    logger.warn(
      { err: error },
      'partnership index recount stopped; it starts again on the next check',
    );
  }
}
