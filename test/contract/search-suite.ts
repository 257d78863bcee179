/**
 * The search contract: `search(text:)` gives the same hits, scores, order, counts and cursors on
 * the seeded graph whichever store serves it. Run against the embedded store and against Neo4j
 * (memory-store.test.ts, neo4j-store.test.ts); the expected answers are pinned, so a store that
 * retrieves fewer or other candidates fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { SearchDocument } from '../generated/graphql.js';
import { apiFor, type Api } from '../support/api.js';
import { at } from '../support/at.js';

function codeOf(result: { errors?: readonly unknown[] | undefined }): unknown {
  const [error] = (result.errors ?? []) as { extensions?: { code?: unknown } }[];
  return error?.extensions?.code;
}

export function defineSearchSuite(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore search contract: ${name}`, () => {
    let store: GraphStore;
    let api: Api;

    beforeAll(async () => {
      store = await open();
      api = apiFor(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    async function hits(
      text: string,
      first = 10,
      types?: ('MUNICIPALITY' | 'ADMIN_AREA' | 'EVENT')[],
    ) {
      const data = await api.query(SearchDocument, { text, first, ...(types ? { types } : {}) });
      return data.search;
    }
    const ids = (search: Awaited<ReturnType<typeof hits>>) => search.edges.map((e) => e.node.id);

    it('finds Bogotá from "Bogota", ignoring accents, with the typos and the description after', async () => {
      const search = await hits('Bogota', 20);
      // Namesakes one or two letters off, several of them Covenant of Mayors signatories.
      expect(search.totalCount).toBe(12);
      expect(search.edges.map((e) => [e.node.id, e.score, e.matched])).toEqual([
        ['city:co-bogota', 5.5, 'Bogota'],
        ['city:hu-borota', 2.4, 'Borota'],
        ['city:es-biota', 2.3, 'BIOTA'],
        ['wd:Q10393', 2.3, 'Bogor'],
        ['city:es-mozota', 2.3, 'MOZOTA'],
        ['city:ua-borova', 2.3, 'Borova'],
        ['wd:Q201117', 2.3, 'Toyota'],
        ['city:es-bargota', 2.3, 'Bargota'],
        ['wd:Q15899', 2.3, 'Murska Sobota'],
        ['wd:Q829812', 2.3, 'Rimavská Sobota'],
        ['city:es-santa-perpetua-de-mogoda', 2.3, 'Santa Perpètua de Mogoda'],
        ['practice:cycling-lanes', 1, "Scaling up cycling lanes, building on Bogotá's experience."],
      ]);
      expect(at(search.edges, 0).node).toMatchObject({ name: 'Bogotá', type: 'MUNICIPALITY' });
      for (const text of ['bogotà', 'BOGOTA', 'Bogotá', '  bogota  ']) {
        const other = await hits(text, 20);
        expect(ids(other), text).toEqual(ids(search));
      }
      // Equal before accents are removed ranks above equal after: "bogotà" matches no text as written.
      expect((await hits('bogotà')).edges[0]).toMatchObject({ score: 5, matched: 'Bogotá' });
    });

    it('forgives typos: "Firenz", "Florenze" and "Fiernze" find Florence (Firenze) first', async () => {
      const firenz = await hits('Firenz', 3);
      expect(firenz.edges.map((e) => [e.node.id, e.score, e.matched])).toEqual([
        ['istat:048017', 3, 'Firenze'],
        ['it-province:048', 3, 'Firenze'],
        ['istat:048018', 3, 'Firenzuola'],
      ]);
      const florenze = await hits('Florenze', 2);
      expect(florenze.totalCount).toBe(26);
      expect(florenze.edges.map((e) => [e.node.id, e.score, e.matched])).toEqual([
        ['istat:048017', 2.4, 'Florence'],
        ['wd:Q2707802', 2.4, 'Altstadt von Florenz'],
      ]);
      // Two neighbouring letters swapped count as one typo.
      expect(ids(await hits('Fiernze'))).toEqual(['istat:048017', 'it-province:048']);
    });

    it('finds Milan by its Italian, English and German names', async () => {
      for (const [text, matched] of [
        ['Milano', 'Milano'],
        ['Milan', 'Milan'],
        ['Mailand', 'Mailand'],
      ] as const) {
        const search = await hits(text, 3);
        expect(search.edges[0], text).toMatchObject({
          node: { id: 'istat:015146', name: 'Milano' },
          score: 5.5,
          matched,
        });
      }
      // "Milan" is also, accents aside, the name of a Colombian Milán: exact, but not as written.
      expect((await hits('Milan', 3)).edges.map((e) => [e.node.id, e.score])).toEqual([
        ['istat:015146', 5.5],
        ['wd:Q9033216', 5],
        ['org:province-of-milan', 4],
      ]);
      expect((await hits('Milano')).totalCount).toBe(101);
    });

    it('finds themes by name, Italian alias and description', async () => {
      const migration = await hits('migration', 20);
      expect(migration.totalCount).toBe(8);
      expect(migration.edges.map((e) => [e.node.id, e.score])).toEqual([
        ['theme:migration', 5.5],
        ['mayors-migration-council', 4],
        ['sdg:10.7', 1],
        ['person:giuseppe-sala', 1],
        ['sdg:10.7.2', 1],
        ['sdg:10.7.3', 1],
        ['region:mediterranean', 1],
        ['source:city-diplomacy-2021', 1],
      ]);
      expect((await hits('Migrazione', 1)).edges[0]).toMatchObject({
        node: { id: 'theme:migration' },
        matched: 'Migrazione',
      });
      expect(
        (await hits('città sostenibili')).edges.map((e) => [e.node.id, e.score, e.matched]),
      ).toEqual([
        ['theme:sustainable-cities', 5.5, 'Città sostenibili'],
        ['sdg:11', 4, 'Città e comunità sostenibili'],
        [
          'sdg:4.7',
          1,
          expect.stringMatching(/^Entro il 2030, assicurare che tutti i discenti/) as string,
        ],
      ]);
      // The Italian title of a target is searched too, its words split as the ranker splits them.
      const urbanizzazione = await hits('urbanizzazione');
      expect(urbanizzazione.edges.map((e) => e.node.id)).toEqual(['sdg:11.3']);
      expect(at(urbanizzazione.edges, 0).matched).toContain("l'urbanizzazione");
    });

    it('keeps only the types asked for', async () => {
      const municipalities = await hits('Milano', 3, ['MUNICIPALITY']);
      expect(municipalities.totalCount).toBe(91);
      expect(ids(municipalities)).toEqual(['istat:015146', 'wd:Q714668', 'wd:Q9033216']);
      const others = await hits('Milano', 10, ['ADMIN_AREA', 'EVENT']);
      expect(others.edges.map((e) => [e.node.id, e.node.type, e.score])).toEqual([
        ['it-province:015', 'ADMIN_AREA', 5.5],
        ['event:expo-2015', 'EVENT', 4],
      ]);
    });

    it('pages through every hit with cursors, best first, none twice', async () => {
      // 101 hits: more than the largest page (100), so two pages of 100 hold them all.
      const first100 = await hits('Milano', 100);
      expect(first100.pageInfo.hasNextPage).toBe(true);
      const rest = await api.query(SearchDocument, {
        text: 'Milano',
        first: 100,
        after: first100.pageInfo.endCursor,
      });
      expect(rest.search.pageInfo.hasNextPage).toBe(false);
      const all = [...ids(first100), ...ids(rest.search)];
      expect(all).toHaveLength(101);
      const scores = [...first100.edges, ...rest.search.edges].map((e) => e.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const seen: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        const data = await api.query(SearchDocument, {
          text: 'Milano',
          first: 25,
          ...(after ? { after } : {}),
        });
        const page = data.search;
        expect(page.totalCount).toBe(101);
        expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
        seen.push(...ids(page));
        pages++;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages).toBe(5);
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(101);
    });

    it('answers an empty page when nothing matches', async () => {
      const search = await hits('xyzzyq');
      expect(search).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: {
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: null,
          endCursor: null,
        },
      });
    });

    it('answers BAD_USER_INPUT for blank, too long or word-less text, and a bad cursor', async () => {
      for (const text of ['', '   ', 'x'.repeat(201), '?!—']) {
        expect(codeOf(await api.run(SearchDocument, { text })), JSON.stringify(text)).toBe(
          'BAD_USER_INPUT',
        );
      }
      expect(codeOf(await api.run(SearchDocument, { text: 'x'.repeat(200) }))).toBeUndefined();
      expect(codeOf(await api.run(SearchDocument, { text: 'milano', after: 'nope' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await api.run(SearchDocument, { text: 'milano', first: 101 }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('keeps its index current when a node is written again', async () => {
      const [theme] = await store.getNodes(['theme:migration']);
      expect(theme).not.toBeNull();
      expect((await hits('Wanderung')).totalCount).toBe(0);
      await store.upsert({
        nodes: [{ ...theme!, aliases: [...theme!.aliases, 'Wanderung'] }],
        edges: [],
      });
      expect((await hits('Wanderung')).edges.map((e) => [e.node.id, e.matched])).toEqual([
        ['theme:migration', 'Wanderung'],
      ]);
      await store.upsert({ nodes: [theme!], edges: [] });
      expect((await hits('Wanderung')).totalCount).toBe(0);
      expect(ids(await hits('migration', 1))).toEqual(['theme:migration']);
    });
  });
}
