/**
 * Builds the HTTP server — GraphQL at /graphql, the playground at /, the explorer at /explore,
 * health at /health, exports at /export/… — without listening, so tests and the CLI share it.
 * Every request gets an id, security headers and one access-log line; GraphQL documents are
 * limited, priced and charged to the caller's budget before they run (docs/running-in-public.md).
 * The caller owns the store and closes it.
 */
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { AnswerCache, NEO4J_ANSWER_MAX_AGE_MS } from '../app/answer-cache.js';
import { cachingStore, invalidateOnEveryChange } from '../app/caching-store.js';
import { DiplomapError } from '../domain/errors.js';
import { buildDiplomapSchema } from '../graphql/build-schema.js';
import { repoPath } from '../runtime/repo-root.js';
import { createContext, type ApiContext } from '../graphql/context.js';
import { type ApiLimits } from '../config/api-limits.js';
import { cachedGraphSize } from '../graphql/cost/graph-size.js';
import { documentLimitOptions } from '../graphql/document-limits.js';
import type { GraphStore } from '../store/graph-store.js';
import { HeavyWork } from '../app/network/heavy-work.js';
import type { Principal } from '../edit/principal.js';
import { createAuthenticator, unauthenticated, type AuthConfig } from './auth/authenticator.js';
import { createBudgets, LINKED_DATA_PAGE_COST } from './budgets.js';
import { callerResolver } from './caller.js';
import { chargeExports } from './charge-exports.js';
import { costPlugin } from './cost-plugin.js';
import { exportRouter } from './export-routes.js';
import { limitStatusPlugin } from './limit-errors.js';
import { DEFAULT_OPERATION_LIMITS, retryAfterSeconds } from '../config/operation-limits.js';
import { startDeadline } from './request-deadline.js';
import { explorerRouter } from './explorer.js';
import { errorHandler, graphqlErrorFormatter, notFoundHandler, sendError } from './http-errors.js';
import { linkedDataRouter } from './linked-data-routes.js';
import { playgroundRouter } from './playground.js';
import { requestScope } from './request-scope.js';
import { securityHeaders } from './security-headers.js';
import type { ServerOptions } from '../config/server-options.js';
import { openSubscriptions, type Subscriptions } from './subscriptions/open-subscriptions.js';

function asHttpError(error: DiplomapError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, http: { status } },
  });
}

export interface DiplomapServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<ApiContext>;
  /** Middleware for plain HTTP routes that read the graph: the same access rule as queries. */
  readAccess: express.RequestHandler;
  /** The cap on heavy work and its worker threads (heavy-work.ts). */
  heavyWork: HeavyWork;
  /** Subscriptions over WebSocket: the change feed and the open sockets. */
  subscriptions: Subscriptions;
  /** The answers kept until the graph changes (src/app/answer-cache.ts). */
  answers: AnswerCache;
  /** Listens on host:port (port 0: any free port) and resolves to the URL. */
  listen(host: string, port: number): Promise<string>;
  /**
   * Stops accepting requests and drains those in flight; those still running after the grace
   * period (SHUTDOWN_GRACE_MS) are stopped, like requests past their deadline.
   */
  stop(): Promise<void>;
}

/** No keys, public queries: anyone may read, nobody may edit. */
export const READ_ONLY_AUTH: AuthConfig = { keys: [], queryAccess: 'public' };

