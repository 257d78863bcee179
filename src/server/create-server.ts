/**
 * Builds the HTTP server — GraphQL at /graphql, the playground at /, the explorer at /explore,
 * health at /health — without listening, so tests and the CLI share it. The caller owns the
 * store and closes it.
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
import { explorerRouter } from './explorer.js';
import { playgroundRouter } from './playground.js';

export interface DiplomapServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<ApiContext>;
  /** Listens on host:port (port 0: any free port) and resolves to the URL. */
  listen(host: string, port: number): Promise<string>;
  /** Stops accepting requests and drains those in flight. */
  stop(): Promise<void>;
}

export function repoRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, here.includes('/dist/') ? '../../..' : '../..');
}

export async function createServer(
  store: GraphStore,
  limits: ApiLimits,
  logger?: Logger,
): Promise<DiplomapServer> {
  const schema = await buildDiplomapSchema();
  const app = express();
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
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
    expressMiddleware(apollo, { context: async () => createContext(store, limits) }),
  );
  app.use(playgroundRouter(resolve(repoRoot(), 'schema/examples.graphql')));
  app.use(explorerRouter(resolve(repoRoot(), 'dist/explorer')));

  return {
    app,
    httpServer,
    apollo,
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
