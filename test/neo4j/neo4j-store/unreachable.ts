/**
 * What only a server store can get wrong: failing fast with STORE_UNAVAILABLE while Neo4j is
 * unreachable, and recovering without a restart once it is back (played with a TCP proxy).
 */
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DiplomapError } from '../../../src/domain/errors.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../../src/store/neo4j/neo4j-store.js';
import { fixtureGraph } from '../fixture.js';

/** A TCP proxy in front of Neo4j that can be cut and restored, to play an outage. */
async function startProxy(target: URL, port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connectTcp(Number(target.port || 7687), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function describeUnreachableNeo4j(config: Neo4jStoreConfig): void {
  describe('Neo4jStore when Neo4j is unreachable', () => {
    const closed: Neo4jStoreConfig = { ...config, uri: 'bolt://127.0.0.1:1' };

    async function expectUnavailable(promise: Promise<unknown>): Promise<void> {
      const started = Date.now();
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DiplomapError);
      expect((error as DiplomapError).code).toBe('STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(10_000);
    }

    it('fails to connect fast, with STORE_UNAVAILABLE', async () => {
      await expectUnavailable(Neo4jStore.connect(closed));
    });

    it('fails each request fast with STORE_UNAVAILABLE, and health says why without throwing', async () => {
      const store: GraphStore = new Neo4jStore(closed);
      try {
        await expectUnavailable(
          store.findNodes({ orderBy: 'KEY', direction: 'ASC' }, { first: 1 }),
        );
        await expectUnavailable(store.getNodes(['anci']));
        await expectUnavailable(store.upsert(fixtureGraph()));
        const health = await store.health();
        expect(health.ok).toBe(false);
        expect(health.store).toBe('neo4j');
        expect(health.reason).toMatch(/ServiceUnavailable/);
      } finally {
        await store.close();
      }
      expect(await store.health()).toMatchObject({ ok: false, reason: 'the store is closed' });
    });

    it('answers again once Neo4j is back, without a new store', async () => {
      const target = new URL(config.uri);
      let proxy = await startProxy(target);
      const store = await Neo4jStore.connect({ ...config, uri: `bolt://127.0.0.1:${proxy.port}` });
      try {
        const counts = await store.counts();
        await proxy.stop();
        await expectUnavailable(store.counts());
        expect((await store.health()).ok).toBe(false);
        proxy = await startProxy(target, proxy.port);
        expect(await store.counts()).toEqual(counts);
        expect((await store.health()).ok).toBe(true);
      } finally {
        await store.close();
        await proxy.stop();
      }
    });
  });
}
