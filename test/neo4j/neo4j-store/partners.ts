/**
 * Partners and partnerships: every combination of filters, the same pages and the same evidence.
 * Part of the Neo4j–memory parity tests (neo4j-store.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { encodeCursor, WHOLE_LIST } from '../../../src/domain/pagination.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { at } from '../../support/at.js';
import {
  allPages,
  PARTNER_KINDS,
  PARTNER_OF,
  PARTNER_REGIONS,
  PARTNER_TOPICS,
  partnerQuery,
  type ParityContext,
} from './parity-support.js';

export function partnerTests(ctx: ParityContext): void {
  let memory: MemoryStore;
  let neo4j: Neo4jStore;
  beforeAll(() => {
    ({ memory, neo4j } = ctx);
  });

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
}
