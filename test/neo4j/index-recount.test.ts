/**
 * Neo4j: after an edit changed a topic set, the partnership index's counts are unused until its
 * entries are counted again (src/store/neo4j/index-recount.ts): a recount gives the counts a
 * rebuild gives, and one overtaken by another topic-set edit leaves them unused.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChangeSet } from '../../src/domain/changes.js';
import { edgeKey } from '../../src/domain/graph-records.js';
import type { PartnerQuery } from '../../src/domain/queries.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { sdgPartners, THEME_ALIGNMENT } from '../support/graph-fixtures.js';
import { randomGraph } from '../semantics/random-graph.js';
import { randomEdit } from '../semantics/random-edits.js';
import { indexedThenEdited } from './indexed-edits.js';

const RUNS = Number(process.env.FC_RUNS_NEO4J ?? 6);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

describe('Neo4j: counting the partnership index again', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await Neo4jStore.connect(inject('neo4j'));
  });
  afterAll(async () => store.close());

  const change = (changes: Partial<ChangeSet>) =>
    store.applyChange({
      operation: 'test',
      by: 'test',
      source: { source: 'source:test' },
      summary: 'test',
      changes: { putNodes: [], deleteNodes: [], putEdges: [], deleteEdges: [], ...changes },
    });

  async function loadSdgPartners(): Promise<void> {
    await store.clearAll();
    await store.upsert(sdgPartners());
    expect(await store.rebuildPartnershipIndex()).toBe(true);
  }

  const onTheme: PartnerQuery = { workingOn: 'theme:t' };

  it('makes the counts usable after an edit changed a topic set, equal to a rebuild’s', async () => {
    await loadSdgPartners();
    expect(await store.recountPartnershipIndex()).toBe('usable');
    await change({ putEdges: [THEME_ALIGNMENT] });
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: false });
    // Meanwhile the question counts its hits: a and b work on the theme through SDG 1.
    const counted = await store.findPartners(onTheme, { first: 1 });
    expect(counted.totalCount).toBe(2);

    expect(await store.recountPartnershipIndex(undefined, 2)).toBe('recounted');
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: true });
    const kept = await store.partnershipIndexCounts();
    expect(await store.findPartners(onTheme, { first: 1 })).toEqual(counted);
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    expect(kept).toEqual(await store.partnershipIndexCounts());
  });

  it('leaves the counts unused when a topic set changes while it counts; the next recount ends', async () => {
    await loadSdgPartners();
    await change({ putEdges: [THEME_ALIGNMENT] });
    let batches = 0;
    const outcome = await store.recountPartnershipIndex(async () => {
      // After the first batch (two entries counted with the theme aligned), the alignment goes.
      if (++batches === 1) await change({ deleteEdges: [THEME_ALIGNMENT.key] });
    }, 2);
    expect(outcome).toBe('overtaken');
    expect(batches).toBe(1);
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: false });
    expect((await store.findPartners(onTheme, { first: 1 })).totalCount).toBe(0);

    expect(await store.recountPartnershipIndex(undefined, 2)).toBe('recounted');
    const kept = await store.partnershipIndexCounts();
    expect((await store.findPartners(onTheme, { first: 1 })).totalCount).toBe(0);
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    expect(kept).toEqual(await store.partnershipIndexCounts());
  });

  it('counts an index written before the counts (no lists on its entries), as a rebuild would', async () => {
    await loadSdgPartners();
    const rebuiltCounts = await store.partnershipIndexCounts();
    const asked: PartnerQuery[] = [
      {},
      { workingOn: 'sdg:1' },
      { inRegion: 'region:r' },
      { inRegion: 'region:r', workingOn: 'sdg:1' },
    ];
    const answers = await Promise.all(asked.map((q) => store.findPartners(q, { first: 1 })));
    // What an index built before the counts holds: entries without their lists, no counts.
    const config = inject('neo4j');
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
    try {
      await driver.executeQuery('MATCH (e:IndexEntry) REMOVE e.regions, e.worksOn, e.counted');
      await driver.executeQuery('MATCH (c:IndexCount) DELETE c');
      await driver.executeQuery('MATCH (s:IndexState) REMOVE s.countStamp');
    } finally {
      await driver.close();
    }
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: false });
    expect(await store.recountPartnershipIndex()).toBe('recounted');
    expect(await store.partnershipIndexCounts()).toEqual(rebuiltCounts);
    for (const [i, q] of asked.entries())
      expect(await store.findPartners(q, { first: 1 }), JSON.stringify(q)).toEqual(answers[i]);
  });

  it('does nothing on an index that is not complete', async () => {
    await store.clearAll();
    await store.upsert(sdgPartners());
    expect(await store.recountPartnershipIndex()).toBe('not-complete');
    expect(await store.partnershipIndexState()).toEqual({ complete: false, countsUsable: false });
  });

  it('after random edit sequences, gives a rebuild’s counts and answers as a fresh store', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomGraph,
        fc.array(randomEdit, { minLength: 1, maxLength: 10 }),
        async (data, edits) => {
          const graph = await indexedThenEdited(store, data, edits);
          // Then a topic set changes: a theme's alignment with an SDG comes or goes (when the
          // edits left a theme and an SDG).
          const nodes = [...graph.nodes.values()];
          const theme = nodes.find((n) => n.type === 'Theme')?.key;
          const sdg = nodes.find((n) => n.type === 'Sdg')?.key;
          if (theme !== undefined && sdg !== undefined) {
            const alignment = { ...THEME_ALIGNMENT, from: theme, to: sdg };
            alignment.key = edgeKey(alignment.type, theme, sdg);
            const had = graph.edges.has(alignment.key);
            if (had) graph.removeEdge(alignment.key);
            else graph.putEdge(alignment);
            await change(had ? { deleteEdges: [alignment.key] } : { putEdges: [alignment] });
          }
          const { countsUsable } = await store.partnershipIndexState();
          expect(await store.recountPartnershipIndex(undefined, 3)).toBe(
            countsUsable ? 'usable' : 'recounted',
          );
          const kept = await store.partnershipIndexCounts();
          expect(kept.usable).toBe(true);

          const fresh = await MemoryStore.fromData({
            nodes: [...graph.nodes.values()],
            edges: [...graph.edges.values()],
          });
          const topics = [...graph.nodes.values()].filter((n) => /^(Theme|Sdg)$/.test(n.type));
          for (const q of [{}, ...topics.map((t) => ({ workingOn: t.key }))])
            expect(await store.findPartners(q, { first: 2 }), JSON.stringify(q)).toEqual(
              await fresh.findPartners(q, { first: 2 }),
            );
          await fresh.close();
          expect(await store.rebuildPartnershipIndex()).toBe(true);
          expect(kept).toEqual(await store.partnershipIndexCounts());
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
