/**
 * On Neo4j the request's deadline travels as the transaction's timeout: Neo4j itself stops a
 * query that runs past it, and the store answers TIMEOUT (no signal here: only the server can
 * have stopped it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededNeo4jStore } from '../support/seeded-stores.js';

describe('Neo4j: the deadline is the transaction timeout', () => {
  let store: GraphStore;
  let actorKeys: string[];
  beforeAll(async () => {
    store = await seededNeo4jStore();
    const hits = await store.findPartners({}, { first: WHOLE_LIST });
    actorKeys = hits.items.map((item) => item.value.actorKey);
  });
  afterAll(async () => store.close());

  it('stops a long query at the deadline and answers TIMEOUT', async () => {
    const started = Date.now();
    const error: unknown = await store
      .getPartnerships(actorKeys, {}, { first: WHOLE_LIST }, { deadline: Date.now() + 20 })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    console.log('took', Date.now() - started);
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      details: { store: 'neo4j', driverCode: expect.stringMatching(/TransactionTimedOut/) },
    });
  });
});
