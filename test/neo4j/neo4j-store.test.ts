/**
 * The Neo4j adapter gives exactly the memory store's answers (the reference) on a hand-made
 * graph: every method, every filter, both orders, every page of every list, and the same
 * cursors. Plus what only Neo4j can get wrong: idempotent upserts, missing endpoints, and
 * failing fast (STORE_UNAVAILABLE) while Neo4j is unreachable, then recovering without a restart.
 *
 * Runs on the tests' own Neo4j (vitest's global setup starts it: TEST_NEO4J_PORT, default 7688),
 * never the user's. It clears that database: Community has only `neo4j`.
 */
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EdgePageSpec } from '../../src/domain/edge-pages.js';
import { DiplomapError } from '../../src/domain/errors.js';
import type { GraphData } from '../../src/domain/graph-records.js';
import { ACTOR_KINDS, type ActorKind } from '../../src/domain/node-types.js';
import {
  encodeCursor,
  WHOLE_LIST,
  type Page,
  type PageRequest,
} from '../../src/domain/pagination.js';
import type { EdgeSpec, NodeQuery, PartnerQuery } from '../../src/domain/queries.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../src/store/neo4j/neo4j-store.js';
import { fixtureGraph } from './fixture.js';
import { at } from '../support/at.js';

// The tests' own Neo4j, which vitest's global setup starts (test/setup/neo4j-global-setup.ts).
const config: Neo4jStoreConfig = inject('neo4j');

/** Every page of a list, following the cursors. */
async function allPages<T>(
  fetch: (page: PageRequest) => Promise<Page<T>>,
  first: number,
): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after === undefined ? { first } : { first, after });
    pages.push(page);
    if (!page.hasNextPage || page.items.length === 0 || pages.length > 100) return pages;
    after = at(page.items, -1).cursor;
  }
}

const NODE_FILTERS: Omit<NodeQuery, 'orderBy' | 'direction'>[] = [
  {},
  { types: ['Municipality'] },
  { types: ['Project', 'Agreement'] },
  { types: ['Country'] },
  { types: [] },
  { types: [...ACTOR_KINDS] },
  { country: 'country:IT' },
  { country: 'country:TN' },
  { country: 'country:MA' },
  { country: 'region:maghreb' }, // a project "in" a region key through TARGETS, as the memory store does
  { country: 'city:it-roma' },
  { country: 'country:nope' },
  { region: 'region:world' },
  { region: 'region:mediterranean' },
  { region: 'region:maghreb' },
  { region: 'region:europe' },
  { region: 'region:southern-europe' },
  { region: 'region:africa' },
  { region: 'region:x1' },
  { region: 'region:x2' },
  { region: 'country:IT' }, // not a region: nothing
  { region: 'region:nope' },
  { topics: ['theme:migration'] },
  { topics: ['theme:gender'] },
  { topics: ['theme:resilience'] },
  { topics: ['sdg:10'] },
  { topics: ['sdg:11'] },
  { topics: ['sdg:10.7.1'] },
  { topics: ['sdg:11', 'theme:resilience'] },
  { topics: ['theme:migration', 'theme:governance'] },
  { topics: ['project:sdg-child'] },
  { topics: ['theme:nope'] },
  { topics: [] },
  { nameContains: 'sao' },
  { nameContains: 'FLOR' },
  { nameContains: 'a' },
  { nameContains: '' },
  { nameContains: '  City ' },
  { nameContains: 'nostrum' },
  { nameContains: 'o|s' }, // across name and alias, as searchText joins them with `|`
  { nameContains: 'zzz' },
  { types: ['Municipality'], region: 'region:mediterranean', topics: ['theme:migration'] },
  { types: [...ACTOR_KINDS], region: 'region:world', nameContains: 'a' },
  { country: 'country:IT', topics: ['sdg:10'] },
  { region: 'region:maghreb', types: ['Project'] },
  { region: 'region:mediterranean', types: ['Agreement'] },
  { region: 'region:world', country: 'country:TN', topics: ['sdg:10'] },
];
const ORDERS: Pick<NodeQuery, 'orderBy' | 'direction'>[] = [
  { orderBy: 'NAME', direction: 'ASC' },
  { orderBy: 'NAME', direction: 'DESC' },
  { orderBy: 'KEY', direction: 'ASC' },
  { orderBy: 'KEY', direction: 'DESC' },
];

