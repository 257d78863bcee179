/**
 * Probe on Neo4j: the request's deadline travels as the transaction's timeout, so Neo4j itself
 * stops a query that runs past it and the store answers TIMEOUT (the first test gives no signal:
 * only the server can have stopped it); over HTTP a heavy request past its deadline answers 504.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededNeo4jStoreUnindexed } from '../support/seeded-stores.js';
import { post, serveStore } from './abuse-support.js';

describe('Neo4j: the deadline is the transaction timeout', () => {
  let store: GraphStore;
  let actorKeys: string[];
  beforeAll(async () => {
    store = await seededNeo4jStoreUnindexed();
    const hits = await store.findPartners({}, { first: WHOLE_LIST });
    actorKeys = hits.items.map((item) => item.value.actorKey);
  });
  afterAll(async () => store.close());

  it('stops a long query at the deadline and answers TIMEOUT', async () => {
    const error: unknown = await store
      .getPartnerships(actorKeys, {}, { first: WHOLE_LIST }, { deadline: Date.now() + 20 })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      details: { store: 'neo4j', driverCode: expect.stringMatching(/TransactionTimedOut/) },
    });
  });

  it('a heavy request past its deadline answers 504 TIMEOUT over HTTP', async () => {
    const served = await serveStore(store, { requestTimeoutMs: 100 });
    try {
      const { status, body } = await post(served.url, '{ communities { count } }');
      expect(status).toBe(504);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT' });
      expect(served.server.heavyWork.stats()).toMatchObject({ active: 0, queued: 0 });
    } finally {
      await served.stop();
    }
  });
});
