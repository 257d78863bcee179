/**
 * The answer cache on Neo4j: the shared suite, and two servers on one database — an edit made
 * through one changes the other's next answer once its change feed has read the change log.
 */
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { until } from '../support/subscriber.js';
import { defineAnswerCacheSuite, joinMatchingFund, partnersOfAnci } from './answer-cache-suite.js';
import { editor } from './subscription-suite.js';

const stores: Neo4jStore[] = [];

async function freshStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.connect(inject('neo4j'));
  stores.push(store);
  await store.clearAll(); // the change log too
  await store.upsert(editFixture());
  return store;
}

const options = { subscriptions: { changePollMs: 100 } };
defineAnswerCacheSuite('Neo4j', freshStore, options);

describe('answer cache across servers sharing one Neo4j', () => {
  const servers: DiplomapServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it("forgets its answers when the other server's edit reaches the change log", async () => {
    const store = await freshStore();
    const start = async () => {
      const server = await createServer(
        store,
        DEFAULT_LIMITS,
        undefined,
        { keys: [editor.record], queryAccess: 'public' },
        options,
      );
      servers.push(server);
      return { server, url: await server.listen('127.0.0.1', 0) };
    };
    const reader = await start();
    const writer = await start();
    expect(await partnersOfAnci(reader.url)).toEqual(['acri']);
    expect(await partnersOfAnci(reader.url)).toEqual(['acri']); // now kept
    const generation = reader.server.answers.stats().generation;
    await joinMatchingFund(writer.url, 'istat:048017');
    await until(
      () => reader.server.answers.stats().generation > generation,
      'the reader heard of the change',
    );
    expect(await partnersOfAnci(reader.url)).toEqual(['acri', 'istat:048017']);
  });
});

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
});
