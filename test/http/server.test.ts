/** The real HTTP server on a loopback port: GraphQL, the playground, health, limits and errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

describe('HTTP server', () => {
  let server: DiplomapServer;
  let store: GraphStore;
  let url: string;

  beforeAll(async () => {
    store = await seededMemoryStore();
    server = await createServer(store, { ...DEFAULT_LIMITS, maxDepth: 8, maxCost: 30_000 });
    url = await server.listen('127.0.0.1', 0);
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions: Record<string, unknown> }[];
      },
    };
  };

  it('answers the headline query over HTTP', async () => {
    const { status, body } = await post(
      'query($r: ID, $t: ID) { partners(inRegion: $r, workingOn: $t) { totalCount edges { node { actor { id } } } } }',
      { r: 'region:mediterranean', t: 'theme:migration' },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      partners: {
        totalCount: 2,
        edges: [{ node: { actor: { id: 'acri' } } }, { node: { actor: { id: 'anci' } } }],
      },
    });
  });

  it('reports the store’s health', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, store: 'memory' });
  });

  it('serves the playground offline, with the example queries', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/playground/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // nothing from a CDN
    expect(html).toContain('MediterraneanMigrationPartners');
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(`${url}/playground/${asset}`);
      expect(response.status, asset).toBe(200);
    }
    expect((await fetch(`${url}/playground/nope.js`)).status).toBe(404);
  });

  it('refuses a query deeper than the limit, with a code', async () => {
    const deep =
      '{ actor(id: "anci") { memberships { edges { node { members { edges { node { memberships { edges { node { id } } } } } } } } } } }';
    const { status, body } = await post(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 8 exceeded/);
    expect(body.errors?.[0]?.extensions).toMatchObject({ limit: 'MAX_QUERY_DEPTH', maximum: 8 });
  });

  it('refuses a query costlier than the limit, before running it', async () => {
    const costly =
      '{ actors(first: 100) { edges { node { twins(first: 100) { edges { node { id } } } } } } }';
    const { status, body } = await post(costly);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT', maximum: 30_000 });
    expect(body.data).toBeUndefined();
  });

  it('answers bad input with BAD_USER_INPUT and no stack trace', async () => {
    const { body } = await post('{ actors(first: 5000) { totalCount } }');
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await post('{ actors(');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const { body } = await post('{ nothingHere }');
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the typed dashboard client', () => {
  it('runs generated documents against the server, and throws coded errors', async () => {
    const { createDiplomapClient, DiplomapRequestError } =
      await import('../../src/client/diplomap-client.js');
    const { StatsDocument, AnciAgreementsDocument } =
      await import('../../src/client/generated/graphql.js');
    const { parse } = await import('graphql');
    const store = await seededMemoryStore();
    const server = await createServer(store, DEFAULT_LIMITS);
    const url = await server.listen('127.0.0.1', 0);
    try {
      const request = createDiplomapClient(`${url}/graphql`);
      const stats = await request(StatsDocument, {});
      // ANCI's eight goals and climate action.
      expect(stats.stats.nodesByType.find((c) => c.type === 'Theme')?.count).toBe(9);
      const anci = await request(AnciAgreementsDocument, {});
      expect(anci.actor.agreements.totalCount).toBe(11);
      const missing = request(parse('{ actor(id: "nope") { id } }'), {});
      await expect(missing).rejects.toBeInstanceOf(DiplomapRequestError);
      await expect(missing).rejects.toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND' } }],
      });
    } finally {
      await server.stop();
    }
  });
});
