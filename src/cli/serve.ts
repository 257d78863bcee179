/**
 * `diplomap serve`: open the store, serve GraphQL and the playground, drain on SIGTERM/SIGINT.
 * A shutdown always ends: requests in flight get SHUTDOWN_GRACE_MS, then are stopped; if the
 * drain and the store's close still have not finished a little later, the process exits anyway
 * (exit code 1); a second signal exits at once.
 */
import os from 'node:os';
import { readConfig } from '../config/config.js';
import type { AuthConfig } from '../server/auth/authenticator.js';
import { createJwtVerifier } from '../server/auth/jwt.js';
import { createServer } from '../server/create-server.js';
import { keepPartnershipIndex } from './index-keeper.js';
import { openGraph } from './open-graph.js';
import { createLogger } from './logger.js';

/** After the grace period: time for the stopped requests to unwind and the store to close. */
const FORCED_EXIT_AFTER_GRACE_MS = 5_000;

export async function serve(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  for (const warning of config.warnings) logger.warn(warning);
  const started = Date.now();
  const store = await openGraph({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    ...(config.dataDir && !config.neo4j ? { dataDir: config.dataDir } : {}),
    compactAfter: config.compactAfter,
    onOpen: ({ warnings, ...info }) => {
      for (const warning of warnings) logger.warn(warning);
      logger.info({ dataDir: config.dataDir, ...info }, 'data directory opened');
    },
  });
  if (!config.neo4j && !config.dataDir)
    logger.warn('DATA_DIR=off: edits live in memory only and are lost when the server stops');
  const counts = await store.health();
  logger.info(
    {
      store: store.kind,
      nodes: counts.nodes,
      relationships: counts.relationships,
      ms: Date.now() - started,
    },
    'store ready',
  );

  const auth: AuthConfig = {
    keys: config.auth.keys,
    queryAccess: config.auth.queryAccess,
    ...(config.auth.jwt ? { jwt: await createJwtVerifier(config.auth.jwt) } : {}),
  };
  logger.info(
    { apiKeys: auth.keys.length, jwt: auth.jwt !== undefined, queryAccess: auth.queryAccess },
    auth.keys.length === 0 && !auth.jwt ? 'no API keys or JWT configured: read-only' : 'auth ready',
  );
  const server = await createServer(store, config.limits, logger, auth, config.server);
  const url = await server.listen(config.host, config.port);
  const indexing = keepPartnershipIndex(store, logger, config.server.subscriptions.changePollMs);
  // The handlers go in before the announcement: a client that reads 'Diplomap is serving' and
  // signals at once must find them, or the default action kills the process without a drain.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(128 + (os.constants.signals[signal] ?? 15));
    }
    stopping = true;
    const graceMs = config.server.operations.shutdownGraceMs;
    logger.info({ signal, graceMs }, 'shutting down');
    // The last resort: the drain and the store's close get the grace period and a little more.
    setTimeout(() => {
      logger.error({ graceMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, graceMs + FORCED_EXIT_AFTER_GRACE_MS).unref();
    let code = 0;
    try {
      await server.stop();
      indexing.stop();
      await store.close();
      await indexing.done;
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    // The log is written asynchronously: its last lines ('shutting down') go out before the exit.
    await new Promise<void>((done) => logger.flush(() => done()));
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  logger.info(
    { url, playground: `${url}/`, graphql: `${url}/graphql`, health: `${url}/health` },
    'Diplomap is serving',
  );
  // A line for people, besides the JSON log.
  process.stderr.write(`\nDiplomap: playground at ${url}/  (GraphQL endpoint ${url}/graphql)\n\n`);
}
