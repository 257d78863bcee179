/**
 * Limits of the WebSocket endpoint (docs/subscriptions.md), read from the environment with the
 * rest of the configuration: connections in all and per client, subscriptions per connection,
 * the time to say hello, heartbeats, and how often Neo4j's change log is read.
 */
import { envNumbers } from './env-number.js';

export interface SubscriptionLimits {
  /** Open WebSockets in all; beyond that a new one is closed with OVERLOADED. */
  maxConnections: number;
  /** Open WebSockets per client (API key, JWT subject or IP address); beyond: RATE_LIMITED. */
  maxConnectionsPerClient: number;
  /** Subscriptions running at once on one WebSocket; beyond: RATE_LIMITED. */
  maxSubscriptionsPerConnection: number;
  /** Time a new WebSocket has to send `connection_init`. */
  initTimeoutMs: number;
  /** A ping every this often; a socket that has not answered the last one by the next is closed. */
  keepAliveMs: number;
  /** How often each process reads Neo4j's change log for changes made by other processes. */
  changePollMs: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxConnections: 1_000,
  maxConnectionsPerClient: 8,
  maxSubscriptionsPerConnection: 20,
  initTimeoutMs: 3_000,
  keepAliveMs: 12_000,
  changePollMs: 1_000,
};

/** The largest message a client may send (a subscribe message with its document): as for HTTP. */
export const MAX_MESSAGE_BYTES = 1_048_576;

const SUBSCRIPTION_VARIABLES = envNumbers(DEFAULT_SUBSCRIPTION_LIMITS, {
  maxConnections: 'MAX_WEBSOCKETS',
  maxConnectionsPerClient: 'MAX_WEBSOCKETS_PER_CLIENT',
  maxSubscriptionsPerConnection: 'MAX_SUBSCRIPTIONS_PER_WEBSOCKET',
  initTimeoutMs: 'WEBSOCKET_INIT_TIMEOUT_MS',
  keepAliveMs: 'WEBSOCKET_KEEPALIVE_MS',
  changePollMs: 'CHANGE_POLL_MS',
});

/** The variables, merged into the configuration's schema. */
export const SUBSCRIPTION_ENV = SUBSCRIPTION_VARIABLES.schema;

export const subscriptionLimitsFrom: (
  env: Parameters<typeof SUBSCRIPTION_VARIABLES.read>[0],
) => SubscriptionLimits = SUBSCRIPTION_VARIABLES.read;