const PARTNER_OF = [
  undefined,
  'anci',
  'istat:048017',
  'city:tn-tunis',
  'city:es-madrid',
  'uclg',
  'undp',
  'project:migration-med',
  'country:IT',
  'nope',
];
const PARTNER_REGIONS = [
  undefined,
  'region:world',
  'region:mediterranean',
  'region:maghreb',
  'region:europe',
  'region:x2',
  'region:nope',
];
const PARTNER_TOPICS = [
  undefined,
  'theme:migration',
  'theme:resilience',
  'theme:governance',
  'sdg:10',
  'sdg:11',
  'sdg:99',
  'nope',
];
const PARTNER_KINDS: (ActorKind[] | undefined)[] = [
  undefined,
  ['Municipality'],
  ['Association', 'Network', 'InternationalOrganization'],
  [],
];

function partnerQuery(
  of?: string,
  inRegion?: string,
  workingOn?: string,
  kinds?: ActorKind[],
): PartnerQuery {
  return {
    ...(of === undefined ? {} : { of }),
    ...(inRegion === undefined ? {} : { inRegion }),
    ...(workingOn === undefined ? {} : { workingOn }),
    ...(kinds === undefined ? {} : { kinds }),
  };
}

describe('Neo4jStore gives the memory store’s answers', () => {
  let graph: GraphData;
  let memory: MemoryStore;
  let neo4j: Neo4jStore;

  beforeAll(async () => {
    graph = fixtureGraph();
    memory = await MemoryStore.fromData(fixtureGraph());
    neo4j = await Neo4jStore.connect(config);
    await neo4j.clearAll();
    await neo4j.upsert(fixtureGraph());
  });

  afterAll(async () => {
    await neo4j?.close();
  });

  it('reads nodes by key, in key order, with null for unknown keys', async () => {
    const keys = [...graph.nodes.map((n) => n.key).reverse(), 'nope', 'anci', ''];
    const answer = await neo4j.getNodes(keys);
    expect(answer).toEqual(await memory.getNodes(keys));
    expect(answer.filter((n) => n === null)).toHaveLength(2);
    expect(await neo4j.getNodes([])).toEqual([]);
  });

  it('keeps props of every kind, descriptions and sources exactly', async () => {
    const [anci, saoPaulo, summit] = await neo4j.getNodes([
      'anci',
      'city:br-sao-paulo',
      'event:summit',
    ]);
    expect(anci?.props).toEqual({
      founded: 1901,
      budget: 12.5,
      active: true,
      tags: ['italy', 'municipalities'],
      empty: [],
      name: 'a prop called name',
      prop_x: 'escaped',
    });
    expect(anci?.name).toBe('National Association of Italian Municipalities');
    expect(anci?.sources).toHaveLength(2);
    expect(saoPaulo?.description).toBe('');
    expect(summit?.props).toEqual({ year: 2019, ratio: 0.25 });
    expect(summit && 'description' in summit).toBe(false);
  });

  it('reads relationships by key, in key order, with null for unknown keys', async () => {
    const keys = [...graph.edges.map((e) => e.key), 'MEMBER_OF:nope->uclg', 'nope'];
    const answer = await neo4j.getRelationships(keys);
    expect(answer).toEqual(await memory.getRelationships(keys));
    expect(answer.filter((e) => e === null)).toHaveLength(2);
  });

  it('counts nodes and relationships by type', async () => {
    expect(await neo4j.counts()).toEqual(await memory.counts());
  });

  it('reports health with the graph size', async () => {
    expect(await neo4j.health()).toEqual({
      ok: true,
      store: 'neo4j',
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
    });
  });

  it(
    'finds the same nodes for every filter, order and direction, on every page',
    { timeout: 300_000 },
    async () => {
      let nonEmpty = 0;
      for (const filter of NODE_FILTERS) {
        for (const order of ORDERS) {
          const query: NodeQuery = { ...filter, ...order };
          const whole = await neo4j.findNodes(query, { first: 1000 });
          expect(whole, JSON.stringify(query)).toEqual(
            await memory.findNodes(query, { first: 1000 }),
          );
          if (whole.totalCount > 0) nonEmpty++;
          const pages = await allPages((page) => neo4j.findNodes(query, page), 3);
          expect(pages, JSON.stringify(query)).toEqual(
            await allPages((page) => memory.findNodes(query, page), 3),
          );
          // A cursor that is not the position of any item resumes at the next position.
          const between = { first: 2, after: encodeCursor({ sort: 'M', key: 'm' }) };
          expect(await neo4j.findNodes(query, between)).toEqual(
            await memory.findNodes(query, between),
          );
        }
      }
      expect(nonEmpty).toBeGreaterThan(NODE_FILTERS.length * 2);
    },
  );

  it('orders names outside the Basic Multilingual Plane by UTF-16 code unit, as JavaScript does', async () => {
    const query: NodeQuery = { types: ['Municipality'], orderBy: 'NAME', direction: 'ASC' };
    const names = (await neo4j.findNodes(query, { first: 100 })).items.map(
      (item) => item.value.name,
    );
    expect(names).toEqual([...names].sort());
    expect(names.indexOf('\u{1F600} Smile City')).toBeLessThan(names.indexOf('\uFB01 City'));
    const byKey = (await neo4j.findNodes({ ...query, orderBy: 'KEY' }, { first: 100 })).items.map(
      (i) => i.value.key,
    );
    expect(byKey.indexOf('city:\u{1D538}')).toBeLessThan(byKey.indexOf('city:\uFB02'));
  });

  it('reads the same relationship lists for every type and direction', async () => {
    const keys = [...graph.nodes.map((n) => n.key), 'nope'];
    const specs: EdgeSpec[] = [];
    for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
      for (const type of RELATIONSHIP_TYPES) specs.push({ types: [type], direction });
      specs.push({ types: [...RELATIONSHIP_TYPES], direction });
      specs.push({ types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction });
      specs.push({ types: ['MEMBER_OF', 'PARTICIPATES_IN', 'MEMBER_OF'], direction });
      specs.push({ types: [], direction });
    }
    for (const spec of specs) {
      expect(await neo4j.getEdges(keys, spec), JSON.stringify(spec)).toEqual(
        await memory.getEdges(keys, spec),
      );
    }
    // Symmetric relationships read both ways; a self-loop is listed once.
    const madrid = at(
      await neo4j.getEdges(['city:es-madrid'], {
        types: ['TWINNED_WITH'],
        direction: 'BOTH',
      }),
      0,
    );
    expect(madrid.map((v) => [v.direction, v.otherKey])).toEqual([['OUT', 'city:es-madrid']]);
    const rome = at(
      await neo4j.getEdges(['city:it-roma'], {
        types: ['TWINNED_WITH'],
        direction: 'BOTH',
      }),
      0,
    );
    expect(rome.map((v) => [v.direction, v.otherKey])).toEqual([['IN', 'city:fr-paris']]);
  });

  it(
    'pages relationship lists as the memory store does, for every type, direction and other-end filter',
    { timeout: 300_000 },
    async () => {
      const keys = [...graph.nodes.map((n) => n.key), 'nope'];
      const specs: EdgePageSpec[] = [];
      for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
        for (const type of RELATIONSHIP_TYPES) specs.push({ types: [type], direction });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction });
        specs.push({ types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction });
        specs.push({ types: ['MEMBER_OF', 'PARTICIPATES_IN', 'MEMBER_OF'], direction });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction, otherTypes: ['Municipality'] });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction, otherTypes: ['Sdg', 'Theme'] });
        specs.push({ types: ['LOCATED_IN', 'PART_OF'], direction, otherTypes: [] });
        specs.push({ types: [], direction });
      }
      let nonEmpty = 0;
      for (const spec of specs) {
        for (const first of [0, 1, 1000]) {
          const answer = await neo4j.getEdgePages(keys, spec, { first });
          expect(answer, `${JSON.stringify(spec)} ${first}`).toEqual(
            await memory.getEdgePages(keys, spec, { first }),
          );
          if (first === 1000) nonEmpty += answer.filter((page) => page.totalCount > 0).length;
        }
      }
      expect(nonEmpty).toBeGreaterThan(200);
      // Every page of the longest lists, following the cursors (names and keys outside the BMP).
      const all: EdgePageSpec = { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' };
      for (const key of [
        'anci',
        'istat:048017',
        'country:TN',
        'country:MA',
        'city:emoji',
        'uclg',
      ]) {
        for (const first of [1, 3]) {
          const pages = await allPages(
            async (page) => at(await neo4j.getEdgePages([key], all, page), 0),
            first,
          );
          expect(pages, `${key} ${first}`).toEqual(
            await allPages(
              async (page) => at(await memory.getEdgePages([key], all, page), 0),
              first,
            ),
          );
        }
      }
    },
  );

  it(
    'finds the same partners, evidence and partnerships for every combination of filters',
    { timeout: 300_000 },
    async () => {
      let nonEmpty = 0;
      for (const of of PARTNER_OF) {
        for (const inRegion of PARTNER_REGIONS) {
          for (const workingOn of PARTNER_TOPICS) {
            for (const kinds of PARTNER_KINDS) {
              const query = partnerQuery(of, inRegion, workingOn, kinds);
              const answer = await neo4j.findPartners(query, { first: 1000 });
              expect(answer, JSON.stringify(query)).toEqual(
                await memory.findPartners(query, { first: 1000 }),
              );
              if (answer.totalCount > 0) nonEmpty++;
            }
          }
        }
      }
      expect(nonEmpty).toBeGreaterThan(100);
    },
  );

  it('pages partners with the same cursors', async () => {
    for (const of of PARTNER_OF) {
      for (const inRegion of PARTNER_REGIONS) {
        const query = partnerQuery(of, inRegion);
        const pages = await allPages((page) => neo4j.findPartners(query, page), 2);
        expect(pages, JSON.stringify(query)).toEqual(
          await allPages((page) => memory.findPartners(query, page), 2),
        );
        for (const position of [
          { sort: 'city:m', key: 'city:m' },
          { sort: 'city:fr-paris', key: 'a' },
          { sort: '~', key: '~' },
        ]) {
          const between = { first: 2, after: encodeCursor(position) };
          expect(await neo4j.findPartners(query, between)).toEqual(
            await memory.findPartners(query, between),
          );
        }
      }
    }
  });

  it('lists the same partnerships, page by page, with and without `of`', async () => {
    const actors = (await memory.findPartners({}, { first: WHOLE_LIST })).items.map(
      (item) => item.value.actorKey,
    );
    expect(actors.length).toBeGreaterThan(10);
    const keys = [...actors, 'nope', 'project:migration-med', 'country:IT', at(actors, 0)];
    for (const of of PARTNER_OF) {
      const query = of === undefined ? {} : { of };
      const whole = await neo4j.getPartnerships(keys, query, { first: WHOLE_LIST });
      expect(whole, JSON.stringify(query)).toEqual(
        await memory.getPartnerships(keys, query, { first: WHOLE_LIST }),
      );
      // Each actor's partner count is its number of partnerships.
      const hits = await neo4j.findPartners(query, { first: WHOLE_LIST });
      const wholeByKey = new Map(keys.map((key, i) => [key, whole[i]]));
      for (const { value: hit } of hits.items)
        expect(hit.partnerCount, hit.actorKey).toBe(wholeByKey.get(hit.actorKey)?.totalCount);
    }
    // Pages walked with cursors are the whole list cut in pieces, on both stores.
    for (const actor of ['anci', 'istat:048017', 'city:tn-tunis']) {
      const whole = at(await memory.getPartnerships([actor], {}, { first: WHOLE_LIST }), 0);
      expect(whole.totalCount, actor).toBeGreaterThan(2);
      const pages = await allPages(
        async (page) => at(await neo4j.getPartnerships([actor], {}, page), 0),
        2,
      );
      expect(pages.flatMap((page) => page.items)).toEqual(whole.items);
      expect(pages).toEqual(
        await allPages(async (page) => at(await memory.getPartnerships([actor], {}, page), 0), 2),
      );
      for (const position of [
        { sort: 'city:m', key: 'city:m' },
        { sort: '~', key: '~' },
      ]) {
        const between = { first: 2, after: encodeCursor(position) };
        expect(await neo4j.getPartnerships([actor], {}, between)).toEqual(
          await memory.getPartnerships([actor], {}, between),
        );
      }
      expect(await neo4j.getPartnerships([actor], {}, { first: 0 })).toEqual([
        { items: [], totalCount: whole.totalCount, hasNextPage: true, hasPreviousPage: false },
      ]);
    }
    expect(await neo4j.getPartnerships([], {}, { first: 10 })).toEqual([]);
  });

  it('explains a partner with the shortest region path, ties broken by key order', async () => {
    const page = await neo4j.findPartners(
      { inRegion: 'region:world', workingOn: 'theme:migration' },
      { first: 100 },
    );
    const byKey = Object.fromEntries(page.items.map((item) => [item.value.actorKey, item.value]));
    // Florence: Italy is in the Mediterranean (3 hops to the world) and in Southern Europe (4).
    expect(byKey['istat:048017']?.regionEvidence).toEqual({
      path: ['istat:048017', 'country:IT', 'region:mediterranean', 'region:world'],
    });
    expect(byKey['istat:048017']?.topicEvidence).toEqual([
      { kind: 'FOCUS', nodeKey: 'theme:migration', topicKey: 'theme:migration' },
      { kind: 'PROJECT', nodeKey: 'project:migration-med', topicKey: 'sdg:10.7' },
      { kind: 'PROJECT', nodeKey: 'project:migration-med', topicKey: 'theme:migration' },
    ]);
    const anci = await neo4j.findPartners({ of: 'anci' }, { first: 100 });
    const tunis = anci.items.find((item) => item.value.actorKey === 'city:tn-tunis');
    expect(tunis?.value.partnerCount).toBe(1);
    const tunisWithAnci = at(
      await neo4j.getPartnerships(['city:tn-tunis'], { of: 'anci' }, { first: 100 }),
      0,
    );
    expect(tunisWithAnci.totalCount).toBe(1);
    expect(tunisWithAnci.items.map((item) => item.value)).toEqual([
      {
        partnerKey: 'anci',
        // by kind, then node key; each via's edge keys sorted, both of ANCI's participations included
        via: [
          {
            kind: 'NETWORK',
            nodeKey: 'uclg',
            edgeKeys: ['MEMBER_OF:anci->uclg', 'MEMBER_OF:city:tn-tunis->uclg'],
          },
          {
            kind: 'PROJECT',
            nodeKey: 'project:migration-med',
            edgeKeys: [
              'PARTICIPATES_IN:anci->project:migration-med',
              'PARTICIPATES_IN:anci->project:migration-med#PARTNER',
              'PARTICIPATES_IN:city:tn-tunis->project:migration-med',
            ],
          },
        ],
      },
    ]);
  });

  it('is idempotent: a second upsert changes no count and no answer', async () => {
    const before = await neo4j.counts();
    const progress: [number, number][] = [];
    await neo4j.upsert(fixtureGraph(), (done, total) => progress.push([done, total]));
    expect(await neo4j.counts()).toEqual(before);
    expect(await neo4j.health()).toMatchObject({
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
    });
    const keys = graph.nodes.map((n) => n.key);
    expect(await neo4j.getNodes(keys)).toEqual(await memory.getNodes(keys));
    const total = graph.nodes.length + graph.edges.length;
    expect(progress[progress.length - 1]).toEqual([total, total]);
  });

  it('replaces a node’s properties and labels when it is upserted again', async () => {
    const changed = fixtureGraph().nodes.find((n) => n.key === 'project:nowhere')!;
    const original = structuredClone(changed);
    changed.name = 'Renamed';
    changed.props = { only: 'this' };
    changed.description = 'Now described.';
    await neo4j.upsert({ nodes: [changed], edges: [] });
    expect(await neo4j.getNodes(['project:nowhere'])).toEqual([changed]);
    await neo4j.upsert({ nodes: [original], edges: [] });
    expect(await neo4j.getNodes(['project:nowhere'])).toEqual([original]);
  });

  it('refuses relationships whose endpoint does not exist, and writes none of the batch', async () => {
    const before = await neo4j.counts();
    const edges = [
      {
        key: 'MEMBER_OF:ghost->uclg',
        type: 'MEMBER_OF' as const,
        from: 'ghost',
        to: 'uclg',
        props: {},
        sources: [],
      },
      {
        key: 'MEMBER_OF:city:es-madrid->uclg',
        type: 'MEMBER_OF' as const,
        from: 'city:es-madrid',
        to: 'uclg',
        props: {},
        sources: [],
      },
    ];
    const error = await neo4j.upsert({ nodes: [], edges }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiplomapError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { missing: ['ghost'] } });
    expect(await neo4j.counts()).toEqual(before);
  });

  it('rejects a cursor it did not issue as BAD_USER_INPUT', async () => {
    const query: NodeQuery = { orderBy: 'KEY', direction: 'ASC' };
    await expect(neo4j.findNodes(query, { first: 2, after: 'not-a-cursor' })).rejects.toMatchObject(
      {
        code: 'BAD_USER_INPUT',
      },
    );
  });
});

