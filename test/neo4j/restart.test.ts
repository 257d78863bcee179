/**
 * Neo4j going away and coming back, end to end: a dedicated Neo4j (its own port and data, the
 * shared jars) behind the HTTP server is stopped and started again. While it is down, requests
 * that need it fail fast with STORE_UNAVAILABLE and /health says why, while an answer the server
 * already keeps (docs/answer-cache.md) is still given; once it is back, the same server process
 * answers again by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { dedicatedHome, neo4jCommand } from '../support/test-neo4j.js';
import { fixtureGraph } from './fixture.js';

// Its own port and home (.neo4j-test/restart), never the user's or the shared test server's.
const neo4jServer = {
  port: process.env.NEO4J_RESTART_TEST_PORT ?? '7690',
  homeDir: dedicatedHome('restart'),
  password: 'diplomap-restart',
};
const { port } = neo4jServer;
// Asynchronous, so the in-process HTTP server keeps serving while Neo4j stops and starts.
const neo4j = (command: 'start' | 'stop') => neo4jCommand(neo4jServer, [command]);

describe('Neo4j stopped and restarted under a running server', () => {
  let store: Neo4jStore;
  let server: DiplomapServer;
  let url: string;

  beforeAll(async () => {
    await neo4j('start');
    store = await Neo4jStore.connect({
      uri: `bolt://127.0.0.1:${port}`,
      username: 'neo4j',
      password: neo4jServer.password,
    });
    await store.clearAll();
    await store.upsert(fixtureGraph());
    server = await createServer(store, DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await neo4j('stop');
  }, 120_000);

  const post = async (query: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: { stats?: { nodeCount: number }; actor?: { name: string } } | null;
      errors?: { extensions: { code: string } }[];
    };
  };
  const ask = () => post('{ stats { nodeCount } }');
  /** A lookup by key: never kept by the answer cache, so it needs the store. */
  const lookUp = () => post('{ actor(id: "city:fr-paris") { name } }');

  it('answers, fails fast while Neo4j is down, and answers again once it is back', async () => {
    const before = await ask();
    expect(before.data?.stats?.nodeCount).toBe(fixtureGraph().nodes.length);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    await neo4j('stop');
    const started = Date.now();
    const down = await lookUp();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.errors?.[0]?.extensions.code).toBe('STORE_UNAVAILABLE');
    // The counts asked before are kept: nothing can have been written without the database.
    expect((await ask()).data?.stats?.nodeCount).toBe(fixtureGraph().nodes.length);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      ok: false,
      store: 'neo4j',
      reason: expect.any(String),
    });

    await neo4j('start');
    let after = await lookUp();
    for (let i = 0; i < 20 && !after.data; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await lookUp();
    }
    expect(after.data?.actor?.name).toBe('Paris');
    expect((await fetch(`${url}/health`)).status).toBe(200);
  }, 240_000);
});
