/**
 * The four ways the benchmark asks a question: raw Cypher through neo4j-driver in this process
 * (the floor), and three servers over HTTP on loopback, each in a child process (server-child.ts):
 * Diplomap on Neo4j, the Neo4j GraphQL Library on the same Neo4j, Diplomap on the embedded store.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { repoPath } from '../src/runtime/repo-root.js';
import { loadStatements } from '../src/store/neo4j/cypher-registry.js';
import { BENCH_CYPHER_FILES, type CypherName, type Question } from './question.js';
import type { ChildMessage, ChildRequest, ServerMode } from './server-child.js';

export type RunnerId = 'raw' | 'diplomap' | 'peer' | 'memory';

/** An answer that came back as an error: its kind (status and code) for the throughput tally. */
export class AnswerError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RunnerStats {
  roundTrips: number;
  /** Diplomap only: store calls and their milliseconds, by GraphStore method. */
  byMethod?: Record<string, { calls: number; ms: number }>;
  peakRss?: number;
  peakHeapUsed?: number;
}

export interface Runner {
  id: RunnerId;
  label: string;
  /** Asks and returns the canonical answer; throws on any error in the answer. */
  ask(question: Question): Promise<unknown>;
  /** Round trips since the last reset, and the server's peak memory. */
  stats(): Promise<RunnerStats>;
  reset(): Promise<void>;
  close(): Promise<void>;
  /** How long the server took to start (the embedded store: building it from the graph). */
  startMs?: number;
  rssAtStart?: number;
  heapAtStart?: number;
}

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export class RawCypherRunner implements Runner {
  readonly id = 'raw' as const;
  readonly label = 'raw Cypher';
  private readonly driver: Driver;
  private readonly statements: Readonly<Record<CypherName, string>>;
  private sessions = 0;

  constructor(private readonly target: Neo4jTarget) {
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      disableLosslessIntegers: true,
      userAgent: 'diplomap-bench-raw',
    });
    this.statements = loadStatements(BENCH_CYPHER_FILES);
  }

  async ask(question: Question): Promise<unknown> {
    this.sessions++;
    const session = this.driver.session({ database: this.target.database });
    try {
      const records = await session.executeRead(
        async (tx) =>
          (await tx.run(this.statements[question.cypher.file], { query: question.cypher.params }))
            .records,
      );
      return question.fromCypher(records.map((r) => r.toObject()));
    } finally {
      await session.close();
    }
  }

  async stats(): Promise<RunnerStats> {
    const m = process.memoryUsage();
    return { roundTrips: this.sessions, peakRss: m.rss, peakHeapUsed: m.heapUsed };
  }

  async reset(): Promise<void> {
    this.sessions = 0;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** The compiled child, whether this module runs from dist/bench or (under vitest) from bench/. */
function childScript(): string {
  const compiled = repoPath('dist/bench/server-child.js');
  if (!existsSync(compiled))
    throw new Error(`${compiled} is missing: run \`npm run build\` first (npm run bench does).`);
  return compiled;
}

export class HttpRunner implements Runner {
  startMs?: number;
  /** The embedded store's partnership index, built after it opened. */
  indexMs?: number;
  rssAtStart?: number;
  heapAtStart?: number;
  private endpoint = '';
  private waiting: ((message: ChildMessage) => void) | undefined;

  private constructor(
    readonly id: RunnerId,
    readonly label: string,
    private readonly mode: ServerMode,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: ChildMessage) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.(message);
    });
  }

  static async start(
    id: RunnerId,
    label: string,
    mode: ServerMode,
    request: Omit<ChildRequest, 'mode'>,
    options: { maxOldSpaceMb: number },
  ): Promise<HttpRunner> {
    const child = fork(childScript(), [], {
      execArgv: [`--max-old-space-size=${options.maxOldSpaceMb}`],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    const runner = new HttpRunner(id, label, mode, child);
    const ready = await runner.call({ type: 'start', mode, ...request });
    if (ready.type !== 'ready') {
      child.kill('SIGTERM');
      throw new Error(
        `${label} did not start: ${ready.type === 'error' ? ready.message : ready.type}`,
      );
    }
    runner.endpoint = mode === 'peer' ? ready.url : `${ready.url}/graphql`;
    runner.startMs = ready.startMs;
    if (ready.indexMs !== undefined) runner.indexMs = ready.indexMs;
    runner.rssAtStart = ready.rss;
    runner.heapAtStart = ready.heapUsed;
    return runner;
  }

  private call(message: Record<string, unknown>): Promise<ChildMessage> {
    return new Promise((resolveMessage, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`${this.label} (${this.mode}) exited with code ${code}`));
      this.child.once('exit', onExit);
      this.waiting = (reply) => {
        this.child.off('exit', onExit);
        resolveMessage(reply);
      };
      this.child.send(message);
    });
  }

  async ask(question: Question): Promise<unknown> {
    const request = this.id === 'peer' ? question.peer : question.diplomap;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: unknown } }[];
    };
    if (body.errors?.length || !response.ok) {
      const code = body.errors?.find((e) => typeof e.extensions?.code === 'string')?.extensions
        ?.code as string | undefined;
      throw new AnswerError(
        `HTTP ${response.status}${code ? ` ${code}` : ''}`,
        `${this.label}, ${question.name}: HTTP ${response.status} ${body.errors?.map((e) => e.message).join('; ') ?? ''}`,
      );
    }
    return this.id === 'peer' ? question.fromPeer(body.data) : question.fromDiplomap(body.data);
  }

  async stats(): Promise<RunnerStats> {
    const reply = await this.call({ type: 'stats' });
    if (reply.type !== 'stats') throw new Error(`${this.label}: no stats`);
    return {
      roundTrips: reply.roundTrips,
      ...(reply.byMethod ? { byMethod: reply.byMethod } : {}),
      peakRss: reply.peakRss,
      peakHeapUsed: reply.peakHeapUsed,
    };
  }

  /** Acknowledged, so no request of the next measurement is counted before it. */
  async reset(): Promise<void> {
    await this.call({ type: 'reset' });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    // Apollo Server drains on SIGTERM; a child still busy with a long answer is killed after 10 s
    // (it holds nothing that needs a clean stop).
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
