/**
 * The network questions answered whole by each store (GraphStore.shortestPaths, .neighbourhood,
 * .aggregate): Neo4j's single statements give exactly the embedded store's answers (its
 * compositions are the reference) on the hand-made graph of fixture.ts, plus a few ties of our
 * own — parallel relationships whose keys differ only in characters that Neo4j orders unlike
 * JavaScript — for every pair of a set of nodes, every type set, bound and cut.
 *
 * Runs on the tests' own Neo4j (vitest's global setup starts it: TEST_NEO4J_PORT, default 7688),
 * never the user's. It clears that database: Community has only `neo4j`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { edgeKey, type GraphData, type GraphEdge } from '../../src/domain/graph-records.js';
import type {
  AggregateGroupBy,
  AggregateQuery,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../../src/domain/network-queries.js';
import { ACTOR_KINDS, NODE_TYPES, type NodeType } from '../../src/domain/node-types.js';
import type { NodeQuery } from '../../src/domain/queries.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../src/store/neo4j/neo4j-store.js';
import { fixtureGraph } from './fixture.js';
import { at } from '../support/at.js';

// The tests' own Neo4j, which vitest's global setup starts (test/setup/neo4j-global-setup.ts).
const config: Neo4jStoreConfig = inject('neo4j');

function tie(type: RelationshipType, from: string, to: string, discriminator?: string): GraphEdge {
  return {
    key: edgeKey(type, from, to, discriminator),
    type,
    from,
    to,
    props: discriminator ? { note: discriminator } : {},
    sources: [{ source: 'source:fixture-curation', note: 'A tie for the network tests.' }],
  };
}

/**
 * The fixture and some ties: FAO and UNDP cooperate three times, the keys differing after `#` in
 * plain text, U+1F600 (before U+FB01 in JavaScript, after it in Neo4j's stored order) and U+FB01;
 * a second party link makes equally short paths through AMBF's agreement differ only in a key.
 */
function graphWithTies(): GraphData {
  const graph = fixtureGraph();
  graph.edges.push(
    tie('COOPERATES_WITH', 'fao', 'undp', '\u{1F600}'),
    tie('COOPERATES_WITH', 'fao', 'undp', '\uFB01'),
    tie('COOPERATES_WITH', 'fao', 'undp', 'plain'),
    tie('PARTY_TO', 'ambf', 'agreement:anci-ambf', '\u{1D538}'),
    tie('PARTY_TO', 'ambf', 'agreement:anci-ambf', '\uFB02'),
  );
  return graph;
}

/** Nodes of every kind, with the parallel, symmetric, self-looping and non-BMP cases. */
const ENDS = [
  'anci',
  'ambf',
  'fao',
  'undp',
  'maeci',
  'acri',
  'istat:048017',
  'city:fr-paris',
  'city:tn-tunis',
  'city:ma-rabat',
  'city:es-madrid',
  'city:\u{1D538}',
  'city:\uFB02',
  'country:IT',
  'region:world',
  'theme:migration',
  'project:migration-med',
  'agreement:anci-ambf',
  'nope',
];

const TYPE_SETS: (RelationshipType[] | undefined)[] = [
  undefined,
  [],
  ['PARTICIPATES_IN', 'PARTY_TO', 'TWINNED_WITH'],
  ['MEMBER_OF'],
  ['LOCATED_IN', 'COOPERATES_WITH', 'TWINNED_WITH'],
  ['PART_OF', 'IN_REGION', 'TARGETS'],
];

const AGGREGATE_TYPES: NodeType[][] = [
  [...ACTOR_KINDS],
  ['Project'],
  ['Agreement'],
  ['Project', 'Agreement', 'Municipality'],
  [...NODE_TYPES],
  [],
];

const AGGREGATE_FILTERS: Omit<NodeQuery, 'types' | 'orderBy' | 'direction'>[] = [
  {},
  { country: 'country:IT' },
  { country: 'country:MA' },
  { country: 'region:maghreb' },
  { country: 'country:nope' },
  { region: 'region:world' },
  { region: 'region:mediterranean' },
  { region: 'region:maghreb' },
  { region: 'region:x2' },
  { region: 'country:IT' },
  { topics: ['theme:migration'] },
  { topics: ['sdg:11'] },
  { topics: ['sdg:10.7.1'] },
  { topics: ['theme:migration', 'theme:governance'] },
  { topics: ['theme:nope'] },
  { nameContains: 'a' },
  { region: 'region:world', topics: ['theme:resilience'] },
  { country: 'country:IT', topics: ['sdg:10'] },
];

const GROUP_BYS: AggregateGroupBy[] = ['KIND', 'COUNTRY', 'REGION', 'THEME', 'SDG', 'YEAR'];