export async function createServer(
  store: GraphStore,
  limits: ApiLimits,
  logger?: Logger,
  auth: AuthConfig = READ_ONLY_AUTH,
  options: ServerOptions = {},
): Promise<DiplomapServer> {
  const callers = callerResolver(createAuthenticator(auth));
  const budgets = options.rateLimits ? createBudgets(options.rateLimits) : undefined;
  const introspection = options.introspection ?? true;
  const operations = { ...DEFAULT_OPERATION_LIMITS, ...options.operations };
  const retryAfter = retryAfterSeconds(operations);
  const heavyWork = new HeavyWork({
    concurrency: operations.maxHeavyConcurrency,
    queue: operations.heavyQueueLength,
    retryAfterSeconds: retryAfter,
  });
  /** Aborted when a shutdown's grace period is over: every request still running stops. */
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal); // one listener per request in flight
  const deadlineFor = (res: http.ServerResponse, principal: Principal | undefined) =>
    startDeadline(
      res,
      principal ? operations.authRequestTimeoutMs : operations.requestTimeoutMs,
      shutdown.signal,
    );
  const answers = new AnswerCache({
    maxAgeMs: store.kind === 'neo4j' ? NEO4J_ANSWER_MAX_AGE_MS : 0,
    ...options.answerCache,
  });
  const schema = await buildDiplomapSchema();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = http.createServer(app);
  // Subscriptions over WebSocket on the same port and path, fed by the edits made through
  // `subscriptions.store` (and, on Neo4j, by other processes' edits).
  const subscriptions = openSubscriptions({
    store,
    httpServer,
    app,
    schema,
    limits,
    auth,
    introspection,
    heavyWork,
    operations,
    options,
    ...(budgets ? { budgets } : {}),
    ...(logger ? { logger } : {}),
  });

  // Requests read through the answer cache; edits through it start a new generation, and so do
  // the changes other processes make to a shared Neo4j database, once the change feed reads them.
  const readingStore = cachingStore(subscriptions.store, answers);
  if (store.kind === 'neo4j')
    await invalidateOnEveryChange(subscriptions.feed, answers, operations.requestTimeoutMs);

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: graphqlErrorFormatter(limits),
    includeStacktraceInErrorResponses: false,
    introspection,
    // Without introspection, "did you mean" hints would still reveal the schema.
    hideSchemaDetailsFromClientErrors: !introspection,
    // `diplomap serve` stops in order on SIGTERM/SIGINT (drain, then close the store, which
    // writes the embedded store's snapshot); Apollo's own handlers would end the process first.
    stopOnTerminationSignals: false,
    ...documentLimitOptions(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: operations.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      costPlugin({
        schema,
        limits,
        graphSize: cachedGraphSize(store),
        ...(budgets ? { budgets } : {}),
      }),
      limitStatusPlugin<ApiContext>(retryAfter),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) {
                const original = error.originalError;
                if (
                  original &&
                  !(original instanceof DiplomapError) &&
                  !('extensions' in original)
                ) {
                  logger?.error({ err: original, path: error.path }, 'resolver failed');
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(requestScope(logger));
  app.use(securityHeaders());
  app.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json(health);
  });
  app.use(
    '/graphql',
    callers.identify,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const principal = await callerOf(req);
        return createContext(readingStore, limits, principal, {
          call: deadlineFor(res, principal),
          heavyWork,
          answers,
        });
      },
    }),
  );
  app.use(playgroundRouter(repoPath('schema/examples.graphql')));
  app.use(explorerRouter(repoPath('dist/explorer')));

  /** The caller, or a GraphQL error Apollo answers with 401 (wrong credentials, or none where needed). */
  async function callerOf(req: express.Request): Promise<Principal | undefined> {
    try {
      return await readerOf(req);
    } catch (error) {
      if (error instanceof DiplomapError) throw asHttpError(error, 401);
      throw error;
    }
  }

  /** The caller allowed to read: throws UNAUTHENTICATED for wrong credentials, or none where needed. */
  async function readerOf(req: express.Request): Promise<Principal | undefined> {
    const principal = await callers.principalOf(req);
    if (!principal && auth.queryAccess === 'key')
      throw unauthenticated('This server needs an API key or token for queries too.');
    return principal;
  }

  /** The same read check for plain HTTP routes (exports): 401 with a JSON error. */
  const requireReadAccess: express.RequestHandler = (req, res, next) => {
    readerOf(req).then(
      () => next(),
      (error: unknown) => {
        if (!(error instanceof DiplomapError)) return next(error);
        sendError(req, res, error.code, error.message);
      },
    );
  };

  app.use('/export', callers.identify);
  if (options.rateLimits && budgets)
    app.use('/export', requireReadAccess, chargeExports(budgets, options.rateLimits.exportCost));
  // Exports stream in pages under their own cap and queue (export-routes.ts), so a burst of them
  // neither holds the whole graph in memory nor takes the heavy-work slots GraphQL needs.
  app.use(exportRouter(store, requireReadAccess, limits));
  app.use(['/id', '/relationship'], callers.identify);
  if (budgets)
    app.use(
      ['/id', '/relationship'],
      requireReadAccess,
      chargeExports(budgets, LINKED_DATA_PAGE_COST, 'A Linked Data page'),
    );
  app.use(linkedDataRouter(store, requireReadAccess));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));

  return {
    app,
    httpServer,
    apollo,
    readAccess: requireReadAccess,
    heavyWork,
    subscriptions,
    answers,
    listen(host, port) {
      return new Promise((resolveUrl, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolveUrl(`http://${host}:${actualPort}`);
        });
      });
    },
    async stop() {
      const grace = setTimeout(() => shutdown.abort(), operations.shutdownGraceMs);
      grace.unref();
      try {
        // Subscriptions never finish on their own: closed first, clients resume with `after`.
        await subscriptions.close();
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      } finally {
        clearTimeout(grace);
        shutdown.abort();
        await heavyWork.close();
      }
    },
  };
}
