/**
 * The embedded store keeps its partnership index up through its own write path: after random
 * edit sequences applied with `applyChange`, every partner question (with and without of,
 * inRegion, workingOn; partnerships) answers as a store opened afresh on the same graph, whose
 * index is built from scratch; and short pages, totalled from the index's counts and read in key
 * order from their cursors, are cuts of the whole list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { ACTOR_KINDS } from '../../src/domain/node-types.js';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { PartnerQuery } from '../../src/domain/queries.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { expectPagesAcross } from '../support/cursor-pages.js';
import { MutableGraph } from './mutable-graph.js';
import { randomGraph } from './random-graph.js';
import { applyEditsThrough, randomEdit } from './random-edits.js';

const RUNS = Number(process.env.FC_RUNS ?? 60);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

async function partnerAnswers(store: GraphStore, graph: MutableGraph) {
  const keys = [...graph.nodes.values()];
  const actors = keys.filter((n) => (ACTOR_KINDS as readonly string[]).includes(n.type));
  const regions = keys.filter((n) => n.type === 'Region').map((n) => n.key);
  const topics = keys.filter((n) => n.type === 'Theme' || n.type === 'Sdg').map((n) => n.key);
  const queries: PartnerQuery[] = [
    {},
    ...regions.map((inRegion) => ({ inRegion })),
    ...topics.map((workingOn) => ({ workingOn })),
    ...regions.flatMap((inRegion) => topics.map((workingOn) => ({ inRegion, workingOn }))),
    ...actors.map((n) => ({ of: n.key })),
  ];
  const all = { first: WHOLE_LIST };
  const answers: Record<string, unknown> = {};
  for (const q of queries) {
    const whole = await store.findPartners(q, all);
    answers[JSON.stringify(q)] = whole;
    // A short first page (from the counts, read in key order) is the whole list's head.
    expect(await store.findPartners(q, { first: 2 }), JSON.stringify(q)).toEqual({
      ...whole,
      items: whole.items.slice(0, 2),
      hasNextPage: whole.totalCount > 2,
    });
    // Pages after cursors across it (read in key order from the cursor) are cuts of it.
    if (q.of === undefined)
      await expectPagesAcross(whole, 2, (page) => store.findPartners(q, page), JSON.stringify(q));
  }
  const actorKeys = actors.map((n) => n.key);
  answers.partnerships = await store.getPartnerships(actorKeys, {}, all);
  return answers;
}

const current = (graph: MutableGraph): GraphData => ({
  nodes: [...graph.nodes.values()],
  edges: [...graph.edges.values()],
});

describe('the embedded store’s partnership index after its own writes', () => {
  it('answers as a store whose index was built from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomGraph,
        fc.array(randomEdit, { minLength: 1, maxLength: 12 }),
        async (data, edits) => {
          const graph = new MutableGraph(data);
          const store = await MemoryStore.fromData(data);
          await store.findPartners({}, { first: 0 }); // the index is built before the writes
          // Partner lists asked before the writes, which the index keeps: none may outlive them.
          await partnerAnswers(store, graph);
          await applyEditsThrough(store, graph, edits);
          const fresh = await MemoryStore.fromData(current(graph));
          expect(await partnerAnswers(store, graph)).toEqual(await partnerAnswers(fresh, graph));
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