describe('Neo4jStore answers the network questions as the memory store does', () => {
  let memory: MemoryStore;
  let neo4j: Neo4jStore;

  beforeAll(async () => {
    memory = await MemoryStore.fromData(graphWithTies());
    neo4j = await Neo4jStore.connect(config);
    await neo4j.clearAll();
    await neo4j.upsert(graphWithTies());
  });

  afterAll(async () => {
    await neo4j?.close();
  });

  it(
    'finds the same shortest paths, in the same order, cut at the same place',
    { timeout: 600_000 },
    async () => {
      let found = 0;
      let cut = 0;
      for (const from of ENDS) {
        for (const to of ENDS) {
          for (const types of TYPE_SETS) {
            // A shorter bound for the default types only: the same search, stopped sooner.
            const bounds: [maxHops: number, k: number][] =
              types === undefined
                ? [
                    [4, 50],
                    [4, 2],
                    [2, 50],
                  ]
                : [
                    [4, 50],
                    [4, 2],
                  ];
            for (const [maxHops, k] of bounds) {
              const query: ShortestPathQuery = {
                from,
                to,
                maxHops,
                k,
                ...(types ? { types } : {}),
              };
              const answer = await neo4j.shortestPaths(query);
              expect(answer, JSON.stringify(query)).toEqual(await memory.shortestPaths(query));
              if (answer.length > 0 && from !== to) found++;
              if (k === 2 && answer.length === 2) cut++;
            }
          }
        }
      }
      expect(found).toBeGreaterThan(500);
      expect(cut).toBeGreaterThan(100);
    },
  );

  it('orders paths that differ only in a relationship key as JavaScript does', async () => {
    const all = await neo4j.shortestPaths({ from: 'fao', to: 'undp', maxHops: 3, k: 10 });
    // '#plain' < '#\u{1F600}' < '#\uFB01' by UTF-16 code unit; Neo4j's stored order puts U+1F600 last.
    expect(all.map((p) => p.steps.map((s) => [s.edge.key, s.direction]))).toEqual([
      [['COOPERATES_WITH:fao->undp#plain', 'OUT']],
      [['COOPERATES_WITH:fao->undp#\u{1F600}', 'OUT']],
      [['COOPERATES_WITH:fao->undp#\uFB01', 'OUT']],
    ]);
    const first = at(await neo4j.shortestPaths({ from: 'undp', to: 'fao', maxHops: 1, k: 1 }), 0);
    expect(first.steps.map((s) => [s.edge.key, s.direction])).toEqual([
      ['COOPERATES_WITH:fao->undp#plain', 'IN'],
    ]);
    const two = await neo4j.shortestPaths({ from: 'fao', to: 'undp', maxHops: 1, k: 2 });
    expect(two.map((p) => at(p.steps, 0).edge.key)).toEqual([
      'COOPERATES_WITH:fao->undp#plain',
      'COOPERATES_WITH:fao->undp#\u{1F600}',
    ]);
    expect(two).toEqual(await memory.shortestPaths({ from: 'fao', to: 'undp', maxHops: 1, k: 2 }));
  });

  it(
    'draws the same neighbourhoods, cut at the same node, with the same relationships',
    { timeout: 600_000 },
    async () => {
      const starts: string[][] = [
        ...ENDS.map((key) => [key]),
        ['country:MA', 'country:TN'],
        ['uclg', 'anci', 'uclg'],
        ['nope', 'city:\uFB02', 'city:\u{1D538}'],
        ['city:es-madrid', 'fao', 'undp', 'anci'],
      ];
      let truncated = 0;
      for (const keys of starts) {
        for (const types of TYPE_SETS) {
          for (const depth of [0, 1, 2, 3]) {
            for (const limit of [1, 2, 3, 7, 20, 500]) {
              const query: NeighbourhoodQuery = { keys, depth, limit, ...(types ? { types } : {}) };
              const answer = await neo4j.neighbourhood(query);
              expect(answer, JSON.stringify(query)).toEqual(await memory.neighbourhood(query));
              if (answer.truncated) truncated++;
            }
          }
        }
      }
      expect(truncated).toBeGreaterThan(200);
    },
  );

  it('cuts a ring between keys that Neo4j and JavaScript order differently, as JavaScript does', async () => {
    const query: NeighbourhoodQuery = { keys: ['country:MA'], depth: 1, limit: 3 };
    const hood = await neo4j.neighbourhood(query);
    expect(hood).toEqual(await memory.neighbourhood(query));
    // 'city:𝔸' (U+1D538) before 'city:ﬂ' (U+FB02) by UTF-16 code unit, after it by code point.
    expect(hood.nodes).toEqual([
      { key: 'country:MA', distance: 0 },
      { key: 'city:ma-rabat', distance: 1 },
      { key: 'city:\u{1D538}', distance: 1 },
    ]);
    expect(hood.truncated).toBe(true);
  });

  it(
    'counts the same groups for every subject, filter and grouping',
    { timeout: 300_000 },
    async () => {
      let nonEmpty = 0;
      for (const groupBy of GROUP_BYS) {
        for (const types of AGGREGATE_TYPES) {
          for (const filter of AGGREGATE_FILTERS) {
            const query: AggregateQuery = { types, groupBy, filter };
            const answer = await neo4j.aggregate(query);
            expect(answer, JSON.stringify(query)).toEqual(await memory.aggregate(query));
            if (answer.length > 0) nonEmpty++;
          }
        }
      }
      expect(nonEmpty).toBeGreaterThan(200);
    },
  );
});
