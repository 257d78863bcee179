/**
 * Vitest global setup: make sure a Neo4j is there for the Neo4j suites. With NEO4J_URI set it
 * uses that server; otherwise it starts the project's own (scripts/neo4j/neo4j.sh), reusing one
 * that is already running, and stops only what it started. If Neo4j cannot start, the run fails
 * with the reason — it never skips.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const script = resolve(import.meta.dirname, '../../scripts/neo4j/neo4j.sh');

function run(args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync('bash', [script, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

export default function setup(project: TestProject) {
  const password = process.env.NEO4J_PASSWORD ?? 'diplomap-test';
  const given = process.env.NEO4J_URI;
  const port = process.env.NEO4J_PORT ?? '7687';
  const config = {
    uri: given ?? `bolt://127.0.0.1:${port}`,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  project.provide('neo4j', config);
  if (given) return;
  // For a quick local run of other suites only; the Neo4j suites then fail, they do not skip.
  if (process.env.NEO4J_TESTS === 'off') {
    if (process.env.CI === 'true')
      throw new Error('NEO4J_TESTS=off is not allowed in CI: the Neo4j suites must run.');
    return;
  }

  const alreadyRunning = run(['status']).ok;
  if (!alreadyRunning) {
    process.stderr.write('[neo4j] starting the project Neo4j (scripts/neo4j/neo4j.sh start)…\n');
    const started = run(['start']);
    if (!started.ok) {
      throw new Error(`Neo4j could not start, so the Neo4j suites cannot run:\n${started.output}`);
    }
    process.stderr.write(`[neo4j] ${started.output.trim().split('\n').pop()}\n`);
  } else {
    process.stderr.write('[neo4j] reusing the running project Neo4j\n');
  }
  return () => {
    if (!alreadyRunning) {
      process.stderr.write('[neo4j] stopping the Neo4j this run started\n');
      run(['stop']);
    }
  };
}
