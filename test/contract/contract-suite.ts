/**
 * The contract every store must meet: the same GraphQL queries give the same answers on the
 * seeded graph, whichever store serves them. Run against the embedded store and against Neo4j
 * (memory-store.test.ts, neo4j-store.test.ts). A difference is a bug in one of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgePageSpec } from '../../src/domain/edge-pages.js';
import type { EdgeView } from '../../src/domain/graph-records.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import {
  ActorDetailDocument,
  AggregateDocument,
  AgreementsAsOfDocument,
  ActorsDocument,
  AgreementsDocument,
  CentralityDocument,
  CommunitiesDocument,
  ConnectionDocument,
  CountriesDocument,
  NeighbourhoodDocument,
  NodeByIdDocument,
  NodesDocument,
  PartnersAsOfDocument,
  PartnersDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  ReachDocument,
  RegionDetailDocument,
  RelationshipsDocument,
  SdgCoverageDocument,
  SdgDetailDocument,
  SdgGoalsDocument,
  StatsDocument,
  ThemeDetailDocument,
  FoundersDocument,
  InCountryDocument,
  InRegionDocument,
  MethodsAndLaunchesDocument,
} from '../generated/graphql.js';
import { apiFor, type Api } from '../support/api.js';
import { compareKeyLists } from '../../src/domain/key-lists.js';
import { at } from '../support/at.js';

/** ANCI's partners, each with how it partners ANCI (from seeds/curated/anci.yaml). */
const ANCI_PARTNERS: Record<string, string[]> = {
  acri: [
    'AGREEMENT/agreement:anci-acri-foundations-for-africa',
    'PROJECT/project:matching-fund-burkina-faso',
  ],
  'al-association-of-municipalities': ['AGREEMENT/agreement:anci-al-association'],
  ambf: ['PROJECT/project:matching-fund-burkina-faso'],
  'br-ministry-of-cities': ['RELATION/br-ministry-of-cities'],
  'ci-association-of-mayors': ['RELATION/ci-association-of-mayors'],
  'ci-association-of-municipalities': ['RELATION/ci-association-of-municipalities'],
  daras: ['AGREEMENT/agreement:anci-daras-2015'],
  dgcs: ['AGREEMENT/agreement:anci-dgcs-2001'],
  fao: ['AGREEMENT/agreement:anci-fao'],
  femp: ['RELATION/femp'],
  fnp: ['AGREEMENT/agreement:anci-fnp'],
  maeci: ['AGREEMENT/agreement:anci-maeci-2015', 'PROJECT/project:kurdish-municipalities'],
  'ml-association-of-municipalities': ['RELATION/ml-association-of-municipalities'],
  'mt-association-of-municipalities': ['AGREEMENT/agreement:anci-mt-association'],
  'tz-association-of-municipalities': ['RELATION/tz-association-of-municipalities'],
  'un-ponte-per': ['PROJECT/project:kurdish-municipalities'],
  undesa: ['AGREEMENT/agreement:anci-undesa'],
  undp: ['AGREEMENT/agreement:anci-undp'],
  unicef: ['AGREEMENT/agreement:anci-unicef'],
  'za-association-of-municipalities': ['RELATION/za-association-of-municipalities'],
};

const ANCI_AGREEMENTS = [
  'agreement:anci-acri-foundations-for-africa',
  'agreement:anci-al-association',
  'agreement:anci-daras-2015',
  'agreement:anci-dgcs-2001',
  'agreement:anci-fao',
  'agreement:anci-fnp',
  'agreement:anci-maeci-2015',
  'agreement:anci-mt-association',
  'agreement:anci-undesa',
  'agreement:anci-undp',
  'agreement:anci-unicef',
];

function codeOf(result: { errors?: readonly unknown[] | undefined }): unknown {
  const [error] = (result.errors ?? []) as { extensions?: { code?: unknown } }[];
  return error?.extensions?.code;
}

