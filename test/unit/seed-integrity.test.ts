/** The seeded graph is consistent and every fact says where it comes from. */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { passagesOf, provenanceProblems } from '../../src/domain/provenance.js';
import { RELATIONSHIP_ENDPOINTS } from '../../src/domain/relationship-types.js';
import { GraphBuilder, SeedError } from '../../src/ingest/seed/graph-builder.js';
import { seededGraph } from '../support/seeded-stores.js';
import { at } from '../support/at.js';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the seeded graph', () => {
  let graph: GraphData;
  beforeAll(async () => {
    graph = await seededGraph();
  });

  it('has every relationship endpoint, with allowed node types', () => {
    const types = new Map(graph.nodes.map((n) => [n.key, n.type]));
    for (const edge of graph.edges) {
      const from = types.get(edge.from);
      const to = types.get(edge.to);
      expect(from, `${edge.key}: from`).toBeDefined();
      expect(to, `${edge.key}: to`).toBeDefined();
      const allowed = RELATIONSHIP_ENDPOINTS[edge.type];
      const fits = (a: string, b: string) =>
        allowed.from.includes(a as never) && allowed.to.includes(b as never);
      expect(fits(from!, to!) || fits(to!, from!), `${edge.key}: ${from} → ${to}`).toBe(true);
    }
  });

  it('gives every node and relationship a source that exists', () => {
    const sources = new Set(graph.nodes.filter((n) => n.type === 'Source').map((n) => n.key));
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.sources.length, item.key).toBeGreaterThan(0);
      for (const p of item.sources)
        expect(sources.has(p.source), `${item.key}: ${p.source}`).toBe(true);
    }
  });

  it('has unique node and relationship keys', () => {
    expect(new Set(graph.nodes.map((n) => n.key)).size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(graph.edges.length);
  });

  it('quotes every curated fact verbatim from the document it cites', async () => {
    const documents = new Map<string, string>();
    for (const node of graph.nodes.filter(
      (n) => n.type === 'Source' && typeof n.props.document === 'string',
    )) {
      documents.set(
        node.key,
        collapse(await readFile(join(seedsDir, 'documents', String(node.props.document)), 'utf8')),
      );
    }
    expect([...documents.keys()].sort()).toEqual([
      'source:anci-profile',
      'source:city-diplomacy-2021',
    ]);
    // A data set's quote is one of its records, rendered (the Covenant's rows: covenant-seeds.test.ts).
    const dataSets = new Set(
      graph.nodes.filter((n) => n.props.kind === 'REFERENCE_DATA').map((n) => n.key),
    );
    let quotes = 0;
    for (const item of [...graph.nodes, ...graph.edges]) {
      for (const p of item.sources) {
        if (dataSets.has(p.source)) continue;
        // The quote and, for a reading, every passage read with it.
        for (const passage of passagesOf(p)) {
          quotes++;
          const document = documents.get(p.source);
          expect(
            document,
            `${item.key}: quote cites ${p.source}, which has no document`,
          ).toBeDefined();
          expect(
            document!.includes(collapse(passage)),
            `${item.key}: "${passage}" is not in ${p.source}`,
          ).toBe(true);
        }
      }
    }
    expect(quotes).toBeGreaterThan(300);
  });

  it('gives curated facts a quote, and editorial decisions a note', () => {
    // Source nodes cite themselves; every other fact citing a document carries the passage.
    for (const item of [...graph.nodes.filter((n) => n.type !== 'Source'), ...graph.edges]) {
      for (const p of item.sources) {
        if (p.source === 'source:anci-profile' || p.source === 'source:city-diplomacy-2021')
          expect(p.quote, item.key).toBeTruthy();
        if (p.source === 'source:diplomap-curation') expect(p.note, item.key).toBeTruthy();
      }
    }
  });

  it('writes out every basis, and keeps each basis’s rules (a reading’s passages and note)', () => {
    const counts = { STATED: 0, READING: 0, EDITORIAL: 0 };
    for (const item of [...graph.nodes, ...graph.edges]) {
      for (const p of item.sources) {
        expect(p.basis, item.key).toBeDefined();
        expect(provenanceProblems(p), item.key).toEqual([]);
        counts[p.basis!]++;
      }
    }
    expect(counts.READING).toBeGreaterThan(60);
    expect(counts.EDITORIAL).toBeGreaterThan(100);
  });

  it('loads the reference data whole: 7,904 comuni, 249 countries, 17 goals and 169 targets', async () => {
    const comuni = JSON.parse(
      await readFile(join(seedsDir, 'reference/italian-municipalities.json'), 'utf8'),
    ) as unknown[];
    expect(comuni).toHaveLength(7904);
    const count = (pred: (n: GraphData['nodes'][number]) => boolean) =>
      graph.nodes.filter(pred).length;
    expect(count((n) => n.key.startsWith('istat:'))).toBe(7904);
    const iso = (n: GraphData['nodes'][number]) => n.sources[0]?.source === 'source:iso-countries';
    expect(count((n) => n.type === 'Country' && iso(n))).toBe(249);
    // And Kosovo (XK), which ISO 3166-1 does not list, from the Covenant of Mayors' rows.
    expect(graph.nodes.filter((n) => n.type === 'Country' && !iso(n)).map((n) => n.key)).toEqual([
      'country:XK',
    ]);
    expect(count((n) => n.type === 'Sdg' && n.props.level === 'GOAL')).toBe(17);
    expect(count((n) => n.type === 'Sdg' && n.props.level === 'TARGET')).toBe(169);
  });

  it('keeps one twinning per pair of cities, as in the Wikidata file', async () => {
    const rows =
      (await readFile(join(seedsDir, 'reference/twinnings.csv'), 'utf8')).trim().split('\n')
        .length - 1;
    const twinnings = graph.edges.filter((e) => e.type === 'TWINNED_WITH');
    expect(rows).toBe(17401);
    // Pairs whose two Wikidata items resolve to one city, or to a pair already listed, merge.
    expect(twinnings.length).toBeLessThanOrEqual(rows);
    expect(twinnings.length).toBeGreaterThan(17000);
    for (const t of twinnings) expect(t.from < t.to, t.key).toBe(true);
  });

  it('matches cities across files by Wikidata id: Florence is one node', () => {
    const florence = graph.nodes.filter((n) => n.props.wikidataId === 'Q2044');
    expect(florence.map((n) => n.key)).toEqual(['istat:048017']);
    expect(graph.nodes.some((n) => n.key === 'wd:Q2044')).toBe(false);
  });

  it('has coordinates for nearly every comune', () => {
    const comuni = graph.nodes.filter((n) => n.key.startsWith('istat:'));
    const placed = comuni.filter(
      (n) => typeof n.props.lat === 'number' && typeof n.props.lon === 'number',
    );
    expect(placed.length).toBeGreaterThanOrEqual(7900);
  });

  it('covers every curated file', async () => {
    const files = (await readdir(join(seedsDir, 'curated')))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(files).toEqual([
      'anci.yaml',
      'city-diplomacy.yaml',
      'regions.yaml',
      'sources.yaml',
      'themes.yaml',
    ]);
  });
});

