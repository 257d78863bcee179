import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { toCsv, toGexf, toGraphml } from '../../src/export/formats.js';
import { checkSlice, loadSlice } from '../../src/export/graph-slice.js';
import { fromGraphology } from '../../src/export/graphology-graph.js';
import { runImport } from '../../src/ingest/import/import-files.js';
import { sameRecord } from '../../src/ingest/import/import-plan.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { seededGraph } from '../support/seeded-stores.js';
import { seededStore } from './io-fixtures.js';

/** Same records, key by key: type, name, aliases, description, props and sources. */
function expectSameGraph(actual: GraphData, expected: GraphData): void {
  expect(actual.nodes.length).toBe(expected.nodes.length);
  expect(actual.edges.length).toBe(expected.edges.length);
  const nodes = new Map(actual.nodes.map((n) => [n.key, n]));
  const edges = new Map(actual.edges.map((e) => [e.key, e]));
  const differing = [
    ...expected.nodes.filter((n) => !nodes.has(n.key) || !sameRecord(nodes.get(n.key)!, n)),
    ...expected.edges.filter((e) => !edges.has(e.key) || !sameRecord(edges.get(e.key)!, e)),
  ].map((r) => r.key);
  expect(differing).toEqual([]);
}

async function storeContents(store: GraphStore): Promise<GraphData> {
  return loadSlice(store, {});
}

describe('exports', () => {
  let store: GraphStore;
  let whole: GraphData;
  let slice: GraphData;
  beforeAll(async () => {
    store = await seededStore();
    whole = await loadSlice(store, {});
    slice = await loadSlice(
      store,
      await checkSlice(store, { region: 'mediterranean', theme: 'migration' }),
    );
  });

  it('the whole graph is every node and relationship of the store', async () => {
    const seeds = await seededGraph();
    expect(whole.nodes.length).toBe(seeds.nodes.length);
    expect(whole.edges.length).toBe(seeds.edges.length);
  });

  it('a slice is the nodes the store finds, with the relationships among them', async () => {
    const found = await store.findNodes(
      {
        region: 'region:mediterranean',
        topics: ['theme:migration'],
        orderBy: 'KEY',
        direction: 'ASC',
      },
      { first: 10_000 },
    );
    expect(slice.nodes.map((n) => n.key)).toEqual(found.items.map((i) => i.value.key));
    expect(slice.nodes.length).toBeGreaterThan(0);
    const keys = new Set(slice.nodes.map((n) => n.key));
    expect(slice.edges.every((e) => keys.has(e.from) && keys.has(e.to))).toBe(true);
    const kinds = await loadSlice(store, await checkSlice(store, { kinds: 'Network,Association' }));
    expect(new Set(kinds.nodes.map((n) => n.type))).toEqual(new Set(['Network', 'Association']));
    expect(await checkSlice(store, { kinds: 'network, municipality' })).toEqual({
      kinds: ['Network', 'Municipality'],
    });
  });

  it('refuses unknown regions, themes and kinds', async () => {
    await expect(checkSlice(store, { region: 'atlantis' })).rejects.toThrow(
      'region "atlantis" is not a Region in the graph',
    );
    await expect(checkSlice(store, { theme: 'country:IT' })).rejects.toThrow(
      'theme "country:IT" is not a Theme or Sdg in the graph',
    );
    await expect(checkSlice(store, { kinds: 'City' })).rejects.toThrow('unknown: City');
  });

  it('GEXF parses back (graphology-gexf) to the same records', () => {
    const graph = parseGexf(Graph.MultiGraph, toGexf(slice));
    expectSameGraph(fromGraphology(graph), slice);
    expect(graph.getNodeAttribute(slice.nodes[0]!.key, 'label')).toBe(slice.nodes[0]!.name);
  });

  it('GraphML parses back (graphology-graphml) to the same records', () => {
    const text = toGraphml(slice);
    expect(text).toContain('<graph id="diplomap" edgedefault="directed">');
    expectSameGraph(fromGraphology(parseGraphml(Graph.MultiGraph, text)), slice);
  });

  it('CSV parses back (csv-parse): one row per node and per relationship, sources as JSON', () => {
    const nodes = parseCsv(toCsv(slice, 'nodes'), { columns: true }) as Record<string, string>[];
    const edges = parseCsv(toCsv(slice, 'edges'), { columns: true }) as Record<string, string>[];
    expect(nodes.map((r) => r.key)).toEqual(slice.nodes.map((n) => n.key));
    expect(edges.map((r) => r.key)).toEqual(slice.edges.map((e) => e.key));
    expect(JSON.parse(nodes[0]!.sources!)).toEqual(slice.nodes[0]!.sources);
    expect(JSON.parse(edges[0]!.props!)).toEqual(slice.edges[0]!.props);
  });

  it('round trip: the whole seeded graph, exported as CSV and imported into an empty store, is the same graph', async () => {
    const empty = await MemoryStore.fromData({ nodes: [], edges: [] });
    const run = await runImport(
      empty,
      [
        { path: 'out/nodes.csv', text: toCsv(whole, 'nodes') },
        { path: 'out/edges.csv', text: toCsv(whole, 'edges') },
      ],
      { dryRun: false, by: 'cli:test' },
    );
    expect(run.report.rejected).toEqual([]);
    expect(run.report.nodes).toEqual({ created: whole.nodes.length, updated: 0, unchanged: 0 });
    expect(run.report.relationships).toEqual({
      created: whole.edges.length,
      updated: 0,
      unchanged: 0,
    });
    expect(run.change?.source.source).toBe('source:diplomap-curation');
    expectSameGraph(await storeContents(empty), whole);
  });

  it('round trip of a slice through GEXF and GraphML into empty stores', async () => {
    for (const text of [toGexf(slice), toGraphml(slice)]) {
      const data = fromGraphology(
        text.includes('<gexf')
          ? parseGexf(Graph.MultiGraph, text)
          : parseGraphml(Graph.MultiGraph, text),
      );
      const empty = await MemoryStore.fromData(data);
      expectSameGraph(await storeContents(empty), slice);
    }
  });
});
