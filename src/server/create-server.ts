/**
 * Builds the HTTP server — GraphQL at /graphql, the playground at /, the explorer at /explore,
 * health at /health, exports at /export/… — without listening, so tests and the CLI share it.
 * The caller owns the store and closes it.
 */
import http from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DiplomapError } from '../domain/errors.js';
import { buildDiplomapSchema } from '../graphql/build-schema.js';
import { checkCost, depthRule } from '../graphql/complexity.js';
import { createContext, type ApiContext, type ApiLimits } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import type { GraphStore } from '../store/graph-store.js';
import type { Principal } from '../edit/principal.js';
import { createAuthenticator, unauthenticated, type AuthConfig } from './auth/authenticator.js';
import { exportRouter } from './export-routes.js';
import { explorerRouter } from './explorer.js';
import { linkedDataRouter } from './linked-data-routes.js';
import { playgroundRouter } from './playground.js';

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
  /** Listens on host:port (port 0: any free port) and resolves to the URL. */
  listen(host: string, port: number): Promise<string>;
  /** Stops accepting requests and drains those in flight. */
  stop(): Promise<void>;
}

export function repoRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, here.includes('/dist/') ? '../../..' : '../..');
}

/** No keys, public queries: anyone may read, nobody may edit. */
export const READ_ONLY_AUTH: AuthConfig = { keys: [], queryAccess: 'public' };

export async function createServer(
  store: GraphStore,
  limits: ApiLimits,
  logger?: Logger,
  auth: AuthConfig = READ_ONLY_AUTH,
): Promise<DiplomapServer> {
  const authenticate = createAuthenticator(auth);
  const schema = await buildDiplomapSchema();
  const app = express();
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // `diplomap serve` stops in order on SIGTERM/SIGINT (drain, then close the store, which
    // writes the embedded store's snapshot); Apollo's own handlers would end the process first.
    stopOnTerminationSignals: false,
    validationRules: [depthRule(limits)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ document, operationName, request }) {
              try {
                checkCost(
                  schema,
                  document,
                  operationName ?? undefined,
                  request.variables ?? {},
                  limits,
                );
              } catch (error) {
                if (!(error instanceof DiplomapError)) throw error;
                // A client error: answered with 400 and the code, before anything runs.
                throw new GraphQLError(error.message, {
                  extensions: { code: error.code, ...error.details, http: { status: 400 } },
                });
              }
            },
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

  app.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json(health);
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const principal = await callerOf(req);
        return createContext(store, limits, principal);
      },
    }),
  );
  app.use(playgroundRouter(resolve(repoRoot(), 'schema/examples.graphql')));
  app.use(explorerRouter(resolve(repoRoot(), 'dist/explorer')));

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
    const principal = await authenticate(req.headers);
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
        res.status(401).json({ error: { code: error.code, message: error.message } });
      },
    );
  };

  app.use(exportRouter(store, requireReadAccess));
  app.use(linkedDataRouter(store, requireReadAccess));

  return {
    app,
    httpServer,
    apollo,
    readAccess: requireReadAccess,
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
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
