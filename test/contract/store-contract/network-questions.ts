/**
 * Network questions: paths between actors, neighbourhoods, centrality and communities. Part of the
 * store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareKeyLists } from '../../../src/domain/key-lists.js';
import {
  CentralityDocument,
  CommunitiesDocument,
  ConnectionDocument,
  NeighbourhoodDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { ANCI_AGREEMENTS, codeOf, type ContractContext } from './contract-support.js';

export function describeNetworkQuestions(ctx: ContractContext): void {
  describe('network questions', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

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
        expect(compareKeyLists(position(at(paths, i - 1)), position(at(paths, i)))).toBeLessThan(0);
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
      const full = (await api.query(NeighbourhoodDocument, { of: ['anci'], depth: 2, limit: 500 }))
        .neighbourhood;
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
    }, 120_000); // the Mediterranean: every partnership of thousands of actors, on Neo4j too

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
      // The walk runs beside the check that the nodes exist; the refusal is the same.
      expect(
        codeOf(await api.run(NeighbourhoodDocument, { of: ['anci', 'nowhere'], depth: 2 })),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.run(CentralityDocument, { inRegion: 'theme:migration' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
}