export function defineContractSuite(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let api: Api;

    beforeAll(async () => {
      store = await open();
      api = apiFor(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('the headline: partners in the Mediterranean working on migration', () => {
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
        ).toEqual([
          'AGREEMENT/agreement:gpm-declaration-mayors-for-democracy',
          'NETWORK/eurocities',
        ]);
      });
    });

    describe('lists and filters', () => {
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

    describe('nodes and their relationships', () => {
      it('gives ANCI’s eleven agreements, each with ANCI as signatory and a quote', async () => {
        const data = await api.query(ActorDetailDocument, { id: 'anci' });
        expect(data.actor.kind).toBe('ASSOCIATION');
        expect(data.actor.country?.id).toBe('country:IT');
        expect(data.actor.agreements.edges.map((e) => e.node.id)).toEqual(ANCI_AGREEMENTS);
        for (const e of data.actor.agreements.edges) {
          expect(e.relationship.role).toBe('SIGNATORY');
          expect(at(e.relationship.sources, 0).quote).toBeTruthy();
        }
        const dated = data.actor.agreements.edges
          .filter((e) => e.node.dateSigned)
          .map((e) => [e.node.id, e.node.dateSigned]);
        expect(dated).toEqual([
          ['agreement:anci-daras-2015', '2015-07-01'],
          ['agreement:anci-dgcs-2001', '2001-05-03'],
          ['agreement:anci-maeci-2015', '2015-07-01'],
        ]);
      });

      it('gives Florence from the reference data and the curated facts together', async () => {
        const data = await api.query(ActorDetailDocument, { id: 'istat:048017' });
        const florence = data.actor;
        expect(florence.name).toBe('Firenze');
        expect(florence.aliases).toEqual(expect.arrayContaining(['Florence', 'Florenz']));
        expect(florence.istat).toBe('048017');
        expect(florence.wikidataId).toBe('Q2044');
        expect(florence.country?.id).toBe('country:IT');
        expect(florence.events.edges.map((e) => [e.node.id, e.relationship.type])).toEqual(
          expect.arrayContaining([['event:florence-mayors-1955', 'HOSTED']]),
        );
        expect(florence.memberships.edges.map((e) => e.node.id)).toContain('eurocities');
        expect(florence.agreements.edges.map((e) => [e.node.id, e.relationship.role])).toEqual([
          ['agreement:gpm-declaration-mayors-for-democracy', 'SIGNATORY'],
        ]);
        expect(florence.officeHolders.edges.map((e) => e.node.id)).toEqual(
          expect.arrayContaining(['person:giorgio-la-pira', 'person:dario-nardella']),
        );
        const sourceIds = florence.sources.map((s) => s.source?.id);
        expect(sourceIds).toEqual(
          expect.arrayContaining(['source:istat-comuni', 'source:city-diplomacy-2021']),
        );
      });

      it('reads a twinning from both ends', async () => {
        const florence = await api.query(ActorDetailDocument, { id: 'istat:048017' });
        expect(florence.actor.twins.totalCount).toBeGreaterThan(0);
        const twin = at(florence.actor.twins.edges, 0).node.id;
        const other = await api.query(ActorDetailDocument, { id: twin });
        expect(other.actor.twins.edges.map((e) => e.node.id)).toContain('istat:048017');
      });

      it('gives the programme Cities without borders with its three projects', async () => {
        const data = await api.query(ProjectDetailDocument, {
          id: 'project:cities-without-borders',
        });
        expect(data.project.projectType).toBe('PROGRAMME');
        expect(data.project.components.edges.map((e) => e.node.id)).toEqual([
          'project:kurdish-municipalities',
          'project:libya-municipal-officials',
          'project:matching-fund-burkina-faso',
        ]);
        const kurdish = await api.query(ProjectDetailDocument, {
          id: 'project:kurdish-municipalities',
        });
        expect(kurdish.project.targets.edges.map((e) => e.node.id)).toEqual([
          'country:IQ',
          'country:SY',
        ]);
        expect(kurdish.project.participants.edges.map((e) => e.node.id)).toEqual([
          'anci',
          'maeci',
          'un-ponte-per',
        ]);
      });

      it('gives SDG 11 with its ten targets, in English and Italian', async () => {
        const data = await api.query(SdgDetailDocument, { id: 'sdg:11' });
        expect(data.sdg.level).toBe('GOAL');
        expect(data.sdg.title).toBe(
          'Make cities and human settlements inclusive, safe, resilient and sustainable',
        );
        expect(data.sdg.titleIt).toBeTruthy();
        expect(data.sdg.children.edges.map((e) => e.node.id).sort()).toEqual(
          ['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.a', '11.b', '11.c']
            .map((c) => `sdg:${c}`)
            .sort(),
        );
        expect(data.sdg.alignedThemes.edges.map((e) => e.node.id)).toContain('theme:resilience');
        const goals = await api.query(SdgGoalsDocument, {});
        expect(goals.sdgGoals.map((g) => g.code)).toEqual(
          Array.from({ length: 17 }, (_v, i) => String(i + 1)),
        );
      });

      it('tells a stated alignment from a reading and from an editorial decision', async () => {
        const migration = await api.query(ThemeDetailDocument, { id: 'theme:migration' });
        const agenda = migration.theme.alignsWith.edges.find(
          (e) => e.node.id === 'framework:2030-agenda',
        );
        expect(agenda?.relationship.stated).toBe(true);
        expect(agenda?.relationship.sources.map((s) => s.basis)).toEqual(['STATED']);
        const poverty = migration.theme.alignsWith.edges.find((e) => e.node.id === 'sdg:1');
        expect(poverty?.relationship).toMatchObject({
          stated: false,
          sources: [{ basis: 'EDITORIAL', readWith: [] }],
        });
        expect(poverty?.relationship.sources[0]?.note).toContain('SDG 1 (No poverty)');
        // Goal 11 opens the Resilience section; the sentence itself does not name Resilience.
        const resilience = await api.query(ThemeDetailDocument, { id: 'theme:resilience' });
        const sdg11 = resilience.theme.alignsWith.edges.find((e) => e.node.id === 'sdg:11');
        expect(sdg11?.relationship).toMatchObject({
          stated: false,
          properties: {},
          sources: [
            {
              basis: 'READING',
              quote:
                'Goal 11 of the UN 2030 Agenda states that it is necessary to make our cities inclusive, safe and sustainable.',
            },
          ],
        });
        expect(sdg11?.relationship.sources[0]?.readWith).toContain('2. Resilience');
        expect(resilience.theme.focusedBy.edges.map((e) => e.node.id)).toContain('anci');
      });

      it('gives the Cittaslow founders as a reading of two passages, the same in foundedBy and members', async () => {
        const towns = ['istat:004029', 'istat:048021', 'istat:055023', 'istat:065100'];
        const reading = {
          basis: 'READING',
          quote:
            'If city diplomacy is not an exclusive domain of major urban areas, it is also thanks to towns like Greve in Chianti, Bra, Orvieto and Positano.',
          readWith: [
            'Cittaslow, a network created by four Italian mayors in 1999, now allows 281 smaller cities in 32 countries to collaborate on the protection and promotion of local traditions.',
          ],
          source: { id: 'source:city-diplomacy-2021' },
        };
        const { actor } = await api.query(FoundersDocument, { id: 'cittaslow' });
        expect(actor.foundedBy.edges.map((e) => e.node.id)).toEqual(towns);
        for (const e of actor.foundedBy.edges) {
          expect(e.relationship).toMatchObject({
            stated: false,
            properties: { year: 1999 },
            sources: [reading],
          });
          expect(at(e.relationship.sources, 0).note).toMatch(
            /read as the towns of those four mayors/,
          );
        }
        const founders = actor.members.edges.filter((e) => e.relationship.role === 'FOUNDER');
        expect(founders.map((e) => e.node.id)).toEqual(towns);
        for (const e of founders) {
          expect(e.relationship).toMatchObject({ stated: false, since: '1999' });
          expect(e.relationship.sources).toEqual(
            actor.foundedBy.edges.find((f) => f.node.id === e.node.id)?.relationship.sources,
          );
        }
      });

      it('links the Matching Fund to its methodology and Expo 2015 to the movement it launched', async () => {
        const data = await api.query(MethodsAndLaunchesDocument, {
          project: 'project:matching-fund-burkina-faso',
          practice: 'practice:officials-without-borders',
          event: 'event:expo-2015',
          launched: 'milan-urban-food-policy-pact',
        });
        const method = at(data.project.practices.edges, 0);
        expect(method.node.id).toBe('practice:officials-without-borders');
        expect(method.relationship).toMatchObject({
          type: 'APPLIES',
          stated: false,
          sources: [{ basis: 'READING', source: { id: 'source:anci-profile' } }],
        });
        expect(at(method.relationship.sources, 0).quote).toContain(
          'through the methodology "Officials without Borders"',
        );
        expect(at(method.relationship.sources, 0).readWith).toContain(
          '3. Matching Fund ANCI – Fundations for Africa Burkina Faso',
        );
        expect(
          data.practice?.__typename === 'Practice' &&
            data.practice.projects.edges.map((e) => e.node.id),
        ).toEqual(['project:matching-fund-burkina-faso']);
        const launched = data.event?.__typename === 'Event' ? data.event.launched.edges : [];
        expect(
          launched.map((e) => [e.node.id, e.relationship.type, e.relationship.stated]),
        ).toEqual([['milan-urban-food-policy-pact', 'LAUNCHED', true]]);
        expect(at(at(launched, 0).relationship.sources, 0)).toMatchObject({
          basis: 'STATED',
          quote:
            'has been leading a global urban movement on food sustainability, launched at Expo in 2015',
        });
        expect(data.launchedThing.launchedAt.edges.map((e) => e.node.id)).toEqual([
          'event:expo-2015',
        ]);
      });

      it('nests regions: the M49 Sub-Saharan Africa is part of ANCI’s priority region', async () => {
        const data = await api.query(RegionDetailDocument, { id: 'region:sub-saharan-africa' });
        expect(data.region.subregions.edges.map((e) => e.node.id)).toEqual(['region:m49-202']);
      });

      it('answers node(id) for any type, and null for an unknown id', async () => {
        const target = await api.query(NodeByIdDocument, { id: 'sdg:11.3' });
        expect(target.node).toMatchObject({
          id: 'sdg:11.3',
          type: 'SDG',
          level: 'TARGET',
          code: '11.3',
        });
        const italy = await api.query(NodeByIdDocument, { id: 'country:IT' });
        expect(italy.node).toMatchObject({ iso2: 'IT', name: 'Italy' });
        expect((await api.query(NodeByIdDocument, { id: 'no-such-node' })).node).toBeNull();
        const many = await api.query(NodesDocument, { ids: ['anci', 'nope', 'fao'] });
        expect(many.nodes.map((n) => n?.id ?? null)).toEqual(['anci', null, 'fao']);
      });

      it('pages a node’s relationships in type, other-key order', async () => {
        const all = await api.query(RelationshipsDocument, { id: 'anci', first: 100 });
        const edges = all.node!.relationships.edges;
        expect(all.node!.relationships.totalCount).toBe(edges.length);
        const order = edges.map((e) => `${e.relationship.type}\u0000${e.node.id}`);
        expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        const firstPage = await api.query(RelationshipsDocument, { id: 'anci', first: 10 });
        const second = await api.query(RelationshipsDocument, {
          id: 'anci',
          first: 10,
          after: firstPage.node!.relationships.pageInfo.endCursor,
        });
        expect(
          [...firstPage.node!.relationships.edges, ...second.node!.relationships.edges].map(
            (e) => e.relationship.key,
          ),
        ).toEqual(edges.slice(0, 20).map((e) => e.relationship.key));
        const incoming = await api.query(RelationshipsDocument, {
          id: 'anci',
          direction: 'IN',
          types: ['PARTY_TO', 'PARTICIPATES_IN'],
        });
        expect(incoming.node!.relationships.totalCount).toBe(0);
      });

      it('counts the graph', async () => {
        const data = await api.query(StatsDocument, {});
        const nodes = Object.fromEntries(data.stats.nodesByType.map((c) => [c.type, c.count]));
        expect(nodes.Country).toBe(250);
        // ANCI's eight goals and climate action.
        expect(nodes.Theme).toBe(9);
        expect(nodes.Sdg).toBe(17 + 169 + 252);
        expect(nodes.Project).toBe(12);
        expect(data.stats.nodeCount).toBe(Object.values(nodes).reduce((a, b) => a + b, 0));
      });
    });

    describe('network questions', () => {
      it('explains how Florence is connected to the Association of Municipalities of Burkina Faso', async () => {
        const data = await api.query(ConnectionDocument, { from: 'istat:048017', to: 'ambf' });
        expect(data.connection).toMatchObject({ found: true, hops: 4 });
        const paths = data.connection.paths;
        expect(paths).toHaveLength(3);
        expect(paths.every((p) => p.length === 4)).toBe(true);
        // Florence and ACRI (then ANCI) are both in Italy; each takes part in the Matching Fund with AMBF.
        expect(at(paths, 0).nodes.map((n) => n?.id)).toEqual([
          'istat:048017',
          'country:IT',
          'acri',
          'project:matching-fund-burkina-faso',
          'ambf',
        ]);
        expect(at(paths, 1).nodes.map((n) => n?.id)).toEqual([
          'istat:048017',
          'country:IT',
          'anci',
          'project:matching-fund-burkina-faso',
          'ambf',
        ]);
        expect(at(paths, 0).description).toBe(
          'Firenze —LOCATED_IN→ Italy ←LOCATED_IN— ACRI —PARTICIPATES_IN→ Matching Fund ANCI – Foundations for Africa Burkina Faso ←PARTICIPATES_IN— Association of Municipalities of Burkina Faso',
        );
        expect(
          at(paths, 0).steps.map((s) => [s.from?.id, s.relationship.type, s.direction, s.to?.id]),
        ).toEqual([
          ['istat:048017', 'LOCATED_IN', 'OUT', 'country:IT'],
          ['country:IT', 'LOCATED_IN', 'IN', 'acri'],
          ['acri', 'PARTICIPATES_IN', 'OUT', 'project:matching-fund-burkina-faso'],
          ['project:matching-fund-burkina-faso', 'PARTICIPATES_IN', 'IN', 'ambf'],
        ]);
        expect(at(at(at(paths, 0).steps, 3).relationship.sources, 0).quote).toContain(
          'Association of Municipalities of Burkina Faso',
        );
      });

      it('finds no path shorter than the shortest, and only through the kinds asked', async () => {
        expect(
          (await api.query(ConnectionDocument, { from: 'istat:048017', to: 'ambf', maxHops: 3 }))
            .connection,
        ).toEqual({ found: false, hops: null, paths: [] });
        const viaNetworks = await api.query(ConnectionDocument, {
          from: 'istat:048017',
          to: 'istat:015146',
          via: ['MEMBER_OF'],
        });
        expect(viaNetworks.connection.hops).toBe(2);
        // Both are in the Covenant of Mayors and in Eurocities.
        expect(viaNetworks.connection.paths.map((p) => p.nodes.map((n) => n?.id))).toEqual([
          ['istat:048017', 'covenant-of-mayors', 'istat:015146'],
          ['istat:048017', 'eurocities', 'istat:015146'],
        ]);
        const self = await api.query(ConnectionDocument, { from: 'anci', to: 'anci' });
        expect(self.connection).toMatchObject({ found: true, hops: 0 });
      });

      it('draws ANCI’s neighbourhood: its relationships and those among its neighbours', async () => {
        const data = await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 1, limit: 500 });
        const hood = data.neighbourhood;
        expect(hood.truncated).toBe(false);
        expect(hood.nodes[0]).toEqual({ distance: 0, node: { id: 'anci', type: 'ASSOCIATION' } });
        expect(hood.nodes.slice(1).every((n) => n.distance === 1)).toBe(true);
        const ids = new Set(hood.nodes.map((n) => n.node?.id));
        for (const id of [
          'agreement:anci-fao',
          'theme:migration',
          'country:IT',
          'project:kurdish-municipalities',
          'femp',
        ])
          expect(ids.has(id)).toBe(true);
        const keys = hood.edges.map((e) => e.key);
        expect(keys).toContain('PARTY_TO:anci->agreement:anci-fao');
        expect(keys).toContain(
          'PART_OF:project:kurdish-municipalities->project:cities-without-borders',
        );
        expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(hood.edges.every((e) => ids.has(e.fromKey) && ids.has(e.toKey))).toBe(true);
      });

      it('cuts a neighbourhood at the limit and says so', async () => {
        const full = await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 1, limit: 500 });
        const cut = await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 1, limit: 10 });
        expect(cut.neighbourhood.truncated).toBe(true);
        expect(cut.neighbourhood.nodes.map((n) => n.node?.id)).toEqual(
          full.neighbourhood.nodes.slice(0, 10).map((n) => n.node?.id),
        );
      });

      it('orders all the shortest paths step by step and cuts them at `first`', async () => {
        // Cittaslow and Eurocities are 4 hops apart in 94 ways: the cut must pick the same 20 everywhere.
        const all = await api.query(ConnectionDocument, {
          from: 'cittaslow',
          to: 'eurocities',
          first: 20,
        });
        const paths = all.connection.paths;
        expect(paths).toHaveLength(20);
        expect(paths.every((p) => p.length === 4)).toBe(true);
        // Path order: by the next node's key, then the relationship's key, step by step.
        const position = (p: (typeof paths)[number]) =>
          p.steps.flatMap((step) => [step.to?.id ?? '', step.relationship.key]);
        for (let i = 1; i < paths.length; i++)
          expect(compareKeyLists(position(at(paths, i - 1)), position(at(paths, i)))).toBeLessThan(
            0,
          );
        for (const first of [1, 2, 3]) {
          const cut = await api.query(ConnectionDocument, {
            from: 'cittaslow',
            to: 'eurocities',
            first,
          });
          expect(cut.connection.paths).toEqual(paths.slice(0, first));
        }
        // Each step says which way it walks its relationship (TYPE:start->end), read from either end.
        for (const path of paths) {
          path.steps.forEach((step, i) => {
            expect(step.from?.id).toBe(path.nodes[i]?.id);
            expect(step.to?.id).toBe(path.nodes[i + 1]?.id);
            const [start, end] =
              step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
            expect(
              step.relationship.key.startsWith(`${step.relationship.type}:${start}->${end}`),
            ).toBe(true);
          });
        }
        // AMBF and MAECI: 6 ways, every one when `first` allows it, from either end.
        const six = await api.query(ConnectionDocument, { from: 'ambf', to: 'maeci', first: 20 });
        const back = await api.query(ConnectionDocument, { from: 'maeci', to: 'ambf', first: 20 });
        expect(six.connection.paths).toHaveLength(6);
        const chain = (p: (typeof paths)[number], reversed = false) => {
          const ids = p.nodes.map((n) => n?.id ?? '');
          return (reversed ? ids.reverse() : ids).join(' ');
        };
        expect(back.connection.paths.map((p) => chain(p, true)).sort()).toEqual(
          six.connection.paths.map((p) => chain(p)).sort(),
        );
      });

      it('cuts a deeper neighbourhood by distance, then key, and keeps the relationships among the kept nodes', async () => {
        const full = (
          await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 2, limit: 500 })
        ).neighbourhood;
        const ring2 = full.nodes.filter((n) => n.distance === 2).length;
        expect(ring2).toBeGreaterThan(0);
        const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        const order = full.nodes.map((n) => [n.distance, n.node?.id ?? ''] as const);
        expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || byKey(a[1], b[1])));
        const ring1End = full.nodes.findIndex((n) => n.distance === 2);
        // Cut inside the first ring (the second is not reached), exactly at its end, inside the second.
        for (const limit of [5, ring1End, ring1End + 1, ring1End + Math.floor(ring2 / 2)]) {
          const cut = (await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 2, limit }))
            .neighbourhood;
          expect(cut.nodes, `limit ${limit}`).toEqual(full.nodes.slice(0, limit));
          expect(cut.truncated, `limit ${limit}`).toBe(full.truncated || full.nodes.length > limit);
          const kept = new Set(cut.nodes.map((n) => n.node?.id));
          expect(cut.edges, `limit ${limit}`).toEqual(
            full.edges.filter((e) => kept.has(e.fromKey) && kept.has(e.toKey)),
          );
        }
        const several = await api.query(NeighbourhoodDocument, {
          of: ['femp', 'anci', 'anci'],
          depth: 1,
          limit: 500,
        });
        expect(several.neighbourhood.nodes.slice(0, 2)).toEqual([
          { distance: 0, node: { id: 'anci', type: 'ASSOCIATION' } },
          { distance: 0, node: { id: 'femp', type: 'ASSOCIATION' } },
        ]);
        const only = await api.query(NeighbourhoodDocument, {
          of: ['anci'],
          depth: 2,
          kinds: ['PARTY_TO'],
          limit: 500,
        });
        expect(only.neighbourhood.edges.every((e) => e.type === 'PARTY_TO')).toBe(true);
        expect(
          only.neighbourhood.nodes.filter((n) => n.distance === 1).map((n) => n.node?.id),
        ).toEqual(ANCI_AGREEMENTS);
      });

      it('ranks brokers of the Balkans network by betweenness, highest first', async () => {
        // The Mediterranean's network has grown past MAX_CENTRALITY_ACTORS with the Covenant of
        // Mayors' coordinations (thousands of Italian, Spanish and Greek signatories): estimated
        // from sampled pivots, the same on every store (closeness is refused there).
        const mediterranean = await api.query(CentralityDocument, {
          measure: 'BETWEENNESS',
          inRegion: 'region:mediterranean',
          first: 3,
        });
        expect(mediterranean.centrality.map((c) => c.estimated)).toEqual([true, true, true]);
        // Pinned from the embedded store: the regions that coordinate most Covenant signatories.
        expect(mediterranean.centrality.map((c) => c.actor.id)).toEqual([
          'org:regione-emilia-romagna',
          'org:region-of-sicily-department-of-energy',
          'org:region-of-piemonte',
        ]);
        const closeness = await api.run(CentralityDocument, {
          measure: 'CLOSENESS',
          inRegion: 'region:mediterranean',
        });
        expect(codeOf(closeness)).toBe('COST_LIMIT');
        const data = await api.query(CentralityDocument, {
          measure: 'BETWEENNESS',
          inRegion: 'region:balkans',
          first: 10,
        });
        expect(data.centrality.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(data.centrality.every((c) => !c.estimated)).toBe(true);
        const scores = data.centrality.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(scores[0]).toBeGreaterThan(0);
        // Pinned from the embedded store: every store must find the same brokers (Herceg Novi,
        // Rijeka and Bitola, through their twinnings across the region).
        expect(data.centrality.slice(0, 3).map((c) => c.actor.id)).toEqual([
          'wd:Q193103',
          'wd:Q1647',
          'wd:Q157246',
        ]);
      });

      it('finds communities that partition the network', async () => {
        const data = await api.query(CommunitiesDocument, {
          inRegion: 'region:sub-saharan-africa',
          first: 100,
        });
        const members = data.communities.communities.flatMap((c) => c.members.map((m) => m?.id));
        expect(new Set(members).size).toBe(members.length);
        expect(data.communities.communities.map((c) => c.size)).toEqual(
          data.communities.communities.map((c) => c.members.length),
        );
        const sizes = data.communities.communities.map((c) => c.size);
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        expect(data.communities.count).toBe(sizes.length);
        // Pinned from the embedded store: the same projection gives the same seeded Louvain result.
        expect(sizes.slice(0, 3)).toEqual([23, 13, 7]);
      });

      it('answers bad network input with BAD_USER_INPUT', async () => {
        expect(
          codeOf(await api.run(ConnectionDocument, { from: 'anci', to: 'fao', maxHops: 99 })),
        ).toBe('BAD_USER_INPUT');
        expect(codeOf(await api.run(ConnectionDocument, { from: 'anci', to: 'nowhere' }))).toBe(
          'BAD_USER_INPUT',
        );
        expect(codeOf(await api.run(NeighbourhoodDocument, { of: ['anci'], limit: 100_000 }))).toBe(
          'BAD_USER_INPUT',
        );
        expect(codeOf(await api.run(NeighbourhoodDocument, { of: ['anci'], depth: 9 }))).toBe(
          'BAD_USER_INPUT',
        );
        expect(codeOf(await api.run(CentralityDocument, { inRegion: 'theme:migration' }))).toBe(
          'BAD_USER_INPUT',
        );
      });
    });

    describe('dashboard aggregates', () => {
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
        expect(byYear.aggregate.every((b) => /^\d{4}$/.test(b.group) && b.node === null)).toBe(
          true,
        );
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

    describe('time: asOf', () => {
      it('leaves out agreements signed after the date (undated ones stay)', async () => {
        const before2015 = await api.query(AgreementsAsOfDocument, { id: 'anci', asOf: '2010' });
        expect(before2015.actor.agreements.edges.map((e) => e.node.id)).toEqual(
          ANCI_AGREEMENTS.filter(
            (a) => a !== 'agreement:anci-daras-2015' && a !== 'agreement:anci-maeci-2015',
          ),
        );
        const dayBefore = await api.query(AgreementsAsOfDocument, {
          id: 'anci',
          asOf: '2015-06-30',
        });
        expect(dayBefore.actor.agreements.totalCount).toBe(9);
        const signingDay = await api.query(AgreementsAsOfDocument, {
          id: 'anci',
          asOf: '2015-07-01',
        });
        expect(signingDay.actor.agreements.totalCount).toBe(11);
        const before2001 = await api.query(AgreementsAsOfDocument, { id: 'anci', asOf: '2000-12' });
        expect(before2001.actor.agreements.edges.map((e) => e.node.id)).not.toContain(
          'agreement:anci-dgcs-2001',
        );
      });

      it('leaves out memberships that began later: Bra joined Cittaslow at its founding in 1999', async () => {
        const in1998 = await api.query(AgreementsAsOfDocument, {
          id: 'istat:004029',
          asOf: '1998',
        });
        expect(in1998.actor.memberships.edges.map((e) => e.node.id)).not.toContain('cittaslow');
        const in1999 = await api.query(AgreementsAsOfDocument, {
          id: 'istat:004029',
          asOf: '1999',
        });
        expect(
          in1999.actor.memberships.edges.map((e) => [e.node.id, e.relationship.since]),
        ).toContainEqual(['cittaslow', '1999']);
      });

      it('answers partners as they stood then', async () => {
        const data = await api.query(PartnersAsOfDocument, {
          of: 'anci',
          kinds: ['GOVERNMENT'],
          asOf: '2010',
        });
        const partners = Object.fromEntries(
          data.partners.edges.map((e) => [
            e.node.actor.id,
            at(e.node.partnerships.edges, 0).node.via.map((v) => `${v.kind}/${v.node?.id}`),
          ]),
        );
        // DARAS only through the 2015 agreement: gone; MAECI keeps the (undated) Kurdish project.
        expect(partners).toEqual({
          'br-ministry-of-cities': ['RELATION/anci'],
          dgcs: ['AGREEMENT/agreement:anci-dgcs-2001'],
          maeci: ['PROJECT/project:kurdish-municipalities'],
        });
        expect(data.partners.totalCount).toBe(3);
      });

      it('answers a bad date with BAD_USER_INPUT', async () => {
        expect(
          codeOf(await api.run(AgreementsAsOfDocument, { id: 'anci', asOf: 'yesterday' })),
        ).toBe('BAD_USER_INPUT');
        expect(
          codeOf(await api.run(PartnersAsOfDocument, { of: 'anci', asOf: '2015-13-01' })),
        ).toBe('BAD_USER_INPUT');
      });
    });

    describe('errors', () => {
      it('answers NOT_FOUND for an unknown actor', async () => {
        const result = await api.run(ActorDetailDocument, { id: 'no-such-actor' });
        expect(codeOf(result)).toBe('NOT_FOUND');
        expect(result.errors?.[0]).toMatchObject({
          message: 'No actor has the id "no-such-actor".',
        });
      });

      it('answers NOT_FOUND when the id is not of the asked type', async () => {
        expect(codeOf(await api.run(ActorDetailDocument, { id: 'country:IT' }))).toBe('NOT_FOUND');
      });

      it('answers BAD_USER_INPUT for a filter key of the wrong kind', async () => {
        const result = await api.run(PartnersDocument, { inRegion: 'theme:migration' });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(
          codeOf(await api.run(ActorsDocument, { filter: { region: 'region:atlantis' } })),
        ).toBe('BAD_USER_INPUT');
        expect(codeOf(await api.run(PartnersDocument, { workingOn: 'anci' }))).toBe(
          'BAD_USER_INPUT',
        );
      });

      it('answers BAD_USER_INPUT for a page too large, a negative page or a bad cursor', async () => {
        expect(codeOf(await api.run(ActorsDocument, { first: 1000 }))).toBe('BAD_USER_INPUT');
        expect(codeOf(await api.run(ActorsDocument, { first: -1 }))).toBe('BAD_USER_INPUT');
        expect(codeOf(await api.run(ActorsDocument, { after: 'not-a-cursor' }))).toBe(
          'BAD_USER_INPUT',
        );
      });

      it('answers BAD_USER_INPUT for a blank id', async () => {
        expect(codeOf(await api.run(ActorDetailDocument, { id: '  ' }))).toBe('BAD_USER_INPUT');
      });

      it('answers BAD_USER_INPUT for a bad cursor on a relationship field', async () => {
        const result = await api.run(RelationshipsDocument, { id: 'anci', after: 'not-a-cursor' });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
      });
    });

    describe('relationship pages (getEdgePages) on the seeded graph', () => {
      const ALL: EdgePageSpec = { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' };

      /** Every page of one key's list, following the cursors. */
      async function walk(key: string, spec: EdgePageSpec, first: number) {
        const items: EdgeView[] = [];
        let after: string | undefined;
        for (let i = 0; i < 100; i++) {
          const page = at(
            await store.getEdgePages(
              [key],
              spec,
              after === undefined ? { first } : { first, after },
            ),
            0,
          );
          items.push(...page.items.map((item) => item.value));
          if (!page.hasNextPage) return { items, totalCount: page.totalCount };
          after = at(page.items, -1).cursor;
        }
        throw new Error('too many pages');
      }

      it('walks long lists page by page to exactly the lists getEdges reads', async () => {
        const cases: [string, EdgePageSpec, number][] = [
          ['anci', ALL, 7],
          ['istat:048017', ALL, 10],
          ['istat:048017', { types: ['TWINNED_WITH'], direction: 'BOTH' }, 4],
          ['eurocities', { types: ['MEMBER_OF'], direction: 'IN' }, 50],
          ['country:IT', ALL, 1000],
        ];
        for (const [key, spec, first] of cases) {
          const whole = at(await store.getEdges([key], spec), 0);
          const walked = await walk(key, spec, first);
          expect(walked.totalCount, key).toBe(whole.length);
          expect(walked.items, key).toEqual(whole);
        }
      });

      it('counts in one call, and filters by the other end’s type', async () => {
        const keys = ['anci', 'istat:048017', 'eurocities', 'country:IT', 'sdg:11', 'nope'];
        const counts = await store.getEdgePages(keys, ALL, { first: 0 });
        const lists = await store.getEdges(keys, ALL);
        expect(counts.map((page) => page.totalCount)).toEqual(lists.map((list) => list.length));
        expect(counts.every((page) => page.items.length === 0)).toBe(true);

        const located: EdgePageSpec = { types: ['LOCATED_IN'], direction: 'IN' };
        const inItaly = at(await store.getEdges(['country:IT'], located), 0);
        const others = await store.getNodes(inItaly.map((view) => view.otherKey));
        const municipalities = inItaly.filter((_v, i) => others[i]?.type === 'Municipality');
        expect(municipalities.length).toBeGreaterThan(7000);
        expect(municipalities.length).toBeLessThan(inItaly.length);
        const page = at(
          await store.getEdgePages(
            ['country:IT'],
            { ...located, otherTypes: ['Municipality'] },
            { first: 5 },
          ),
          0,
        );
        expect(page.totalCount).toBe(municipalities.length);
        expect(page.items.map((item) => item.value)).toEqual(municipalities.slice(0, 5));
        const rest = at(
          await store.getEdgePages(
            ['country:IT'],
            { ...located, otherTypes: ['Association', 'Foundation', 'Government'] },
            { first: 1000 },
          ),
          0,
        );
        expect(rest.items.map((item) => item.value.otherKey)).toEqual(
          inItaly
            .filter((_v, i) =>
              ['Association', 'Foundation', 'Government'].includes(others[i]!.type),
            )
            .map((view) => view.otherKey),
        );
      });

      it('pages a network’s members through the API, and counts them with first: 0', async () => {
        const detail = await api.query(ActorDetailDocument, { id: 'eurocities' });
        const members = at(
          await store.getEdges(['eurocities'], { types: ['MEMBER_OF'], direction: 'IN' }),
          0,
        );
        expect(detail.actor.members.totalCount).toBe(members.length);
        expect(members.length).toBeGreaterThan(100);
        const keys: string[] = [];
        let after: string | null | undefined;
        for (let i = 0; i < 10; i++) {
          const data = await api.query(RelationshipsDocument, {
            id: 'eurocities',
            types: ['MEMBER_OF'],
            direction: 'IN',
            first: 100,
            ...(after ? { after } : {}),
          });
          const relationships = data.node!.relationships;
          expect(relationships.totalCount).toBe(members.length);
          keys.push(...relationships.edges.map((e) => e.relationship.key));
          if (!relationships.pageInfo.hasNextPage) break;
          after = relationships.pageInfo.endCursor;
        }
        expect(keys).toEqual(members.map((view) => view.edge.key));
      });
    });
  });
}
