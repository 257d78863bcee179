/** GET /export/graph.{gexf,graphml,csv} over HTTP: files, slices, clear 400s, and the read rule. */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/graphql/context.js';
import { checkSlice, loadSlice } from '../../src/export/graph-slice.js';
import { generateApiKey } from '../../src/server/auth/api-keys.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededStore } from './io-fixtures.js';

describe('export routes', () => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  beforeAll(async () => {
    store = await seededStore();
    server = await createServer(store, DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('GEXF of a slice, as a download that Gephi-style parsers read', async () => {
    const response = await fetch(`${url}/export/graph.gexf?region=mediterranean&theme=migration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="diplomap-region-mediterranean_theme-migration.gexf"',
    );
    const expected = await loadSlice(
      store,
      await checkSlice(store, { region: 'mediterranean', theme: 'migration' }),
    );
    const graph = parseGexf(Graph.MultiGraph, await response.text());
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(response.headers.get('x-diplomap-nodes')).toBe(String(expected.nodes.length));
  });

  it('GraphML of a kinds slice', async () => {
    const response = await fetch(`${url}/export/graph.graphml?kinds=Network,Association`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const graph = parseGraphml(Graph.MultiGraph, await response.text());
    const types = new Set<string>();
    graph.forEachNode((_key, attributes) => types.add(String(attributes.type)));
    expect(types).toEqual(new Set(['Network', 'Association']));
  });

  it('CSV: nodes by default, edges with part=edges', async () => {
    const nodes = await fetch(`${url}/export/graph.csv?kinds=Theme`);
    expect(nodes.status).toBe(200);
    expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodes.headers.get('content-disposition')).toBe(
      'attachment; filename="diplomap-kinds-Theme-nodes.csv"',
    );
    const text = await nodes.text();
    expect(text.split('\n')[0]).toBe('key,type,name,aliases,description,props,sources');
    expect(text.split('\n').filter((l) => l.startsWith('theme:'))).toHaveLength(8);
    const edges = await fetch(`${url}/export/graph.csv?kinds=Theme,Sdg&part=edges`);
    expect((await edges.text()).split('\n')[0]).toBe('key,type,from,to,props,sources');
  });

  it('answers bad parameters with 400 and BAD_USER_INPUT', async () => {
    const cases: [string, string][] = [
      ['graph.pdf', 'Unknown export format "pdf": use gexf, graphml, csv.'],
      ['graph.gexf?region=atlantis', 'region "atlantis" is not a Region in the graph'],
      ['graph.gexf?theme=anci', 'theme "anci" is not a Theme or Sdg in the graph'],
      ['graph.csv?part=both', '"part" must be nodes or edges.'],
      ['graph.gexf?part=nodes', '"part" applies to the CSV export only.'],
      [
        'graph.gexf?colour=red',
        'Unknown parameter "colour": use region, theme, kinds (and part for CSV).',
      ],
      ['graph.gexf?region=a&region=b', 'Give "region" once, as text.'],
    ];
    for (const [path, message] of cases) {
      const response = await fetch(`${url}/export/${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toEqual({ error: { code: 'BAD_USER_INPUT', message } });
    }
    const kinds = await fetch(`${url}/export/graph.gexf?kinds=City`);
    expect(kinds.status).toBe(400);
    expect(((await kinds.json()) as { error: { message: string } }).error.message).toMatch(
      /^kinds must be a comma-separated list of node types .*; unknown: City$/,
    );
  });
});

describe('export routes when queries need a key', () => {
  it('refuse callers without a key (401) and serve readers', async () => {
    const reader = generateApiKey('re', 'reader');
    const store = await seededStore();
    const server = await createServer(store, DEFAULT_LIMITS, undefined, {
      keys: [reader.record],
      queryAccess: 'key',
    });
    const url = await server.listen('127.0.0.1', 0);
    try {
      const refused = await fetch(`${url}/export/graph.csv?kinds=Theme`);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        'UNAUTHENTICATED',
      );
      const served = await fetch(`${url}/export/graph.csv?kinds=Theme`, {
        headers: { authorization: `Bearer ${reader.key}` },
      });
      expect(served.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
