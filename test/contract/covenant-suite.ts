/**
 * The Covenant of Mayors' signatories in the seeded graph, through the API, on every store: the
 * counts the JRC's file gives (computed here from the file itself, not by the loader), Bologna's
 * membership and its source, a joint group's members, a coordinator's signatories, the questions
 * of docs/covenant-of-mayors.md, and the partnership rule for large networks
 * (src/domain/semantics/partnership-rules.ts): a member's partners are not the network's thousands of members
 * unless asked.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as gql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { LARGE_NETWORK_MEMBERS } from '../../src/domain/semantics/partnership-rules.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import {
  CovenantActorCountsDocument,
  CovenantActorsDocument,
  CovenantCoordinatorDocument,
  CovenantMembersDocument,
  CovenantMembershipsDocument,
  CovenantPartnerCountDocument,
  CovenantPartnersDocument,
  CovenantSignatoryDocument,
} from '../generated/graphql.js';
import { apiFor, type Api } from '../support/api.js';
import { repoPath } from '../../src/runtime/repo-root.js';

const COVENANT = 'covenant-of-mayors';
const BOLOGNA = 'istat:037006';
const EMILIA_ROMAGNA = 'org:regione-emilia-romagna';

interface Row {
  organisation_id: string;
  organisation_name: string;
  coordinator_name: string;
  country_code: string;
  date_of_adhesion: string;
}

/** The JRC's file, read here on its own, as a reader of the CSV would count it. */
const rows = parseCsv<Row>(
  readFileSync(
    repoPath('seeds/reference/networks/covenant-of-mayors-signatories-2024.csv'),
    'utf8',
  ),
  { columns: true, skip_empty_lines: true },
);

function tally(keyOf: (row: Row) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== undefined) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const buckets = (list: { group: string; count: number }[]) =>
  Object.fromEntries(list.map((b) => [b.group, b.count]));