/** A TCP proxy in front of Neo4j that can be cut and restored, to play an outage. */
async function startProxy(target: URL, port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connectTcp(Number(target.port || 7687), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('Neo4jStore when Neo4j is unreachable', () => {
  const closed: Neo4jStoreConfig = { ...config, uri: 'bolt://127.0.0.1:1' };

  async function expectUnavailable(promise: Promise<unknown>): Promise<void> {
    const started = Date.now();
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DiplomapError);
    expect((error as DiplomapError).code).toBe('STORE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);
  }

  it('fails to connect fast, with STORE_UNAVAILABLE', async () => {
    await expectUnavailable(Neo4jStore.connect(closed));
  });

  it('fails each request fast with STORE_UNAVAILABLE, and health says why without throwing', async () => {
    const store: GraphStore = new Neo4jStore(closed);
    try {
      await expectUnavailable(store.findNodes({ orderBy: 'KEY', direction: 'ASC' }, { first: 1 }));
      await expectUnavailable(store.getNodes(['anci']));
      await expectUnavailable(store.upsert(fixtureGraph()));
      const health = await store.health();
      expect(health.ok).toBe(false);
      expect(health.store).toBe('neo4j');
      expect(health.reason).toMatch(/ServiceUnavailable/);
    } finally {
      await store.close();
    }
    expect(await store.health()).toMatchObject({ ok: false, reason: 'the store is closed' });
  });

  it('answers again once Neo4j is back, without a new store', async () => {
    const target = new URL(config.uri);
    let proxy = await startProxy(target);
    const store = await Neo4jStore.connect({ ...config, uri: `bolt://127.0.0.1:${proxy.port}` });
    try {
      const counts = await store.counts();
      await proxy.stop();
      await expectUnavailable(store.counts());
      expect((await store.health()).ok).toBe(false);
      proxy = await startProxy(target, proxy.port);
      expect(await store.counts()).toEqual(counts);
      expect((await store.health()).ok).toBe(true);
    } finally {
      await store.close();
      await proxy.stop();
    }
  });
});
