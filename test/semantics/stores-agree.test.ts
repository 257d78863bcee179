/**
 * One meaning, two stores: on random small graphs (random-graph.ts), the embedded store (the
 * domain's evaluator over its graph) and Neo4j (the Cypher filled from the same rules) give
 * identical answers for every rule — partners with and without of / inRegion / workingOn /
 * kinds, partnerships and their reasons, region and topic evidence, findNodes' country, region
 * and topic filters, the aggregates, and `asOf` on partners and on relationship lists.
 *
 * Runs on the tests' own Neo4j (vitest's global setup starts it) and clears it. FC_SEED and
 * FC_RUNS replay or widen a run; a failure prints the seed and the smallest graph found.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import type { AggregateGroupBy } from '../../src/domain/network-queries.js';
import { ACTOR_KINDS, type NodeType } from '../../src/domain/node-types.js';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { PartnerQuery } from '../../src/domain/queries.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import { partnerHitsAsOf, edgeViewsAsOf } from '../../src/app/network/as-of.js';
import { allPartnersWithPartnerships } from '../../src/app/network/partner-list.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../src/store/neo4j/neo4j-store.js';
import { randomGraph } from './random-graph.js';

const config: Neo4jStoreConfig = inject('neo4j');
const RUNS = Number(process.env.FC_RUNS ?? 40);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

const keysOf = (graph: GraphData, type: (t: NodeType) => boolean) =>
  graph.nodes.filter((n) => type(n.type)).map((n) => n.key);

/** Every question the rules answer on `graph`, asked of `store`, with its answer. */
async function answers(store: GraphStore, graph: GraphData): Promise<Record<string, unknown>> {
  const actors = keysOf(graph, (t) => (ACTOR_KINDS as readonly string[]).includes(t));
  const regions = keysOf(graph, (t) => t === 'Region');
  const countries = keysOf(graph, (t) => t === 'Country');
  const topics = keysOf(graph, (t) => t === 'Theme' || t === 'Sdg');
  const out: Record<string, unknown> = {};
  const all = { first: WHOLE_LIST };

  const partnerQueries: PartnerQuery[] = [
    {},
    { kinds: ['Municipality'] },
    ...regions.map((inRegion) => ({ inRegion })),
    ...topics.map((workingOn) => ({ workingOn })),
    ...actors.slice(0, 4).map((of) => ({ of })),
    ...regions
      .slice(0, 2)
      .flatMap((inRegion) =>
        topics.slice(0, 2).map((workingOn) => ({ inRegion, workingOn, of: actors[0] })),
      ),
  ];
  for (const query of partnerQueries) {
    const id = JSON.stringify(query);
    out[`partners ${id}`] = await store.findPartners(query, all);
    // A page and the next, with the cursor of the first.
    const first = await store.findPartners(query, { first: 2 });
    out[`partners page ${id}`] = first;
    const cursor = first.items[first.items.length - 1]?.cursor;
    if (cursor)
      out[`partners next ${id}`] = await store.findPartners(query, { first: 2, after: cursor });
  }
  out.partnerships = await store.getPartnerships(actors, {}, all);
  out['partnerships of'] = await store.getPartnerships(actors, { of: actors[0] }, all);

  const types: NodeType[][] = [[...ACTOR_KINDS], ['Project', 'Agreement'], ['Country']];
  for (const t of types) {
    const name = t.join(',');
    const base = { types: t, orderBy: 'KEY' as const, direction: 'ASC' as const };
    for (const region of regions)
      out[`nodes ${name} in ${region}`] = await store.findNodes({ ...base, region }, all);
    for (const country of countries)
      out[`nodes ${name} in ${country}`] = await store.findNodes({ ...base, country }, all);
    for (const topic of topics)
      out[`nodes ${name} on ${topic}`] = await store.findNodes({ ...base, topics: [topic] }, all);
    for (const groupBy of [
      'KIND',
      'COUNTRY',
      'REGION',
      'THEME',
      'SDG',
      'YEAR',
    ] as AggregateGroupBy[])
      out[`aggregate ${name} by ${groupBy}`] = await store.aggregate({
        types: t,
        groupBy,
        filter: {},
      });
  }

  for (const asOf of ['1995-12-31', '2005-06-30', '2015-12-31']) {
    for (const query of [{}, ...topics.slice(0, 2).map((workingOn) => ({ workingOn }))]) {
      const hits = await allPartnersWithPartnerships(store, query);
      out[`partners ${JSON.stringify(query)} as of ${asOf}`] = await partnerHitsAsOf(
        store,
        hits,
        asOf,
        'workingOn' in query,
      );
    }
    const keys = graph.nodes.map((n) => n.key);
    const views = await store.getEdges(keys, { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' });
    out[`relationships as of ${asOf}`] = await edgeViewsAsOf(store, keys, views, asOf);
  }
  return out;
}

describe('the embedded store and Neo4j agree on every rule, on random graphs', () => {
  let neo4jStore: Neo4jStore;
  beforeAll(async () => {
    neo4jStore = await Neo4jStore.connect(config);
  });
  afterAll(async () => {
    await neo4jStore?.close();
  });

  it(`gives the same answers (${RUNS} graphs)`, async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, async (graph) => {
        const memory = await MemoryStore.fromData(graph);
        await neo4jStore.clearAll();
        await neo4jStore.upsert(graph);
        const [expected, actual] = [await answers(memory, graph), await answers(neo4jStore, graph)];
        for (const question of Object.keys(expected))
          expect(actual[question], question).toEqual(expected[question]);
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false },
    );
  }, 600_000);
});
