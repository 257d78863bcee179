/**
 * Vitest global setup: make sure the tests' own Neo4j is there for the Neo4j suites. It starts the
 * shared test server (TEST_NEO4J_PORT, default 7688, home .neo4j-test/server: see
 * test/support/test-neo4j.ts) with scripts/neo4j/neo4j.sh, reusing one that is already running,
 * and stops only what it started. The user's Neo4j (NEO4J_URI, NEO4J_PORT, .neo4j) is never
 * touched: the suites clear the database they are given. TEST_NEO4J_URI names another server
 * for the tests instead. If Neo4j cannot start, the run fails with the reason — it never skips.
 */
import type { TestProject } from 'vitest/node';
import { neo4jCommand, sharedTestServer, type Neo4jTarget } from '../support/test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

async function run(args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await neo4jCommand(sharedTestServer().server, args);
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

export default async function setup(project: TestProject) {
  const { server, target, external } = sharedTestServer();
  project.provide('neo4j', target);
  if (external) return;
  // For a quick local run of other suites only; the Neo4j suites then fail, they do not skip.
  if (process.env.NEO4J_TESTS === 'off') {
    if (process.env.CI === 'true')
      throw new Error('NEO4J_TESTS=off is not allowed in CI: the Neo4j suites must run.');
    return;
  }

  const alreadyRunning = (await run(['status'])).ok;
  if (!alreadyRunning) {
    process.stderr.write(
      `[neo4j] starting the tests' Neo4j on port ${server.port} (home ${server.homeDir})…\n`,
    );
    const started = await run(['start']);
    if (!started.ok) {
      throw new Error(`Neo4j could not start, so the Neo4j suites cannot run:\n${started.output}`);
    }
    process.stderr.write(`[neo4j] ${started.output.trim().split('\n').pop()}\n`);
  } else {
    process.stderr.write(`[neo4j] reusing the tests' running Neo4j on port ${server.port}\n`);
  }
  return async () => {
    if (!alreadyRunning) {
      process.stderr.write("[neo4j] stopping the tests' Neo4j this run started\n");
      await run(['stop']);
    }
  };
}
