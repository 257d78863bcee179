/**
 * The tests leave the user's Neo4j exactly as they found it. A "user's database" is started by the
 * project's script with the documented settings (`npm run neo4j:start`: user neo4j, password
 * diplomap-test) — on a free port and a home of its own here, so it cannot collide with a real
 * one — and holds a small graph. Then a Neo4j suite that clears and rewrites its database runs in
 * a child vitest, as a user would run `npm test` after following docs/operations.md, "Neo4j":
 * with NEO4J_URI, NEO4J_PORT and NEO4J_HOME_DIR naming that database. The user's database must
 * keep every node and relationship; the suite must have run (on the tests' own server).
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import {
  dedicatedHome,
  neo4jCommand,
  repo,
  sharedTestServer,
  type TestServer,
} from '../support/test-neo4j.js';
import { fixtureGraph } from './fixture.js';

// A suite that clears its database and writes to it.
const SUITE = 'test/contract/neo4j-edge-pages.test.ts';

function freePort(): Promise<string> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(String(typeof address === 'object' && address ? address.port : 0)));
    });
  });
}

/** Counted in Cypher, not through the store under test. */
async function counts(uri: string, password: string) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    return {
      nodes: records[0]!.get('nodes') as number,
      relationships: records[0]!.get('relationships') as number,
    };
  } finally {
    await driver.close();
  }
}

function runSuite(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('npx', ['vitest', 'run', SUITE, '--reporter=dot'], { cwd: repo, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

describe("the user's Neo4j after a Neo4j suite has run", () => {
  let user: TestServer;
  let uri: string;
  let before: { nodes: number; relationships: number };

  beforeAll(async () => {
    user = { port: await freePort(), homeDir: dedicatedHome('user-db'), password: 'diplomap-test' };
    uri = `bolt://127.0.0.1:${user.port}`;
    rmSync(user.homeDir, { recursive: true, force: true });
    await neo4jCommand(user, ['start']);
    const store = await Neo4jStore.connect({ uri, username: 'neo4j', password: user.password });
    await store.upsert(fixtureGraph());
    await store.close();
    before = await counts(uri, user.password);
  }, 240_000);

  afterAll(async () => {
    if (user) {
      await neo4jCommand(user, ['stop']);
      rmSync(user.homeDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps every node and relationship', async () => {
    expect(before.nodes).toBeGreaterThan(0);
    expect(before.relationships).toBeGreaterThan(0);
    // The documented settings for the user's database, exported as a user following it would.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_PORT: user.port,
      NEO4J_HOME_DIR: user.homeDir,
      NEO4J_PASSWORD: user.password,
    };
    for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
    const suite = await runSuite(env);
    expect(suite.output).not.toContain(uri);
    expect(suite.code, suite.output).toBe(0);
    expect(await counts(uri, user.password)).toEqual(before);
  }, 300_000);

  it("is never the tests' own server by default", () => {
    // What `npm run neo4j:start` starts (scripts/neo4j/neo4j.sh's defaults) and what the tests use differ.
    const { server } = sharedTestServer({});
    const script = readFileSync(`${repo}/scripts/neo4j/neo4j.sh`, 'utf8');
    const readmePort = /PORT="\$\{NEO4J_PORT:-(\d+)\}"/.exec(script)?.[1];
    const readmeHome = /HOME_DIR="\$\(abs "\$\{NEO4J_HOME_DIR:-\$REPO_DIR\/([^}]+)\}"\)"/.exec(
      script,
    )?.[1];
    expect(readmePort).toBe('7687');
    expect(readmeHome).toBe('.neo4j');
    expect(server.port).not.toBe(readmePort);
    expect(server.homeDir).not.toBe(`${repo}/${readmeHome}`);
  });
});
