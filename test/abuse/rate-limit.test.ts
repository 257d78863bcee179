/**
 * Probe: one client sending request after request. Nothing limited it; now each client (API key
 * or JWT subject, else IP address) has a budget of cost units per minute, GraphQL requests spend
 * their estimated cost and exports a fixed cost, and a request the budget cannot pay for gets 429
 * RATE_LIMITED with Retry-After — without spending anything, so cheaper requests still run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/config/api-keys.js';
import { readConfig } from '../../src/config/config.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import {
  firstError,
  LEAKS,
  startAbuseServer,
  type AbuseServer,
  type Answer,
} from './abuse-server.js';

const reader = generateApiKey('budget', 'reader');
const other = generateApiKey('other', 'reader');
const BUDGETS = { anonymousPerMinute: 30_000, authenticatedPerMinute: 200_000, exportCost: 20_000 };
const STATS = '{ stats { nodeCount } }';

interface Cost {
  requested: number;
  maximum: number;
  budget: { perMinute: number; remaining: number; resetSeconds: number };
}
const costOf = (answer: Answer) => (answer.json?.extensions as { cost: Cost }).cost;

describe('budgets per client', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(await seededMemoryStore(), {
      limits: { maxCost: 30_000 },
      server: { rateLimits: BUDGETS },
      auth: { keys: [reader.record, other.record], queryAccess: 'public' },
    });
  });
  afterAll(() => api.stop());

  it('refuses an anonymous client past its budget with 429 and Retry-After; cheaper requests still run', async () => {
    const first = await api.graphql({ query: STATS });
    expect(first.status).toBe(200);
    const { requested, budget } = costOf(first);
    expect(budget).toMatchObject({ perMinute: 30_000, remaining: 30_000 - requested });
    let remaining = budget.remaining;
    while (remaining >= requested) {
      const next = await api.graphql({ query: STATS });
      expect(next.status).toBe(200);
      remaining = costOf(next).budget.remaining;
    }
    const refused = await api.graphql({ query: STATS });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(firstError(refused).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
    });
    expect(costOf(refused)).toMatchObject({ requested, budget: { remaining } });
    expect(refused.text).not.toMatch(LEAKS);

    const cheap = await api.graphql({ query: '{ __typename }' });
    expect(cheap.status).toBe(200);
    expect(costOf(cheap).budget.remaining).toBe(remaining - costOf(cheap).requested);

    const exported = await api.request('/export/nodes.csv');
    expect(exported.status).toBe(429);
    expect(exported.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(exported.json).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('gives each API key its own, larger budget', async () => {
    const answer = await api.graphql({ query: STATS }, { authorization: `Bearer ${reader.key}` });
    expect(answer.status).toBe(200);
    expect(costOf(answer).budget).toMatchObject({
      perMinute: 200_000,
      remaining: 200_000 - costOf(answer).requested,
    });
  });

  it('charges an export its fixed cost from the same budget', async () => {
    const headers = { authorization: `Bearer ${other.key}` };
    const exported = await api.request('/export/edges.csv?region=region:mediterranean', {
      headers,
    });
    expect(exported.status).toBe(200);
    const after = await api.graphql({ query: '{ __typename }' }, headers);
    expect(costOf(after).budget.remaining).toBe(200_000 - 20_000 - costOf(after).requested);
  });

  it('is on by default in `diplomap serve`, configurable, and refuses budgets below one request', () => {
    expect(readConfig({}).server.rateLimits).toEqual({
      anonymousPerMinute: 2_000_000,
      authenticatedPerMinute: 10_000_000,
      exportCost: 100_000,
    });
    expect(readConfig({ RATE_LIMITS: 'off' }).server.rateLimits).toBeUndefined();
    expect(
      readConfig({ RATE_LIMIT_ANONYMOUS: '300000', EXPORT_COST: '5' }).server.rateLimits,
    ).toMatchObject({
      anonymousPerMinute: 300_000,
      exportCost: 5,
    });
    expect(() => readConfig({ RATE_LIMIT_ANONYMOUS: '1000' })).toThrow(
      /RATE_LIMIT_ANONYMOUS and RATE_LIMIT_AUTHENTICATED \(1000\) must be at least MAX_QUERY_COST and EXPORT_COST \(200000\)/,
    );
  });
});
