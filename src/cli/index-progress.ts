/**
 * `diplomap index` and the last step of every load into Neo4j (seed, generate, the bulk import):
 * the partnership index computed from scratch (docs/partnership-index.md), with a progress bar.
 * Until it ends, partner questions walk the rules instead: slower, never wrong.
 */
import cliProgress from 'cli-progress';
import { readConfig } from '../config/config.js';
import type { RecountOutcome } from '../store/neo4j/index-recount.js';
import type { Neo4jStore, Neo4jStoreConfig } from '../store/neo4j/neo4j-store.js';

/** Rebuilds the store's partnership index, drawing a bar on a terminal (a line every 2 s otherwise). */
export async function rebuildIndexWithProgress(
  store: Neo4jStore,
  options: { progress: boolean },
): Promise<void> {
  const bar =
    options.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format:
              'Indexing partnerships [{bar}] {percentage}% | {value}/{total} actors | {eta}s left',
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  const started = Date.now();
  let lastReport = 0;
  const ended = await store.rebuildPartnershipIndex((done, total) => {
    if (bar && done === 0) bar.start(total, 0);
    bar?.update(done);
    if (!bar && options.progress && (done === total || Date.now() - lastReport > 2000)) {
      lastReport = Date.now();
      process.stderr.write(`  partnership index: ${done}/${total} actors\n`);
    }
  });
  bar?.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    ended
      ? `Partnership index built in ${seconds} s.\n`
      : `Partnership index: a rebuild started meanwhile took over (${seconds} s); it finishes the work.\n`,
  );
}

/**
 * `diplomap index`: rebuilds the partnership index of the Neo4j at NEO4J_URI, or (`counts`)
 * counts its entries again under the graph's topic sets.
 */
export async function rebuildIndex(options: {
  progress: boolean;
  counts?: boolean;
}): Promise<void> {
  const config = readConfig();
  if (!config.neo4j)
    throw new Error(
      'NEO4J_URI is not set: `diplomap index` rebuilds the partnership index kept in Neo4j. (The embedded store builds its own at start.)',
    );
  if (options.counts) await recountIndexAt(config.neo4j, options);
  else await rebuildIndexAt(config.neo4j, options);
}

/** What a recount's outcome means, for people. */
const RECOUNT_OUTCOMES: Record<RecountOutcome, string> = {
  recounted: 'counted again: partner questions take their totals from the counts',
  usable: 'already usable under the topic sets as they are: nothing to do',
  'not-complete':
    'not counted: the index is not complete (never built, or a load or rebuild holds it); `diplomap index` rebuilds it',
  overtaken:
    'not usable: an edit changed a topic set while counting; run it again (a server does on its own)',
};

/** Connects to a Neo4j, counts its partnership index's entries again with progress, and closes. */
export async function recountIndexAt(
  neo4j: Neo4jStoreConfig,
  options: { progress: boolean },
): Promise<void> {
  await withStore(neo4j, async (store) => {
    const started = Date.now();
    let lastReport = started;
    const outcome = await store.recountPartnershipIndex((done) => {
      if (!options.progress || Date.now() - lastReport < 2000) return;
      lastReport = Date.now();
      process.stderr.write(`  partnership index counts: ${done} entries\n`);
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`Partnership index counts ${RECOUNT_OUTCOMES[outcome]} (${seconds} s).\n`);
    if (outcome === 'not-complete' || outcome === 'overtaken') process.exitCode = 1;
  });
}

/** Connects to a Neo4j, rebuilds its partnership index with progress, and closes. */
export async function rebuildIndexAt(
  neo4j: Neo4jStoreConfig,
  options: { progress: boolean },
): Promise<void> {
  await withStore(neo4j, (store) => rebuildIndexWithProgress(store, options));
}

/** Connects to a Neo4j, runs `work` on it and closes, whatever happens. */
async function withStore(
  neo4j: Neo4jStoreConfig,
  work: (store: Neo4jStore) => Promise<void>,
): Promise<void> {
  const { Neo4jStore } = await import('../store/neo4j/neo4j-store.js');
  const store = await Neo4jStore.connect(neo4j);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}
