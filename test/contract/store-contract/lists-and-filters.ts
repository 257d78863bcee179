/**
 * Lists of actors, countries and projects, filtered, ordered and paged; places and what is in
 * them. Part of the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActorsDocument,
  AgreementsDocument,
  CountriesDocument,
  InCountryDocument,
  InRegionDocument,
  ProjectsDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import type { ContractContext } from './contract-support.js';

export function describeListsAndFilters(ctx: ContractContext): void {
  describe('lists and filters', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

    it('lists the associations of Sub-Saharan Africa, ordered by name', async () => {
      const data = await api.query(ActorsDocument, {
        filter: { region: 'region:sub-saharan-africa', kinds: ['ASSOCIATION'] },
        first: 50,
      });
      const ids = data.actors.edges.map((e) => e.node.id);
      expect([...ids].sort()).toEqual([
        'ambf',
        'ci-association-of-mayors',
        'ci-association-of-municipalities',
        'ml-association-of-municipalities',
        'tz-association-of-municipalities',
        'za-association-of-municipalities',
      ]);
      const names = data.actors.edges.map((e) => e.node.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('filters actors by theme: who works on migration', async () => {
      const data = await api.query(ActorsDocument, {
        filter: { theme: 'theme:migration' },
        orderBy: { field: 'KEY', direction: 'ASC' },
        first: 50,
      });
      const ids = data.actors.edges.map((e) => e.node.id);
      expect(ids).toContain('anci');
      expect(ids).toContain('acri');
      expect(ids).toContain('ambf');
      expect(ids).toEqual([...ids].sort());
    });

    it('matches names without case or accents (Bogota finds Bogotá)', async () => {
      const data = await api.query(ActorsDocument, { filter: { name: 'bogota' }, first: 10 });
      expect(data.actors.edges.map((e) => e.node.id)).toContain('city:co-bogota');
    });

    it('pages through all 250 countries with cursors, none twice', async () => {
      const seen: string[] = [];
      let after: string | null | undefined;
      do {
        const page = await api.query(CountriesDocument, {
          first: 100,
          ...(after ? { after } : {}),
        });
        // The 249 of ISO 3166-1, and Kosovo (XK) from the Covenant of Mayors' rows.
        expect(page.countries.totalCount).toBe(250);
        seen.push(...page.countries.edges.map((e) => e.node.id));
        after = page.countries.pageInfo.hasNextPage ? page.countries.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(250);
      expect(new Set(seen).size).toBe(250);
      expect(seen).toContain('country:XK');
    });

    it('orders by key descending when asked', async () => {
      const data = await api.query(AgreementsDocument, {
        orderBy: { field: 'KEY', direction: 'DESC' },
        first: 3,
      });
      expect(data.agreements.totalCount).toBe(12);
      expect(data.agreements.edges.map((e) => e.node.id)).toEqual([
        'agreement:gpm-declaration-mayors-for-democracy',
        'agreement:anci-unicef',
        'agreement:anci-undp',
      ]);
    });

    it('finds countries of the Mediterranean through its sub-regions', async () => {
      const data = await api.query(CountriesDocument, {
        filter: { region: 'region:mediterranean' },
        first: 100,
      });
      const isos = data.countries.edges.map((e) => e.node.iso2);
      for (const iso of ['IT', 'FR', 'ES', 'LY', 'TN', 'LB', 'AL', 'MT'])
        expect(isos).toContain(iso);
      for (const iso of ['DE', 'BR', 'ML']) expect(isos).not.toContain(iso);
    });

    it('gives a region’s projects and countries as the filtered lists do: the Middle East has 2 projects', async () => {
      for (const region of [
        'region:middle-east',
        'region:mediterranean',
        'region:balkans',
        'region:m49-150',
        'region:sub-saharan-africa',
      ]) {
        const data = await api.query(InRegionDocument, { region });
        expect(data.region.projects.edges, region).toEqual(data.projects.edges);
        expect(data.region.projects.totalCount, region).toBe(data.projects.totalCount);
        expect(data.region.countries.totalCount, region).toBe(data.countries.totalCount);
      }
      const middleEast = await api.query(InRegionDocument, { region: 'region:middle-east' });
      expect(middleEast.region.projects.edges.map((e) => e.node.id)).toEqual([
        'project:kurdish-municipalities',
        'project:lebanon-cooperation',
      ]);
      expect(middleEast.region.countries.totalCount).toBe(16);
      // Europe (M49 150) has no country directly in it: all are in its sub-regions.
      const europe = await api.query(InRegionDocument, { region: 'region:m49-150' });
      expect(europe.region.countries.totalCount).toBeGreaterThan(40);
      // Solaria targets Italy, a country of Southern Europe; the Balkan project targets the
      // Balkans, which the graph places in the Mediterranean, not in M49 Europe.
      expect(europe.region.projects.edges.map((e) => e.node.id)).toEqual([
        'project:cities-acting-for-peace',
        'project:solaria',
      ]);
    });

    it('gives a country’s actors and projects as the filtered lists do', async () => {
      for (const country of ['country:IT', 'country:LB', 'country:BF', 'country:BR']) {
        const data = await api.query(InCountryDocument, { country });
        expect(data.country.actors.edges, country).toEqual(data.actors.edges);
        expect(data.country.actors.totalCount, country).toBe(data.actors.totalCount);
        expect(data.country.projects.edges, country).toEqual(data.projects.edges);
      }
      const burkina = await api.query(InCountryDocument, { country: 'country:BF' });
      expect(burkina.country.actors.edges.map((e) => e.node.id)).toContain('ambf');
      expect(burkina.country.projects.edges.map((e) => e.node.id)).toEqual([
        'project:matching-fund-burkina-faso',
      ]);
    });

    it('finds projects by target region and by SDG', async () => {
      const libya = await api.query(ProjectsDocument, { filter: { country: 'country:LY' } });
      expect(libya.projects.edges.map((e) => e.node.id)).toEqual([
        'project:libya-municipal-officials',
      ]);
      const poverty = await api.query(ProjectsDocument, { filter: { sdg: 'sdg:1' } });
      expect(poverty.projects.edges.map((e) => e.node.id)).toEqual([
        'project:matching-fund-burkina-faso',
      ]);
    });
  });
}
