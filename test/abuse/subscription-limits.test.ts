/**
 * Probe: the WebSocket endpoint under abuse. Each limit refuses with a code a client can act on —
 * a close code and a reason that starts with our error code for the connection, an `error` message
 * with `extensions.code` for one subscription — and whatever is refused, the server keeps serving.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS, type ApiLimits } from '../../src/config/api-limits.js';
import { generateApiKey } from '../../src/config/api-keys.js';
import type { AuthConfig } from '../../src/server/auth/authenticator.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { ServerOptions } from '../../src/config/server-options.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { post } from '../support/subscriber.js';
import { connect, subscribe, until, wsUrl, type Subscriber } from '../support/subscriber.js';
import { fragmentBomb } from './abuse-server.js';
import { at } from '../support/at.js';

const reader = generateApiKey('rita', 'reader');
const WATCH = 'subscription { changes { seq operation } }';

describe('WebSocket limits', () => {
  let server: DiplomapServer;
  let url: string;
  const subscribers: Subscriber[] = [];
  const sockets: WebSocket[] = [];

  async function serve(
    options: ServerOptions = {},
    limits: Partial<ApiLimits> = {},
    auth: AuthConfig = { keys: [reader.record], queryAccess: 'public' },
  ): Promise<void> {
    const store = await MemoryStore.fromData(editFixture());
    server = await createServer(store, { ...DEFAULT_LIMITS, ...limits }, undefined, auth, options);
    url = await server.listen('127.0.0.1', 0);
  }
  const watch = (query = WATCH, connectionParams: Record<string, unknown> = {}) => {
    const subscriber = subscribe(url, query, {}, { connectionParams });
    subscribers.push(subscriber);
    return subscriber;
  };
  /** A raw WebSocket speaking graphql-ws, for what a well-behaved client would never send. */
  async function raw(options: WebSocket.ClientOptions = {}): Promise<{
    socket: WebSocket;
    closed: Promise<{ code: number; reason: string }>;
  }> {
    const socket = new WebSocket(wsUrl(url), 'graphql-transport-ws', options);
    sockets.push(socket);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return { socket, closed };
  }
  const firstError = (s: Subscriber) => s.errors[0]?.[0] ?? s.results[0]?.errors?.[0];

  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  it('a flood of subscriptions on one connection: past the limit each is refused, RATE_LIMITED', async () => {
    await serve({ subscriptions: { maxSubscriptionsPerConnection: 3 } });
    const client = connect(url);
    const flood = Array.from({ length: 6 }, () => subscribe(url, WATCH, {}, { client }));
    subscribers.push(...flood);
    await until(() => flood.filter((s) => s.completed).length === 3, 'three refusals');
    const refused = flood.filter((s) => s.completed);
    for (const s of refused)
      expect(firstError(s)?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'MAX_SUBSCRIPTIONS_PER_WEBSOCKET',
        maximum: 3,
      });
    await until(() => server.subscriptions.feed.size === 3, 'three running');
    await client.dispose();
  });

  it('a flood of connections from one client: past the limit each is closed, 4429 RATE_LIMITED', async () => {
    await serve({ subscriptions: { maxConnectionsPerClient: 2 } });
    const flood = Array.from({ length: 5 }, () => watch());
    await until(() => flood.filter((s) => s.closed).length === 3, 'three closed');
    for (const s of flood.filter((x) => x.closed)) {
      expect(s.closed?.code).toBe(4429);
      expect(s.closed?.reason).toMatch(/^RATE_LIMITED: /);
    }
    await until(() => server.subscriptions.feed.size === 2, 'two running');
  });

  it('past MAX_WEBSOCKETS a new connection is closed, 1013 OVERLOADED', async () => {
    await serve({ subscriptions: { maxConnections: 2, maxConnectionsPerClient: 10 } });
    watch();
    watch();
    await until(() => server.subscriptions.feed.size === 2, 'two running');
    const third = watch();
    await third.ended();
    expect(third.closed?.code).toBe(1013);
    expect(third.closed?.reason).toMatch(/^OVERLOADED: /);
  });

  it('with QUERY_ACCESS=key, no key or a wrong one is closed 4401 UNAUTHENTICATED; a key subscribes', async () => {
    await serve({}, {}, { keys: [reader.record], queryAccess: 'key' });
    const anonymous = watch();
    const wrong = watch(WATCH, { authorization: 'Bearer dpk_rita_wrong' });
    const keyed = watch(WATCH, { authorization: `Bearer ${reader.key}` });
    const byHeader = watch(WATCH, { 'x-api-key': reader.key });
    await anonymous.ended();
    await wrong.ended();
    for (const s of [anonymous, wrong]) {
      expect(s.closed?.code).toBe(4401);
      expect(s.closed?.reason).toMatch(/^UNAUTHENTICATED: /);
    }
    await until(() => server.subscriptions.feed.size === 2, 'the keyed subscriptions');
    expect(keyed.closed).toBeUndefined();
    expect(byHeader.closed).toBeUndefined();
  });

  it('document limits, validation and cost apply to subscriptions', async () => {
    await serve({}, { maxDepth: 3, maxCost: 1_050 });
    const cases: [string, Record<string, unknown>][] = [
      ['subscription { changes { nope } }', { code: 'GRAPHQL_VALIDATION_FAILED' }],
      ['subscription { changes { seq ', { code: 'GRAPHQL_PARSE_FAILED' }],
      [
        'subscription { changes { source { source { name } } } }',
        { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_DEPTH', maximum: 3 },
      ],
      [
        'subscription { a: changes { seq } b: changes { seq } }',
        { code: 'GRAPHQL_VALIDATION_FAILED' },
      ],
      [
        `subscription { changes { ${Array.from({ length: 60 }, (_, i) => `s${i}: seq`).join(' ')} } }`,
        { code: 'COST_LIMIT', maximum: 1_050 },
      ],
      [
        fragmentBomb(40)
          .replace('query Bomb', 'subscription Bomb')
          .replace(/on Query/g, 'on Subscription')
          .replace('stats { nodeCount }', 'changes { seq }'),
        { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_SELECTIONS' },
      ],
      ['{ stats { nodeCount } }', { code: 'BAD_REQUEST' }],
      ['subscription { changes(after: -1) { seq } }', { code: 'BAD_USER_INPUT' }],
    ];
    for (const [query, expected] of cases) {
      const s = watch(query);
      await s.ended();
      expect(firstError(s)?.extensions, query.slice(0, 80)).toMatchObject(expected);
      // Only the subscription is refused: the client closes its idle connection itself (1000).
      expect([undefined, 1000]).toContain(s.closed?.code);
    }
  });

  it('each subscription is charged its cost to the client’s budget: past it, RATE_LIMITED', async () => {
    await serve({
      rateLimits: { anonymousPerMinute: 2_500, authenticatedPerMinute: 2_500, exportCost: 1 },
    });
    const client = connect(url);
    const three = Array.from({ length: 3 }, () => subscribe(url, WATCH, {}, { client }));
    subscribers.push(...three);
    await until(() => three.some((s) => s.completed), 'a refusal');
    const refused = three.filter((s) => s.completed);
    expect(refused).toHaveLength(1);
    expect(firstError(at(refused, 0))?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number) as number,
    });
    await client.dispose();
  });

  it('a message over 1 MB closes the connection, 1009 PAYLOAD_TOO_LARGE', async () => {
    await serve();
    const { socket, closed } = await raw();
    socket.send(JSON.stringify({ type: 'connection_init' }));
    const query = `subscription { changes { seq } } # ${'x'.repeat(1_100_000)}`;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    const { code, reason } = await closed;
    expect(code).toBe(1009);
    expect(reason).toMatch(/^PAYLOAD_TOO_LARGE: /);
  });

  it('a connection that never says hello is closed, 4408', async () => {
    await serve({ subscriptions: { initTimeoutMs: 200 } });
    const { closed } = await raw();
    expect((await closed).code).toBe(4408);
  });

  it('a socket that stops answering pings is closed; one that answers stays', async () => {
    await serve({ subscriptions: { keepAliveMs: 100 } });
    const dead = await raw({ autoPong: false });
    const live = await raw();
    for (const { socket } of [dead, live]) socket.send(JSON.stringify({ type: 'connection_init' }));
    expect((await dead.closed).code).toBe(1006); // terminated, no close frame
    expect(live.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('a shutdown closes the subscriptions, 1001, and refuses new connections', async () => {
    await serve();
    const s = watch();
    await until(() => server.subscriptions.feed.size === 1, 'the subscription to open');
    await server.stop();
    await s.ended();
    expect(s.closed?.code).toBe(1001);
    expect(server.subscriptions.feed.size).toBe(0);
    await serve(); // for afterEach
  });

  it('a subscription sent over HTTP is refused with a code', async () => {
    await serve();
    const body = await post(url, WATCH);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/over WebSocket/);
  });
});
