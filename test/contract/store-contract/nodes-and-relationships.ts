/**
 * One node at a time: its fields, its relationships and their sources, and the graph's counts.
 * Part of the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActorDetailDocument,
  FoundersDocument,
  MethodsAndLaunchesDocument,
  NodeByIdDocument,
  NodesDocument,
  ProjectDetailDocument,
  RegionDetailDocument,
  RelationshipsDocument,
  SdgDetailDocument,
  SdgGoalsDocument,
  StatsDocument,
  ThemeDetailDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { ANCI_AGREEMENTS, type ContractContext } from './contract-support.js';

export function describeNodesAndRelationships(ctx: ContractContext): void {
  describe('nodes and their relationships', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

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
      expect(launched.map((e) => [e.node.id, e.relationship.type, e.relationship.stated])).toEqual([
        ['milan-urban-food-policy-pact', 'LAUNCHED', true],
      ]);
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
}
