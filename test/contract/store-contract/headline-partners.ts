/**
 * The headline question: partners in a region working on a theme, with the evidence, paged. Part
 * of the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_LIST } from '../../../src/domain/pagination.js';
import type { PartnerQuery } from '../../../src/domain/queries.js';
import { PartnersDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { expectPagesAcross } from '../../support/cursor-pages.js';
import { ANCI_PARTNERS, type ContractContext } from './contract-support.js';

export function describeHeadlinePartners(ctx: ContractContext): void {
  describe('the headline: partners in the Mediterranean working on migration', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

    it('gives short pages as cuts of the whole list, totalled from the index', async () => {
      // Thousands of hits: a page of 5 takes its total from the index's counts and is read in key
      // order from its cursor (partner-counts.ts); the whole list is every hit, counted and sorted.
      const questions: PartnerQuery[] = [
        {},
        { inRegion: 'region:mediterranean' },
        { inRegion: 'region:mediterranean', kinds: ['Municipality'] },
      ];
      for (const q of questions) {
        const whole = await ctx.store.findPartners(q, { first: WHOLE_LIST });
        expect(whole.totalCount).toBeGreaterThan(5_000);
        expect(await ctx.store.findPartners(q, { first: 5 }), JSON.stringify(q)).toEqual({
          ...whole,
          items: whole.items.slice(0, 5),
          hasNextPage: true,
        });
        await expectPagesAcross(
          whole,
          5,
          (page) => ctx.store.findPartners(q, page),
          JSON.stringify(q),
        );
      }
    });

    it('answers ACRI and ANCI, in key order', async () => {
      const data = await api.query(PartnersDocument, {
        inRegion: 'region:mediterranean',
        workingOn: 'theme:migration',
        first: 20,
      });
      expect(data.partners.totalCount).toBe(2);
      expect(data.partners.edges.map((e) => e.node.actor.id)).toEqual(['acri', 'anci']);
      expect(data.partners.pageInfo.hasNextPage).toBe(false);
    });

    it('explains why each is in the region and works on the theme', async () => {
      const data = await api.query(PartnersDocument, {
        inRegion: 'region:mediterranean',
        workingOn: 'theme:migration',
      });
      const nodes = data.partners.edges.map((e) => e.node);
      const [acri, anci] = [at(nodes, 0), at(nodes, 1)];
      expect(anci.inRegion?.map((n) => n.id)).toEqual([
        'anci',
        'country:IT',
        'region:mediterranean',
      ]);
      expect(anci.workingOn.map((w) => [w.kind, w.via.id, w.topic.id])).toEqual([
        ['FOCUS', 'theme:migration', 'theme:migration'],
        ['PROJECT', 'project:matching-fund-burkina-faso', 'sdg:1'],
      ]);
      // ACRI funds the Matching Fund, which addresses poverty (SDG 1), which the migration goal names.
      expect(acri.inRegion?.map((n) => n.id)).toEqual([
        'acri',
        'country:IT',
        'region:mediterranean',
      ]);
      expect(acri.workingOn.map((w) => [w.kind, w.via.id, w.topic.id])).toEqual([
        ['PROJECT', 'project:matching-fund-burkina-faso', 'sdg:1'],
      ]);
    });

    it('lists every partnership with what it is via and the quoted sources', async () => {
      const data = await api.query(PartnersDocument, {
        inRegion: 'region:mediterranean',
        workingOn: 'theme:migration',
      });
      const anci = at(data.partners.edges, 1).node;
      expect(anci.partnerCount).toBe(Object.keys(ANCI_PARTNERS).length);
      const got = Object.fromEntries(
        anci.partnerships.edges.map((e) => [
          e.node.partner.id,
          e.node.via.map((v) => `${v.kind}/${v.node?.id}`),
        ]),
      );
      expect(got).toEqual(ANCI_PARTNERS);
      for (const edge of anci.partnerships.edges) {
        for (const via of edge.node.via) {
          expect(via.relationships.length).toBeGreaterThan(0);
          for (const r of via.relationships) {
            expect(r.sources.length).toBeGreaterThan(0);
            expect(r.sources.every((s) => s.source?.id && (s.quote || s.note))).toBe(true);
          }
        }
      }
    });

    it('narrows to one actor’s partners with `of`', async () => {
      const data = await api.query(PartnersDocument, {
        of: 'anci',
        workingOn: 'theme:migration',
      });
      // Both take part in the Matching Fund, which addresses SDG 1, named by the migration goal.
      expect(data.partners.edges.map((e) => e.node.actor.id)).toEqual(['acri', 'ambf']);
      const partnership = at(at(data.partners.edges, 0).node.partnerships.edges, 0);
      expect(partnership.node.partner.id).toBe('anci');
      expect(partnership.node.via.map((v) => v.kind)).toEqual(['AGREEMENT', 'PROJECT']);
    });

    it('pages with cursors, in the same order', async () => {
      const first = await api.query(PartnersDocument, { of: 'anci', first: 7 });
      expect(first.partners.totalCount).toBe(Object.keys(ANCI_PARTNERS).length);
      expect(first.partners.pageInfo.hasNextPage).toBe(true);
      const seen = first.partners.edges.map((e) => e.node.actor.id);
      let after = first.partners.pageInfo.endCursor;
      while (after) {
        const next = await api.query(PartnersDocument, { of: 'anci', first: 7, after });
        expect(next.partners.pageInfo.hasPreviousPage).toBe(true);
        seen.push(...next.partners.edges.map((e) => e.node.actor.id));
        after = next.partners.pageInfo.hasNextPage ? next.partners.pageInfo.endCursor : null;
      }
      expect(seen).toEqual(Object.keys(ANCI_PARTNERS).sort());
    });

    it('says how strongly partners are tied, and since when', async () => {
      const data = await api.query(PartnersDocument, { of: 'anci', kinds: ['GOVERNMENT'] });
      const strength = Object.fromEntries(
        data.partners.edges.map((e) => [
          e.node.actor.id,
          at(e.node.partnerships.edges, 0).node.strength,
        ]),
      );
      expect(Object.keys(strength)).toEqual(['br-ministry-of-cities', 'daras', 'dgcs', 'maeci']);
      // The 2015 agreement is one reason, the undated Kurdish municipalities project another:
      // `asOf` counts the partnership at any date, so it has no start (time-rules.ts).
      expect(strength.maeci).toEqual({
        projects: 1,
        agreements: 1,
        networks: 0,
        twinnings: 0,
        relations: 0,
        total: 2,
        since: null,
      });
      expect(strength.dgcs).toMatchObject({ agreements: 1, total: 1, since: 2001 });
      expect(strength['br-ministry-of-cities']).toMatchObject({
        relations: 1,
        total: 1,
        since: null,
      });
    });

    it('filters partners by kind', async () => {
      const data = await api.query(PartnersDocument, {
        of: 'anci',
        kinds: ['INTERNATIONAL_ORGANIZATION'],
      });
      expect(data.partners.edges.map((e) => e.node.actor.id)).toEqual([
        'fao',
        'undesa',
        'undp',
        'unicef',
      ]);
    });

    it('finds Florence’s partners through the GPM declaration, Eurocities, twinnings and its Covenant coordinator and supporter', async () => {
      const data = await api.query(PartnersDocument, { of: 'istat:048017', first: 100 });
      const kinds = new Set(
        data.partners.edges.flatMap((e) =>
          e.node.partnerships.edges.flatMap((p) => p.node.via.map((v) => v.kind)),
        ),
      );
      expect([...kinds].sort()).toEqual([
        'AGREEMENT',
        'COORDINATION',
        'NETWORK',
        'SUPPORT',
        'TWINNING',
      ]);
      // Both are Covenant of Mayors signatories: co-members of a large network, not partners by it.
      expect(kinds.has('CO_MEMBERSHIP')).toBe(false);
      // Milan shares Eurocities and the GPM declaration with Florence.
      const milan = data.partners.edges.find((e) => e.node.actor.id === 'istat:015146');
      expect(milan).toBeDefined();
      expect(
        at(milan!.node.partnerships.edges, 0).node.via.map((v) => `${v.kind}/${v.node?.id}`),
      ).toEqual(['AGREEMENT/agreement:gpm-declaration-mayors-for-democracy', 'NETWORK/eurocities']);
    });
  });
}