describe('GraphBuilder', () => {
  const source = { source: 'source:test' };
  const withSource = () => {
    const b = new GraphBuilder();
    b.addNode({ key: 'source:test', type: 'Source', name: 'Test', source });
    return b;
  };

  it('refuses a relationship to a node that does not exist', () => {
    const b = withSource();
    b.addNode({ key: 'a', type: 'Municipality', name: 'A', source });
    b.addEdge({ type: 'MEMBER_OF', from: 'a', to: 'ghost', source });
    expect(() => b.build()).toThrow(SeedError);
    expect(() => b.build()).toThrow(/no node ghost/);
  });

  it('refuses a relationship between the wrong kinds of node', () => {
    const b = withSource();
    b.addNode({ key: 'sdg:1', type: 'Sdg', name: 'Goal', source });
    b.addNode({ key: 'a', type: 'Municipality', name: 'A', source });
    b.addEdge({ type: 'MEMBER_OF', from: 'a', to: 'sdg:1', source });
    expect(() => b.build()).toThrow(/MEMBER_OF cannot go from a Municipality to a Sdg/);
  });

  it('refuses a node given twice with different types', () => {
    const b = withSource();
    b.addNode({ key: 'x', type: 'Municipality', name: 'X', source });
    b.addNode({ key: 'x', type: 'Network', name: 'X', source });
    expect(() => b.build()).toThrow(/is a Municipality but is given again as a Network/);
  });

  it('merges a node seen twice: aliases, props and sources added', () => {
    const b = withSource();
    b.addNode({
      key: 'x',
      type: 'Municipality',
      name: 'Firenze',
      props: { population: 1 },
      source,
    });
    b.addNode({
      key: 'x',
      type: 'Municipality',
      name: 'Florence',
      aliases: ['Florenz'],
      props: { lat: 43.7 },
      source: { source: 'source:test', quote: 'q' },
    });
    const node = b.build().nodes.find((n) => n.key === 'x')!;
    expect(node.name).toBe('Firenze');
    expect(node.aliases).toEqual(['Florence', 'Florenz']);
    expect(node.props).toEqual({ population: 1, lat: 43.7 });
    expect(node.sources).toHaveLength(2);
  });

  it('refuses a reading without its passages and note, and a stated fact of the curators', () => {
    const b = withSource();
    b.addNode({ key: 'source:diplomap-curation', type: 'Source', name: 'C', source });
    b.addNode({ key: 'a', type: 'Municipality', name: 'A', source });
    b.addNode({ key: 'n', type: 'Network', name: 'N', source });
    b.addEdge({
      type: 'MEMBER_OF',
      from: 'a',
      to: 'n',
      source: { source: 'source:test', basis: 'READING', quote: 'A, among others.' },
    });
    b.addEdge({
      type: 'FOUNDED',
      from: 'a',
      to: 'n',
      source: { source: 'source:diplomap-curation', basis: 'STATED', note: 'We know.' },
    });
    const problems = (() => {
      try {
        b.build();
        return [];
      } catch (error) {
        return (error as SeedError).problems;
      }
    })();
    expect(problems).toEqual([
      'MEMBER_OF:a->n: a READING needs its passages: a quote and at least one readWith passage',
      'MEMBER_OF:a->n: a READING needs a note saying how the passages combine',
      'FOUNDED:a->n: source:diplomap-curation states nothing itself: its facts are EDITORIAL',
    ]);
  });

  it('merges a second copy of a source that only writes out its basis', () => {
    const b = withSource();
    b.addNode({ key: 'a', type: 'Municipality', name: 'A', source });
    b.addNode({ key: 'n', type: 'Network', name: 'N', source });
    const quote = 'A leads N.';
    b.addEdge({ type: 'MEMBER_OF', from: 'a', to: 'n', source: { source: 'source:test', quote } });
    b.addEdge({
      type: 'MEMBER_OF',
      from: 'a',
      to: 'n',
      source: { source: 'source:test', quote, basis: 'STATED' },
    });
    const edge = at(b.build().edges, 0);
    expect(edge.sources).toEqual([{ source: 'source:test', basis: 'STATED', quote }]);
  });

  it('stores a symmetric relationship once, whichever way it is given', () => {
    const b = withSource();
    b.addNode({ key: 'a', type: 'Municipality', name: 'A', source });
    b.addNode({ key: 'b', type: 'Municipality', name: 'B', source });
    b.addEdge({ type: 'TWINNED_WITH', from: 'b', to: 'a', source });
    b.addEdge({ type: 'TWINNED_WITH', from: 'a', to: 'b', source });
    expect(b.build().edges.map((e) => e.key)).toEqual(['TWINNED_WITH:a->b']);
  });
});
