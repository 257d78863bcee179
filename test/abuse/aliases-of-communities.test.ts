/**
 * Probe: 1,000 aliases of `communities`. Each cost about 11 and they passed, to run for some 40
 * minutes; now each is priced by the network it projects, the aliases add up, and the request is
 * refused with COST_LIMIT before anything runs — on both stores, whose counts price it alike.
 * (A narrowed `communities` fits under the maximum alone; 1,000 of them do not: the second test,
 * with room for the longer document.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore, seededNeo4jStoreUnindexed } from '../support/seeded-stores.js';
import {
  firstError,
  LEAKS,
  startAbuseServer,
  type AbuseServer,
  type Answer,
} from './abuse-server.js';

const WHOLE = 'communities { count }';
const NARROW = 'communities(workingOn: "theme:migration") { count }';
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `c${i}: ${field}`).join(' ')} }`;
const costOf = (answer: Answer) =>
  (answer.json?.extensions as { cost: { requested: number } }).cost.requested;

describe.each([
  ['embedded store', seededMemoryStore],
  ['Neo4j', seededNeo4jStoreUnindexed],
])('1,000 aliases of communities (%s)', (_name, open) => {
  let store: GraphStore;
  let api: AbuseServer;
  let roomy: AbuseServer;
  beforeAll(async () => {
    store = await open();
    api = await startAbuseServer(store);
    // Each narrowed query alone must run: a loaded test machine needs more than the default deadline.
    roomy = await startAbuseServer(store, {
      limits: { maxTokens: 20_000 },
      server: { operations: { requestTimeoutMs: 120_000 } },
    });
  });
  afterAll(async () => {
    await api.stop();
    await roomy.stop();
    await store.close();
  });

  const refusedAsSum = async (server: AbuseServer, field: string) => {
    const one = await server.graphql({ query: `query One { ${field} }` });
    const single = costOf(one);
    const answer = await server.graphql({ query: aliases(1_000, field) });
    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions).toMatchObject({
      code: 'COST_LIMIT',
      cost: 1_000 * single,
      maximum: DEFAULT_LIMITS.maxCost,
    });
    expect(answer.json?.extensions).toEqual({
      cost: { requested: 1_000 * single, maximum: DEFAULT_LIMITS.maxCost },
    });
    expect(answer.json?.data).toBeUndefined();
    expect(answer.text).not.toMatch(LEAKS);
    return one;
  };

  it('are refused with COST_LIMIT, priced as 1,000 times one, under the default limits', async () => {
    await refusedAsSum(api, WHOLE);
  });

  it('are refused when each alone would run: the aliases add up', async () => {
    const one = await refusedAsSum(roomy, NARROW);
    expect(one.status).toBe(200);
    expect(costOf(one)).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });
});
