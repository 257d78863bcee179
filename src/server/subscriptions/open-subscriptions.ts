/**
 * Puts subscriptions on the server: the process's change feed (src/app/change-feed.ts), the
 * graphql-ws protocol with our checks (subscription-protocol.ts) and the WebSockets on the HTTP
 * server (websocket-server.ts). The embedded store feeds it as edits are made; Neo4j is also read
 * every CHANGE_POLL_MS for other processes' edits. docs/subscriptions.md.
 */
import type http from 'node:http';
import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { ChangeFeed } from '../../app/change-feed.js';
import type { ApiLimits } from '../../graphql/context.js';
import { cachedGraphSize } from '../../graphql/cost/graph-size.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { HeavyWork } from '../../store/network/heavy-work.js';
import { createAuthenticator, type AuthConfig } from '../auth/authenticator.js';
import type { Budgets } from '../budgets.js';
import type { OperationLimits } from '../operation-limits.js';
import type { ServerOptions } from '../server-options.js';
import { DEFAULT_SUBSCRIPTION_LIMITS } from './subscription-limits.js';
import { subscriptionProtocol } from './subscription-protocol.js';
import { attachWebSockets, type WebSocketEndpoint } from './websocket-server.js';

export interface Subscriptions {
  /** The store to make edits through: each change it makes durable is announced. */
  store: GraphStore;
  feed: ChangeFeed;
  websockets: WebSocketEndpoint;
  /** Closes every WebSocket (1001) and ends the feed. */
  close(): Promise<void>;
}

export function openSubscriptions(setup: {
  store: GraphStore;
  httpServer: http.Server;
  app: express.Express;
  schema: GraphQLSchema;
  limits: ApiLimits;
  auth: AuthConfig;
  introspection: boolean;
  heavyWork: HeavyWork;
  operations: OperationLimits;
  options: ServerOptions;
  budgets?: Budgets;
  logger?: Logger;
}): Subscriptions {
  const { store, logger } = setup;
  const limits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...setup.options.subscriptions };
  const feed = new ChangeFeed(store, {
    // Only Neo4j is shared with other processes; the embedded store hears of every edit here.
    pollMs: store.kind === 'neo4j' ? limits.changePollMs : 0,
    readTimeoutMs: setup.operations.requestTimeoutMs,
    onError: (error) =>
      logger?.warn({ err: error }, 'reading the change log failed; trying again at each poll'),
  });
  const protocol = subscriptionProtocol({
    schema: setup.schema,
    limits: setup.limits,
    introspection: setup.introspection,
    graphSize: cachedGraphSize(store),
    store,
    changeFeed: feed,
    authenticate: createAuthenticator(setup.auth),
    queryAccess: setup.auth.queryAccess,
    heavyWork: setup.heavyWork,
    subscriptions: limits,
    ...(setup.budgets ? { budgets: setup.budgets } : {}),
    ...(logger ? { logger } : {}),
  });
  const websockets = attachWebSockets({
    httpServer: setup.httpServer,
    protocol,
    limits,
    trustProxy: setup.app.get('trust proxy fn') as (address: string, hop: number) => boolean,
    ...(logger ? { logger } : {}),
  });
  return {
    store: feed.watching(store),
    feed,
    websockets,
    async close() {
      await websockets.close();
      feed.close();
    },
  };
}
