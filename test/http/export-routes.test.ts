/** Exports over HTTP: formats, slices, clear 400s, and the read access rule. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGraphml } from '../../src/export/graphml.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { generateApiKey } from '../../src/config/api-keys.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

const reader = generateApiKey('re', 'reader');

describe('GET /export/…', () => {
  let server: DiplomapServer;
  let url: string;
  beforeAll(async () => {
    server = await createServer(await seededMemoryStore(), DEFAULT_LIMITS, undefined, {
      keys: [reader.record],
      queryAccess: 'key',
    });
    url = await server.listen('127.0.0.1', 0);
  });
  afterAll(() => server.stop());

  const get = (path: string, key: string | null = reader.key) =>
    fetch(`${url}${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

  it('serves a GraphML slice as a download that parses back', async () => {
    const response = await get('/export/graph.graphml?kinds=Association,Foundation');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="diplomap-graph.graphml"',
    );
    const data = fromGraphml(await response.text());
    // Associations include the Covenant of Mayors' joint groups, with their member comuni.
    expect([data.nodes.length, data.edges.length]).toEqual([2692, 3730]);
  });

  it('serves the CSV tables of the headline slice', async () => {
    const query =
      '?region=region:mediterranean&theme=theme:migration&kinds=Association,Foundation,Municipality';
    const nodes = parse<{ key: string }>(await (await get(`/export/nodes.csv${query}`)).text(), {
      columns: true,
    });
    const edges = parse<{ sources: string }>(
      await (await get(`/export/edges.csv${query}`)).text(),
      {
        columns: true,
      },
    );
    expect([nodes.length, edges.length]).toEqual([49, 50]);
    expect(nodes.map((n) => n.key)).toContain('anci');
    // Sources travel with every relationship.
    for (const edge of edges)
      expect((JSON.parse(edge.sources) as unknown[]).length).toBeGreaterThan(0);
    const gexf = await get(`/export/graph.gexf${query}`);
    expect(gexf.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
  });

  it('answers bad filters with 400 and a code', async () => {
    const kinds = await get('/export/graph.gexf?kinds=City');
    expect(kinds.status).toBe(400);
    expect(await kinds.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('Unknown kinds: City'),
        argument: 'kinds',
        allowed: expect.arrayContaining(['Municipality', 'Project']),
        requestId: expect.any(String),
      },
    });
    const region = await get('/export/graph.gexf?region=theme:migration');
    expect(region.status).toBe(400);
    const twice = await get('/export/graph.gexf?region=a&region=b');
    expect(twice.status).toBe(400);
  });

  it('applies the read access rule: 401 without a key when queries need one', async () => {
    const anonymous = await get('/export/graph.gexf?kinds=Foundation', null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrong = await get('/export/graph.gexf?kinds=Foundation', `${reader.key}x`);
    expect(wrong.status).toBe(401);
  });
});
