/** `diplomap serve`: open the store, serve GraphQL and the playground, drain on SIGTERM/SIGINT. */
import { readConfig } from '../server/config.js';
import type { AuthConfig } from '../server/auth/authenticator.js';
import { createJwtVerifier } from '../server/auth/jwt.js';
import { createServer } from '../server/create-server.js';
import { openStore } from '../store/open-store.js';
import { createLogger } from './logger.js';

export async function serve(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  for (const warning of config.warnings) logger.warn(warning);
  const started = Date.now();
  const store = await openStore({
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
  const server = await createServer(store, config.limits, logger, auth);
  const url = await server.listen(config.host, config.port);
  logger.info(
    { url, playground: `${url}/`, graphql: `${url}/graphql`, health: `${url}/health` },
    'Diplomap is serving',
  );
  // A line for people, besides the JSON log.
  process.stderr.write(`\nDiplomap: playground at ${url}/  (GraphQL endpoint ${url}/graphql)\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
