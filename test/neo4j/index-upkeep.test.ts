/**
 * The partnership index on Neo4j (src/store/neo4j/partnership-index.ts) is kept up by every edit
 * in the edit's own transaction: after random edit sequences applied with `applyChange`, the
 * entries Neo4j holds — what each read included — equal the embedded index rebuilt from scratch
 * on the same graph, and a rebuild in Neo4j gives them too. Partner questions then answer as the
 * embedded store opened afresh on that graph, totals from the index's counts and short first
 * pages read in key order included.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph-records.js';
import { isActorKind } from '../../src/domain/node-types.js';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { PartnerQuery } from '../../src/domain/queries.js';
import { PartnershipIndex } from '../../src/domain/semantics/partnership-index.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { compareEvidence } from '../../src/store/neo4j/partnership-index.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { edge as participation, node } from '../support/graph-fixtures.js';
import { MutableGraph } from '../semantics/mutable-graph.js';
import { randomGraph } from '../semantics/random-graph.js';
import { randomEdit } from '../semantics/random-edits.js';
import { indexedThenEdited } from './indexed-edits.js';
import { cursorsAcross } from '../support/cursor-pages.js';

const RUNS = Number(process.env.FC_RUNS_NEO4J ?? 6);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const isActor = (n: GraphNode) => isActorKind(n.type);

/** The embedded index rebuilt on the graph, evidence in the order Neo4j's entries are read in. */
function rebuilt(graph: MutableGraph): Record<string, unknown> {
  const index = new PartnershipIndex(graph);
  index.rebuild(graph.actors(isActor));
  const snapshot = index.snapshot() as Record<
    string,
    { topics: Parameters<typeof compareEvidence>[0][] }
  >;
  for (const entry of Object.values(snapshot))
    entry.topics = [...entry.topics].sort(compareEvidence);
  return snapshot;
}

function headlineQueries(graph: MutableGraph): PartnerQuery[] {
  const nodes = [...graph.nodes.values()];
  const regions = nodes.filter((n) => n.type === 'Region').map((n) => n.key);
  const topics = nodes.filter((n) => n.type === 'Theme' || n.type === 'Sdg').map((n) => n.key);
  return [
    {},
    ...regions.map((inRegion) => ({ inRegion })),
    ...topics.map((workingOn) => ({ workingOn })),
    ...regions.flatMap((inRegion) => topics.map((workingOn) => ({ inRegion, workingOn }))),
  ];
}

describe('Neo4j: the partnership index kept up by edits', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await Neo4jStore.connect(inject('neo4j'));
  });
  afterAll(async () => store.close());

  it('equals the index rebuilt from scratch after random edit sequences, and answers alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomGraph,
        fc.array(randomEdit, { minLength: 1, maxLength: 10 }),
        async (data, edits) => {
          const graph = await indexedThenEdited(store, data, edits);
          const expected = rebuilt(graph);
          expect(await store.partnershipIndexEntries()).toEqual(expected);

          const fresh = await MemoryStore.fromData({
            nodes: [...graph.nodes.values()],
            edges: [...graph.edges.values()],
          });
          const answersAlike = async () => {
            // Whole lists, and pages short enough to be read in key order (the counts), first
            // and after cursors across the list.
            for (const q of headlineQueries(graph)) {
              const whole = await fresh.findPartners(q, { first: WHOLE_LIST });
              const pages = [{ first: WHOLE_LIST }, { first: 2 }];
              pages.push(...cursorsAcross(whole, 2).map((after) => ({ first: 2, after })));
              for (const page of pages)
                expect(await store.findPartners(q, page), JSON.stringify([q, page])).toEqual(
                  await fresh.findPartners(q, page),
                );
            }
          };
          await answersAlike();
          const kept = await store.partnershipIndexCounts();

          expect(await store.rebuildPartnershipIndex()).toBe(true);
          expect(await store.partnershipIndexEntries()).toEqual(expected);
          // The counts edits kept equal a rebuild's, unless an edit changed the topic sets (then
          // they are not used until the rebuild, which makes them usable again).
          const counts = await store.partnershipIndexCounts();
          expect(counts.usable).toBe(true);
          if (kept.usable) expect(kept.counts).toEqual(counts.counts);
          await answersAlike();
          await fresh.close();
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('walks the rules while the index is not complete, and after a load until it is rebuilt', async () => {
    await store.clearAll();
    const a = node('city:a', 'Municipality');
    const b = node('city:b', 'Municipality');
    const p = node('project:p', 'Project');
    const edge = (from: string) => participation('PARTICIPATES_IN', from, p.key);
    await store.upsert({ nodes: [a, b, p], edges: [edge(a.key)] });
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    expect((await store.findPartners({}, { first: 10 })).totalCount).toBe(0);
    // A load writes outside edits: the index is not complete until rebuilt, and not read.
    await store.upsert({ nodes: [], edges: [edge(b.key)] });
    expect((await store.findPartners({}, { first: 10 })).totalCount).toBe(2);
    expect(await store.partnershipIndexEntries()).toMatchObject({
      'city:a': { partnerCount: 0 },
    });
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    expect(await store.partnershipIndexEntries()).toMatchObject({
      'city:a': { partnerCount: 1 },
      'city:b': { partnerCount: 1 },
    });
    expect((await store.findPartners({}, { first: 10 })).totalCount).toBe(2);
  });

  it('is not marked complete by a rebuild that ran while a load was still writing', async () => {
    await store.clearAll();
    const cities = Array.from({ length: 40 }, (_, i) => node(`city:${i}`, 'Municipality'));
    const projects = Array.from({ length: 10 }, (_, i) => node(`project:${i}`, 'Project'));
    await store.upsert({ nodes: [...cities, ...projects], edges: [] });
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    const edges = cities.flatMap((c, i) =>
      [0, 1, 2].map((j) => participation('PARTICIPATES_IN', c.key, projects[(i + j) % 10]!.key)),
    );
    // One relationship per transaction, so the load is still writing long after the rebuild,
    // started at its first batch, has read the graph.
    const loader = await Neo4jStore.connect({ ...inject('neo4j'), batchSize: 1 });
    let rebuild: Promise<boolean> | undefined;
    try {
      await loader.upsert({ nodes: [], edges }, (done) => {
        if (done === 1) rebuild = store.rebuildPartnershipIndex();
      });
    } finally {
      await loader.close();
    }
    expect(await rebuild).toBe(false);
    // Not complete: partner questions walk the rules and count every partnership loaded.
    const graph = new MutableGraph({ nodes: [...cities, ...projects], edges });
    const fresh = await MemoryStore.fromData({ nodes: [...cities, ...projects], edges });
    const all = { first: WHOLE_LIST };
    expect((await store.findPartners({}, all)).totalCount).toBe(
      (await fresh.findPartners({}, all)).totalCount,
    );
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    expect(await store.partnershipIndexEntries()).toEqual(rebuilt(graph));
  });
});
