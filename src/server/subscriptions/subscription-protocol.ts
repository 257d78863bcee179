/**
 * The graphql-ws protocol as Diplomap speaks it (makeServer's hooks):
 * - connection_init: the credentials in `connectionParams` (`authorization: 'Bearer …'` or
 *   `x-api-key`) go through the same authenticator and QUERY_ACCESS rule as HTTP; then the
 *   client's count of connections is checked;
 * - subscribe: at most MAX_SUBSCRIPTIONS_PER_WEBSOCKET at once, the document's checks and cost
 *   (check-document.ts), the cost charged to the client's budget, then the subscription runs with
 *   a query's context and the change feed;
 * - every error leaves with our code (formatSubscriptionError), every refusal is logged.
 */
import type { WebSocket } from 'ws';
import { makeServer, type Server, type ServerOptions } from 'graphql-ws';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { ChangeFeed } from '../../app/change-feed.js';
import { DiplomapError } from '../../domain/errors.js';
import type { Principal } from '../../edit/principal.js';
import { createContext } from '../../graphql/context.js';
import type { SubscriptionContext } from '../../graphql/edit/change-subscription.resolver.js';
import { toGraphQLError } from '../../graphql/errors.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { HeavyWork } from '../../store/network/heavy-work.js';
import type { Authenticate } from '../auth/authenticator.js';
import type { Budgets } from '../budgets.js';
import { clientFor, type Client } from '../request-scope.js';
import { refuse } from './close-codes.js';
import {
  checkSubscription,
  formatSubscriptionError,
  type DocumentChecks,
} from './check-document.js';
import type { SubscriptionLimits } from './subscription-limits.js';

/** What the transport knows of one WebSocket (graphql-ws's `ctx.extra`). */
export interface Connection {
  socket: WebSocket;
  /** For logs: the connection's id. */
  id: string;
  /** The client's address (TRUST_PROXY applies, as for HTTP). */
  ip: string;
  principal?: Principal;
  /** Set once the connection is acknowledged. */
  client?: Client;
  /** Counts the connection against its client; false when the client has too many. */
  admit(client: Client): boolean;
  /** Aborted when the socket closes: the subscriptions' store calls stop. */
  closed: AbortSignal;
}

export interface ProtocolOptions extends DocumentChecks {
  store: GraphStore;
  changeFeed: ChangeFeed;
  authenticate: Authenticate;
  queryAccess: 'public' | 'key';
  budgets?: Budgets;
  heavyWork: HeavyWork;
  subscriptions: SubscriptionLimits;
  logger?: Logger;
}

type Hooks = ServerOptions<Record<string, unknown>, Connection>;

function header(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function subscriptionProtocol(options: ProtocolOptions): Server<Connection> {
  const { limits, logger } = options;
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => formatSubscriptionError(e, limits));

  const onConnect: Hooks['onConnect'] = async (ctx) => {
    const connection = ctx.extra;
    const params = ctx.connectionParams ?? {};
    let principal: Principal | undefined;
    try {
      principal = await options.authenticate({
        authorization: header(params.authorization ?? params.Authorization),
        'x-api-key': header(params['x-api-key'] ?? params['X-API-Key']),
      });
    } catch (error) {
      if (!(error instanceof DiplomapError)) throw error;
      return refused(connection, 'UNAUTHENTICATED', error.message);
    }
    if (!principal && options.queryAccess === 'key')
      return refused(
        connection,
        'UNAUTHENTICATED',
        'This server needs an API key or token: connectionParams { authorization }.',
      );
    const client = clientFor(connection.ip, principal);
    if (!connection.admit(client))
      return refused(
        connection,
        'RATE_LIMITED',
        `Over ${options.subscriptions.maxConnectionsPerClient} connections for one client (MAX_WEBSOCKETS_PER_CLIENT).`,
      );
    if (principal) connection.principal = principal;
    connection.client = client;
    return true;
  };

  function refused(connection: Connection, code: 'UNAUTHENTICATED' | 'RATE_LIMITED', why: string) {
    logger?.info(
      { connection: connection.id, client: `ip:${connection.ip}`, code },
      'websocket refused',
    );
    refuse(connection.socket, code, why);
    return false;
  }

  const onSubscribe: Hooks['onSubscribe'] = async (ctx, id, payload) => {
    const connection = ctx.extra;
    const log = (fields: Record<string, unknown>) =>
      logger?.info(
        {
          connection: connection.id,
          subscription: id,
          client: connection.client?.logId,
          ...fields,
        },
        'subscribe',
      );
    const running = Object.keys(ctx.subscriptions).length; // this one included
    const max = options.subscriptions.maxSubscriptionsPerConnection;
    if (running > max) {
      log({ code: 'RATE_LIMITED' });
      return [
        toGraphQLError(
          new DiplomapError(
            'RATE_LIMITED',
            `This connection already runs ${max} subscriptions, the limit (MAX_SUBSCRIPTIONS_PER_WEBSOCKET). Complete one first, or open another connection.`,
            { limit: 'MAX_SUBSCRIPTIONS_PER_WEBSOCKET', maximum: max },
          ),
        ),
      ];
    }
    const checked = await checkSubscription(payload, options);
    if (Array.isArray(checked)) {
      log({ code: checked[0]?.extensions.code });
      return checked;
    }
    const { cost } = checked;
    if (options.budgets && connection.client) {
      const charge = await options.budgets.charge(connection.client, cost);
      if (!charge.ok) {
        log({ cost, code: 'RATE_LIMITED' });
        return [
          toGraphQLError(
            new DiplomapError(
              'RATE_LIMITED',
              `This subscription costs ${cost}, more than the ${charge.remaining} left of your budget of ${charge.perMinute} per minute. Retry in ${charge.resetSeconds} s.`,
              { retryAfterSeconds: charge.resetSeconds, cost },
            ),
          ),
        ];
      }
    }
    log({ cost });
    const context: SubscriptionContext = {
      ...createContext(options.store, limits, connection.principal, {
        call: { signal: connection.closed },
        heavyWork: options.heavyWork,
      }),
      changeFeed: options.changeFeed,
    };
    return {
      schema: options.schema,
      document: checked.document,
      ...(payload.operationName ? { operationName: payload.operationName } : {}),
      variableValues: checked.variables,
      contextValue: context,
    };
  };

  return makeServer<Record<string, unknown>, Connection>({
    schema: options.schema,
    connectionInitWaitTimeout: options.subscriptions.initTimeoutMs,
    onConnect,
    onSubscribe,
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: format(result.errors) } : undefined,
    onError: (_ctx, _id, _payload, errors) => format(errors),
  });
}
