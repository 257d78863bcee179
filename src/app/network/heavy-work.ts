/**
 * The cap on heavy work (docs/operations-limits.md): at most `concurrency` heavy jobs run at once
 * (a job: one heavy field of one request, such as `communities`), each with at most one worker
 * thread for the algorithms (centrality, Louvain) so the event loop stays free for health checks
 * and cheap queries. Jobs beyond the cap wait in a bounded FIFO queue; when it is full the job is
 * refused with OVERLOADED. A job whose request is aborted stops: if waiting, it leaves the queue;
 * if in a worker, the thread is terminated.
 */
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { UndirectedGraph } from 'graphology';
import { overloaded } from '../../domain/errors.js';
import { repoPath } from '../../runtime/repo-root.js';
import type { CallOptions } from '../../store/call-options.js';
import { compactNetwork } from './compact-network.js';
import { TASK_START, type NetworkTask, type NetworkTaskResult } from './network-worker.js';
import {
  checkCentralitySize,
  type CentralityMeasure,
  type CentralityScore,
  type Community,
} from './partnership-network.js';

export interface HeavyWorkOptions {
  /** Heavy jobs running at once (and worker threads). */
  concurrency: number;
  /** Heavy jobs that may wait for a slot; beyond that, OVERLOADED. */
  queue: number;
  /** What OVERLOADED tells the client to wait, in seconds. */
  retryAfterSeconds: number;
}

/** The algorithms, run in a worker thread for one job. */
export interface NetworkCompute {
  centrality(
    graph: UndirectedGraph,
    measure: CentralityMeasure,
    maxNodes: number,
  ): Promise<CentralityScore[]>;
  communities(graph: UndirectedGraph): Promise<{ communities: Community[]; modularity: number }>;
}

interface Waiter {
  start: () => void;
  fail: (error: Error) => void;
}

export class HeavyWork {
  /**
   * Emits 'taskStart' (threadId) when a thread starts a task, and 'workerExit' (threadId) when a
   * thread ends, e.g. terminated on a deadline.
   */
  readonly events = new EventEmitter();
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private readonly pool: Piscina<NetworkTask, NetworkTaskResult>;

  constructor(readonly options: HeavyWorkOptions) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: Math.max(1, options.concurrency),
      idleTimeout: 30_000,
    });
    // Told by thread id, from the thread itself: proof that a terminated job's thread is gone.
    this.pool.on('workerCreate', (created: { id: number }) => {
      const id = created.id; // read now: an exited thread's id reads -1
      const thread = this.pool.threads.find((t) => t.threadId === id);
      thread?.once('exit', () => this.events.emit('workerExit', id));
    });
    this.pool.on('message', (message: Record<string, unknown>) => {
      if (typeof message?.[TASK_START] === 'number')
        this.events.emit('taskStart', message[TASK_START]);
    });
  }

  /** Heavy jobs running and waiting; worker threads alive, and tasks waiting for a thread. */
  stats(): { active: number; queued: number; threads: number[]; tasksWaiting: number } {
    return {
      active: this.active,
      queued: this.waiting.length,
      threads: this.pool.threads.map((t) => t.threadId),
      tasksWaiting: this.pool.queueSize,
    };
  }

  /** A request's heavy work: its jobs run one after another, each in a slot of the cap. */
  forRequest(call: CallOptions): HeavyLane {
    return new HeavyLane(this, call);
  }

  /** Runs `work` in a slot, waiting for one if needed (see the class comment). */
  async run<T>(work: (compute: NetworkCompute) => Promise<T>, call: CallOptions = {}): Promise<T> {
    await this.acquire(call.signal);
    try {
      return await work(this.compute(call.signal));
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    for (const waiter of this.waiting.splice(0)) waiter.fail(new Error('heavy work is closed'));
    await this.pool.destroy();
  }

  private acquire(signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.options.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.queue)
      return Promise.reject(
        overloaded(this.options.retryAfterSeconds, {
          running: this.active,
          queued: this.waiting.length,
        }),
      );
    return new Promise<void>((resolveStart, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal!.reason as Error);
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolveStart();
        },
        fail: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next)
      next.start(); // the slot passes on: `active` stays
    else this.active--;
  }

  private compute(signal: AbortSignal | undefined): NetworkCompute {
    const run = async (task: NetworkTask): Promise<NetworkTaskResult> => {
      try {
        return await this.pool.run(task, signal ? { signal } : {});
      } catch (error) {
        // Piscina rejects with its AbortError; the caller wants the request's own reason.
        if (signal?.aborted) throw signal.reason as Error;
        throw error;
      }
    };
    return {
      async centrality(graph, measure, maxNodes) {
        checkCentralitySize(graph, measure, maxNodes);
        const network = compactNetwork(graph);
        return (await run({ kind: 'centrality', network, measure, maxNodes })) as CentralityScore[];
      },
      async communities(graph) {
        const network = compactNetwork(graph);
        return (await run({ kind: 'communities', network })) as {
          communities: Community[];
          modularity: number;
        };
      },
    };
  }
}

/** One request's heavy jobs, in order: a request with many heavy aliases holds one slot at a time. */
export class HeavyLane {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly heavy: HeavyWork,
    private readonly call: CallOptions,
  ) {}

  run<T>(work: (compute: NetworkCompute) => Promise<T>): Promise<T> {
    const signal = this.call.signal;
    const turn = this.tail.then(() => this.heavy.run(work, this.call));
    this.tail = turn.catch(() => undefined);
    if (!signal) return turn;
    // Waiting for the request's earlier jobs ends at its deadline too.
    return new Promise<T>((resolveTurn, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      turn.then(resolveTurn, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

/** The built worker module: beside this one, or in dist/ when running from the TypeScript sources. */
function workerFile(): string {
  return builtModule('app/network/network-worker.js');
}

/**
 * A built module by its path under src/ (`app/network/network-worker.js`). Tests run the sources:
 * a worker thread needs JavaScript, so it is always the one `npm run build` made.
 */
function builtModule(path: string): string {
  return repoPath('dist/src', path);
}

/** Defaults: as many heavy jobs as cores (one worker thread each), and a queue of 16 per slot. */
export const DEFAULT_HEAVY_WORK: HeavyWorkOptions = {
  concurrency: Math.max(1, availableParallelism()),
  queue: 16 * Math.max(1, availableParallelism()),
  retryAfterSeconds: 5,
};

let shared: HeavyWork | undefined;

/** One cap for code that runs requests without a server (tests, scripts): made on first use. */
export function sharedHeavyWork(): HeavyWork {
  shared ??= new HeavyWork(DEFAULT_HEAVY_WORK);
  return shared;
}
