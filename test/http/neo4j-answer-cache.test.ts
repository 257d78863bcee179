/**
 * The answer cache on Neo4j: the shared suite, and two servers on one database — an edit made
 * through one changes the other's next answer once its change feed has read the change log.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { neo4jEditStores } from '../support/neo4j-edit-stores.js';
import { until } from '../support/subscriber.js';
import { defineAnswerCacheSuite, joinMatchingFund, partnersOfAnci } from './answer-cache-suite.js';
import { editor } from './subscription-suite.js';

const stores = neo4jEditStores();
const freshStore = () => stores.fresh();

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

afterAll(() => stores.closeAll());