export function defineCovenantSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`The Covenant of Mayors in the graph: ${name}`, () => {
    let api: Api;
    beforeAll(async () => {
      api = apiFor(await openStore());
    });

    it('has every signatory of the JRC’s file, per country and per year of adhesion', async () => {
      expect(rows).toHaveLength(11_973);
      const members = await api.query(CovenantMembersDocument, { id: COVENANT, first: 0 });
      expect(members.actor.members.totalCount).toBe(11_973);
      const filter = { memberOf: COVENANT };
      const byCountry = await api.query(CovenantMembershipsDocument, {
        filter,
        groupBy: 'COUNTRY',
      });
      expect(buckets(byCountry.aggregate)).toEqual(
        tally((r) => `country:${r.country_code.toUpperCase()}`),
      );
      const byYear = await api.query(CovenantMembershipsDocument, { filter, groupBy: 'JOINED' });
      expect(buckets(byYear.aggregate)).toEqual(tally((r) => r.date_of_adhesion.slice(0, 4)));
    });

    it('counts members (actors) by country as the filtered list does', async () => {
      const filter = { memberOf: COVENANT };
      const byCountry = await api.query(CovenantActorCountsDocument, {
        filter,
        groupBy: 'COUNTRY',
      });
      const italy = byCountry.aggregate.find((b) => b.group === 'country:IT')!;
      expect(italy.node?.name).toBe('Italy');
      const listed = await api.query(CovenantActorsDocument, {
        filter: { memberOf: COVENANT, country: 'country:IT' },
      });
      expect(listed.actors.totalCount).toBe(italy.count);
      // Fewer actors than signatories: a comune that signed for 2020 and again for 2030 is one.
      expect(italy.count).toBeLessThan(tally((r) => r.country_code)['it']!);
      const inSouthernEurope = await api.query(CovenantActorsDocument, {
        filter: { memberOf: COVENANT, region: 'region:m49-039' },
      });
      const byRegion = await api.query(CovenantActorCountsDocument, { filter, groupBy: 'REGION' });
      expect(buckets(byRegion.aggregate)['region:m49-039']).toBe(
        inSouthernEurope.actors.totalCount,
      );
    });

    it('has Bologna as a member since 2008-12-22, citing the JRC with its row', async () => {
      const data = await api.query(CovenantSignatoryDocument, { id: BOLOGNA });
      const membership = data.actor.memberships.edges.find((e) => e.node.id === COVENANT);
      expect(membership?.relationship).toMatchObject({
        key: 'MEMBER_OF:istat:037006->covenant-of-mayors#signatory-11963',
        since: '2008-12-22',
        stated: true,
        properties: {
          status: 'published',
          adhesionType: 'As an individual signatory',
          commitments: ['CoM2020', 'CoM2030', 'adaptation'],
          covenantId: '11963',
          gcomId: 'IT0007',
        },
        sources: [
          {
            basis: 'STATED',
            quote:
              'Signatory 11963 "Bologna" (IT), adhered 2008-12-22 As an individual signatory, status published; commitments CoM2020, CoM2030, adaptation; coordinator "Regione Emilia-Romagna"; supporter "EUROCITIES"; GCoM id IT0007',
            source: { id: 'source:jrc-covenant-of-mayors' },
          },
        ],
      });
      expect(data.actor.coordinatedBy.edges.map((e) => e.node.id)).toEqual([EMILIA_ROMAGNA]);
      expect(data.actor.supportedBy.edges.map((e) => e.node.id)).toEqual(['eurocities']);
      // Its commitments place it on climate action and SDG 13: a named inference, not stated.
      const climate = data.actor.focuses.edges.filter((e) =>
        ['theme:climate', 'sdg:13'].includes(e.node.id),
      );
      expect(climate).toHaveLength(2);
      for (const e of climate) {
        expect(e.relationship.stated).toBe(false);
        expect(e.relationship.properties).toEqual({ inference: 'COVENANT_COMMITMENT' });
        expect(e.relationship.sources[0]?.basis).toBe('EDITORIAL');
        expect(e.relationship.sources[0]?.note).toMatch(/^Inference COVENANT_COMMITMENT/);
      }
    });

    it('answers asOf before and after Bologna joined', async () => {
      const before = await api.query(CovenantSignatoryDocument, {
        id: BOLOGNA,
        asOf: '2008-12-21',
      });
      expect(before.actor.memberships.edges.map((e) => e.node.id)).not.toContain(COVENANT);
      const after = await api.query(CovenantSignatoryDocument, { id: BOLOGNA, asOf: '2008-12-22' });
      expect(after.actor.memberships.edges.map((e) => e.node.id)).toContain(COVENANT);
      const members = await api.query(CovenantMembersDocument, {
        id: COVENANT,
        asOf: '2008-12-21',
        first: 0,
      });
      expect(members.actor.members.totalCount).toBe(
        rows.filter((r) => r.date_of_adhesion <= '2008-12-21').length,
      );
    });

    it('has a joint group with the municipalities its name lists as members', async () => {
      const data = await api.query(CovenantMembersDocument, {
        id: 'covenant-group:20494',
        first: 20,
      });
      expect(data.actor.members.edges.map((e) => e.node.name).sort()).toEqual(
        'Aritzo, Austis, Desulo, Gadoni, Meana Sardo, Neoneli, Sorgono, Teti'.split(', '),
      );
      expect(data.actor.members.edges.every((e) => e.node.id.startsWith('istat:'))).toBe(true);
    });

    it('counts a coordinator’s signatories, and ranks the coordinators', async () => {
      const perCoordinator = tally((r) =>
        r.coordinator_name === '-' ? undefined : r.coordinator_name.trim(),
      );
      const data = await api.query(CovenantCoordinatorDocument, { id: EMILIA_ROMAGNA });
      expect(data.actor).toMatchObject({ name: 'Regione Emilia-Romagna', kind: 'ORGANIZATION' });
      expect(data.actor.coordinates.totalCount).toBe(perCoordinator['Regione Emilia-Romagna']);
      const ranked = await api.query(CovenantMembershipsDocument, {
        filter: { memberOf: COVENANT },
        groupBy: 'COORDINATOR',
      });
      const expected = Object.entries(perCoordinator)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, 3);
      expect(ranked.aggregate.slice(0, 3).map((b) => b.count)).toEqual(expected.map(([, n]) => n));
      expect(ranked.aggregate[0]?.group).toBe('org:region-of-piemonte');
    });

    it('lists a member’s partners without the network’s co-members, unless asked', async () => {
      const data = await api.query(CovenantPartnersDocument, { of: BOLOGNA, first: 100 });
      const all = await api.query(CovenantPartnersDocument, {
        of: BOLOGNA,
        first: 100,
        after: data.partners.pageInfo.endCursor,
      });
      data.partners.edges.push(...all.partners.edges);
      const vias = data.partners.edges.flatMap((e) =>
        e.node.partnerships.edges.flatMap((p) => p.node.via),
      );
      expect(vias.some((v) => v.kind === 'CO_MEMBERSHIP')).toBe(false);
      expect(vias.some((v) => v.node?.id === COVENANT)).toBe(false);
      // Eurocities' members (206, under the threshold) stay partners; the Covenant's do not.
      expect(data.partners.totalCount).toBeLessThan(LARGE_NETWORK_MEMBERS);
      // Its coordinator is a partner, and through it the other comuni it coordinates.
      const region = data.partners.edges.find((e) => e.node.actor.id === EMILIA_ROMAGNA);
      expect(region?.node.partnerships.edges[0]?.node.via.map((v) => v.kind)).toEqual([
        'COORDINATION',
      ]);
      const throughRegion = await api.query(CovenantPartnersDocument, {
        of: EMILIA_ROMAGNA,
        first: 0,
      });
      expect(throughRegion.partners.totalCount).toBeGreaterThan(200);

      const asked = await api.query(CovenantPartnersDocument, {
        of: BOLOGNA,
        coMembership: true,
        first: 50,
      });
      const members = await api.query(CovenantActorsDocument, { filter: { memberOf: COVENANT } });
      // Every other member of the Covenant, a page at a time, with the co-membership as its kind.
      expect(asked.partners.totalCount).toBeGreaterThanOrEqual(members.actors.totalCount - 1);
      expect(asked.partners.edges).toHaveLength(50);
      expect(asked.partners.pageInfo.hasNextPage).toBe(true);
      const coMember = asked.partners.edges
        .flatMap((e) => e.node.partnerships.edges)
        .find((p) => p.node.via.some((v) => v.kind === 'CO_MEMBERSHIP'));
      expect(coMember?.node.via.find((v) => v.kind === 'CO_MEMBERSHIP')?.node?.id).toBe(COVENANT);
      expect(coMember?.node.strength.coMemberships).toBe(1);
      const next = await api.query(CovenantPartnersDocument, {
        of: BOLOGNA,
        coMembership: true,
        first: 50,
        after: asked.partners.pageInfo.endCursor,
      });
      const firstIds = new Set(asked.partners.edges.map((e) => e.node.actor.id));
      expect(next.partners.edges.some((e) => firstIds.has(e.node.actor.id))).toBe(false);
    });

    it('counts a Covenant member’s partners without its co-members', async () => {
      const data = await api.query(CovenantPartnerCountDocument, {
        inRegion: 'region:m49-039',
        first: 100,
      });
      expect(data.partners.totalCount).toBeGreaterThan(1000);
      for (const e of data.partners.edges)
        expect(e.node.partnerCount, e.node.actor.id).toBeLessThan(LARGE_NETWORK_MEMBERS);
    });

    it('refuses co-membership without `of`, and membership counts without memberOf', async () => {
      const partners = await api.run(
        gql('query { partners(coMembership: true, first: 1) { totalCount } }'),
      );
      expect(partners.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const joined = await api.run(
        gql('query { aggregate(subject: ACTOR, groupBy: JOINED) { group } }'),
      );
      expect(joined.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const memberships = await api.run(
        gql('query { aggregate(subject: MEMBERSHIP, groupBy: COUNTRY) { group } }'),
      );
      expect(memberships.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const notANetwork = await api.run(
        gql('query { actors(filter: { memberOf: "theme:climate" }) { totalCount } }'),
      );
      expect(notANetwork.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}
