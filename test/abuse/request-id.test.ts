/**
 * Probe: which request was that? Nothing tied an answer to the log, and some errors were never
 * logged. Now every request has an id (the client's X-Request-Id when sane, else a UUID),
 * returned in `X-Request-Id` and in every error's `extensions.requestId`, and ends with exactly
 * one access-log line: method, path, status, duration, client, cost and error code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/config/api-keys.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import {
  firstError,
  LEAKS,
  startAbuseServer,
  type AbuseServer,
  type Answer,
} from './abuse-server.js';
import { at } from '../support/at.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const reader = generateApiKey('logged', 'reader');

/** A store whose search fails as a bug would, with a path in its message. */
function failingSearch(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'search')
        return () => Promise.reject(new Error('boom in /srv/diplomap/src/store/x.ts:12'));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

describe('request ids and the access log', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(failingSearch(await seededMemoryStore()), {
      auth: { keys: [reader.record], queryAccess: 'public' },
    });
  });
  afterAll(() => api.stop());

  const linesFor = (answer: Answer) =>
    api.accessLines().filter((line) => line.requestId === answer.headers.get('x-request-id'));

  it('keeps a sane incoming id, replaces anything else with a UUID', async () => {
    const kept = await api.request('/health', { headers: { 'x-request-id': 'dash-42.a:b_c' } });
    expect(kept.headers.get('x-request-id')).toBe('dash-42.a:b_c');
    for (const insane of ['x'.repeat(200), 'a b', '<script>'])
      expect(
        (await api.request('/health', { headers: { 'x-request-id': insane } })).headers.get(
          'x-request-id',
        ),
      ).toMatch(UUID);
    expect((await api.request('/health')).headers.get('x-request-id')).toMatch(UUID);
  });

  it('puts the id in every error, and logs each request once with its code', async () => {
    const cases: [string, () => Promise<Answer>, number, string | undefined][] = [
      ['a query', () => api.graphql({ query: '{ stats { nodeCount } }' }), 200, undefined],
      [
        'a validation failure',
        () => api.graphql({ query: '{ nothing }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a wrong key',
        () => api.graphql({ query: '{ __typename }' }, { authorization: 'Bearer dpk_wrong' }),
        401,
        'UNAUTHENTICATED',
      ],
      ['malformed JSON', () => api.graphql('{"query":'), 400, 'BAD_REQUEST'],
      ['an unknown route', () => api.request('/nope'), 404, 'NOT_FOUND'],
      [
        'a not-found id',
        () => api.graphql({ query: '{ actor(id: "nobody") { id } }' }),
        200,
        'NOT_FOUND',
      ],
      [
        'a bug',
        () => api.graphql({ query: '{ search(text: "florence") { totalCount } }' }),
        200,
        'INTERNAL_SERVER_ERROR',
      ],
    ];
    for (const [name, send, status, code] of cases) {
      const answer = await send();
      expect(answer.status, name).toBe(status);
      expect(answer.text, name).not.toMatch(LEAKS);
      const requestId = answer.headers.get('x-request-id');
      expect(requestId, name).toMatch(UUID);
      if (code) {
        const error = firstErrorOf(answer);
        expect(error, name).toMatchObject({ code, requestId });
      }
      await new Promise((r) => setTimeout(r, 10)); // the line is written when the answer ends
      const lines = linesFor(answer);
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatchObject({
        msg: 'request',
        method: expect.stringMatching(/^(GET|POST)$/),
        path: expect.stringMatching(/^\//),
        status,
        ms: expect.any(Number),
        client: 'ip:127.0.0.1',
        ...(code ? { code } : {}),
      });
      if (!code) expect(at(lines, 0).code, name).toBeUndefined();
    }
    expect(api.log.find((line) => line.msg === 'resolver failed')).toBeDefined();
  });

  it('logs the cost of GraphQL requests and a hash for API keys, never the key id', async () => {
    const answer = await api.graphql(
      { query: '{ stats { nodeCount } }' },
      { 'x-api-key': reader.key },
    );
    await new Promise((r) => setTimeout(r, 10));
    const [line] = linesFor(answer);
    const cost = (answer.json?.extensions as { cost: { requested: number } }).cost.requested;
    expect(line).toMatchObject({
      status: 200,
      cost,
      client: expect.stringMatching(/^key:[0-9a-f]{16}$/),
    });
    expect(JSON.stringify(line)).not.toContain(reader.record.id);
  });
});

/** The error's extensions: GraphQL answers have `errors`, other routes `error`. */
function firstErrorOf(answer: Answer): Record<string, unknown> {
  if (answer.json && 'error' in answer.json) return answer.json.error as Record<string, unknown>;
  return firstError(answer).extensions;
}
