/**
 * Where the tests' Neo4j servers live: never the database the README starts with
 * `npm run neo4j:start` (NEO4J_PORT 7687, home .neo4j), which the tests must leave as they found
 * it. The shared test server is on TEST_NEO4J_PORT (7688) with its home in .neo4j-test/server;
 * the suites that stop and start a server of their own get their own port and home beside it.
 * Every server shares the jars of .neo4j/lib (NEO4J_LIB_DIR), fetched once.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/runtime/repo-root.js';

export const repo = repoRoot();
export const neo4jScript = resolve(repo, 'scripts/neo4j/neo4j.sh');

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** A Neo4j of the tests' own, as scripts/neo4j/neo4j.sh runs it. */
export interface TestServer {
  port: string;
  homeDir: string;
  password: string;
}

/**
 * The shared test server. TEST_NEO4J_URI (with TEST_NEO4J_USERNAME, _PASSWORD, _DATABASE) names
 * a server to use instead — one that only tests write to. NEO4J_URI and NEO4J_PORT are the
 * user's and are never read here.
 */
export function sharedTestServer(env: NodeJS.ProcessEnv = process.env): {
  server: TestServer;
  target: Neo4jTarget;
  external: boolean;
} {
  const server: TestServer = {
    port: env.TEST_NEO4J_PORT ?? '7688',
    homeDir: resolve(repo, env.TEST_NEO4J_HOME_DIR ?? '.neo4j-test/server'),
    password: env.TEST_NEO4J_PASSWORD ?? 'diplomap-test',
  };
  const external = Boolean(env.TEST_NEO4J_URI);
  return {
    server,
    external,
    target: {
      uri: env.TEST_NEO4J_URI || `bolt://127.0.0.1:${server.port}`,
      username: env.TEST_NEO4J_USERNAME ?? 'neo4j',
      password: server.password,
      database: env.TEST_NEO4J_DATABASE ?? 'neo4j',
    },
  };
}

/** The home of a suite's dedicated server (bulk load, restart, the user's database). */
export const dedicatedHome = (name: string) => resolve(repo, '.neo4j-test', name);

/**
 * The environment for neo4j.sh to run `server`: its port, home and password, the shared jars,
 * and the script's default memory settings (not the user's NEO4J_HEAP & co.).
 */
export function serverEnv(server: TestServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NEO4J_HEAP', 'NEO4J_PAGECACHE', 'NEO4J_TX_MEMORY', 'NEO4J_JAVA_OPTS'])
    delete env[name];
  return {
    ...env,
    NEO4J_PORT: server.port,
    NEO4J_HOME_DIR: server.homeDir,
    NEO4J_LIB_DIR: process.env.NEO4J_LIB_DIR ?? resolve(repo, '.neo4j/lib'),
    NEO4J_PASSWORD: server.password,
    ...extra,
  };
}

/** Runs `neo4j.sh <command…>` for `server`, asynchronously (servers keep serving meanwhile). */
export function neo4jCommand(server: TestServer, args: string[], extra: NodeJS.ProcessEnv = {}) {
  return promisify(execFile)('bash', [neo4jScript, ...args], { env: serverEnv(server, extra) });
}
