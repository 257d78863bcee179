/**
 * Dashboard aggregates: counts by year, place, theme, SDG and kind, matching the filtered lists.
 * Part of the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActorsDocument,
  AggregateDocument,
  ProjectsDocument,
  ReachDocument,
  SdgCoverageDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { ANCI_PARTNERS, codeOf, type ContractContext } from './contract-support.js';

export function describeAggregates(ctx: ContractContext): void {
  describe('dashboard aggregates', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

    it('counts agreements over time (undated ones left out)', async () => {
      const data = await api.query(AggregateDocument, { subject: 'AGREEMENT', groupBy: 'YEAR' });
      expect(data.aggregate.map((b) => [b.group, b.count])).toEqual([
        ['2015', 2],
        ['2001', 1],
      ]);
    });

    it('counts projects by the countries they target', async () => {
      const data = await api.query(AggregateDocument, { subject: 'PROJECT', groupBy: 'COUNTRY' });
      expect(data.aggregate.map((b) => [b.group, b.count])).toEqual(
        ['country:BF', 'country:IQ', 'country:IT', 'country:LB', 'country:LY', 'country:SY'].map(
          (c) => [c, 1],
        ),
      );
      expect(at(data.aggregate, 0).node?.id).toBe('country:BF');
    });

    it('counts by region and by theme exactly as the filtered lists do', async () => {
      const byRegion = await api.query(AggregateDocument, {
        subject: 'PROJECT',
        groupBy: 'REGION',
        first: 100,
      });
      expect(byRegion.aggregate.length).toBeGreaterThan(3);
      for (const bucket of byRegion.aggregate) {
        const list = await api.query(ProjectsDocument, {
          filter: { region: bucket.group },
          first: 0,
        });
        expect([bucket.group, list.projects.totalCount]).toEqual([bucket.group, bucket.count]);
      }
      const byTheme = await api.query(AggregateDocument, { subject: 'ACTOR', groupBy: 'THEME' });
      expect(byTheme.aggregate.map((b) => b.group)).toContain('theme:migration');
      for (const bucket of byTheme.aggregate) {
        const list = await api.query(ActorsDocument, {
          filter: { theme: bucket.group },
          first: 0,
        });
        expect(list.actors.totalCount).toBe(bucket.count);
      }
    });

    it('counts by SDG goal, by theme within a region, and by year, exactly as the filtered lists do', async () => {
      const bySdg = await api.query(AggregateDocument, { subject: 'PROJECT', groupBy: 'SDG' });
      expect(bySdg.aggregate.length).toBeGreaterThan(0);
      expect(bySdg.aggregate.every((b) => /^sdg:\d+$/.test(b.group))).toBe(true);
      for (const bucket of bySdg.aggregate) {
        const list = await api.query(ProjectsDocument, {
          filter: { sdg: bucket.group },
          first: 0,
        });
        expect([bucket.group, list.projects.totalCount]).toEqual([bucket.group, bucket.count]);
      }
      const counts = bySdg.aggregate.map((b) => b.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const actorsBySdg = await api.query(AggregateDocument, {
        subject: 'ACTOR',
        groupBy: 'SDG',
        filter: { theme: 'theme:migration' },
      });
      for (const bucket of actorsBySdg.aggregate) {
        const list = await api.query(ActorsDocument, {
          filter: { sdg: bucket.group, theme: 'theme:migration' },
          first: 0,
        });
        expect([bucket.group, list.actors.totalCount]).toEqual([bucket.group, bucket.count]);
      }
      const inRegion = await api.query(AggregateDocument, {
        subject: 'ACTOR',
        groupBy: 'THEME',
        filter: { region: 'region:mediterranean' },
      });
      expect(inRegion.aggregate.length).toBeGreaterThan(0);
      for (const bucket of inRegion.aggregate) {
        const list = await api.query(ActorsDocument, {
          filter: { theme: bucket.group, region: 'region:mediterranean' },
          first: 0,
        });
        expect([bucket.group, list.actors.totalCount]).toEqual([bucket.group, bucket.count]);
      }
      const byYear = await api.query(AggregateDocument, { subject: 'PROJECT', groupBy: 'YEAR' });
      expect(byYear.aggregate.every((b) => /^\d{4}$/.test(b.group) && b.node === null)).toBe(true);
      const byKind = await api.query(AggregateDocument, { subject: 'ACTOR', groupBy: 'KIND' });
      const total = await api.query(ActorsDocument, { first: 0 });
      expect(byKind.aggregate.reduce((sum, b) => sum + b.count, 0)).toBe(total.actors.totalCount);
      const cut = await api.query(AggregateDocument, {
        subject: 'ACTOR',
        groupBy: 'KIND',
        first: 2,
      });
      expect(cut.aggregate).toEqual(byKind.aggregate.slice(0, 2));
    });

    it('counts actors of a region by kind', async () => {
      const data = await api.query(AggregateDocument, {
        subject: 'ACTOR',
        groupBy: 'KIND',
        filter: { region: 'region:sub-saharan-africa', kinds: ['ASSOCIATION'] },
      });
      expect(data.aggregate.map((b) => [b.group, b.count])).toEqual([['Association', 6]]);
    });

    it('gives the SDG coverage of Sub-Saharan Africa', async () => {
      const data = await api.query(SdgCoverageDocument, { region: 'region:sub-saharan-africa' });
      // The Matching Fund (Burkina Faso) addresses SDG 1 and the governance goal, aligned with SDG 16.
      expect(data.sdgCoverage.map((c) => [c.goal.id, c.projects.map((p) => p.id)])).toEqual([
        ['sdg:1', ['project:matching-fund-burkina-faso']],
        ['sdg:16', ['project:matching-fund-burkina-faso']],
      ]);
    });

    it('gives ANCI’s reach by region and theme', async () => {
      const data = await api.query(ReachDocument, { of: 'anci' });
      expect(data.reach.partners).toBe(Object.keys(ANCI_PARTNERS).length);
      const regions = Object.fromEntries(data.reach.byRegion.map((b) => [b.group, b.count]));
      // Six associations in Sub-Saharan Africa (Burkina Faso, Côte d'Ivoire ×2, Mali, South Africa, Tanzania).
      expect(regions['region:sub-saharan-africa']).toBe(6);
      expect(regions['region:m49-001']).toBeLessThanOrEqual(data.reach.partners);
      const themes = Object.fromEntries(data.reach.byTheme.map((b) => [b.group, b.count]));
      // ACRI and AMBF, through the Matching Fund (SDG 1, named by the migration goal).
      expect(themes['theme:migration']).toBe(2);
      expect(codeOf(await api.run(ReachDocument, { of: 'country:IT' }))).toBe('BAD_USER_INPUT');
    });

    it('answers bad aggregate input with BAD_USER_INPUT', async () => {
      expect(
        codeOf(
          await api.run(AggregateDocument, {
            subject: 'PROJECT',
            groupBy: 'KIND',
            filter: { kinds: ['NETWORK'] },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.run(SdgCoverageDocument, { region: 'country:IT' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
}
