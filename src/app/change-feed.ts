/**
 * The change feed: every change the store has made durable, announced in seq order to every open
 * ChangeStream (change-stream.ts), one feed per process.
 *
 * It learns of changes two ways, and reads the change log for both, so it never announces what
 * the log does not hold:
 * - from this process: `watching(store)` wraps the store so that each applyChange, once resolved
 *   (the embedded store's journal is flushed; Neo4j has committed), announces its record;
 * - from other processes sharing a Neo4j database: while anyone listens, it reads the log every
 *   `pollMs` for changes past the last one it announced. One reader per process, however many
 *   subscribers.
 * The log numbers changes 1, 2, 3… in the order they were made durable (both stores), so "the
 * changes after seq n" is a question the log answers with no gap.
 */
import { changePosition, type ChangeRecord } from '../domain/changes.js';
import { DiplomapError, storeUnavailable, timedOut } from '../domain/errors.js';
import { encodeCursor, type PageRequest } from '../domain/pagination.js';
import type { CallOptions } from '../store/call-options.js';
import type { GraphStore } from '../store/graph-store.js';
import { changeFilterMatcher, touchedTypesOf, type ChangeFilter } from './change-filter.js';
import { ChangeStream } from './change-stream.js';

export interface ChangeFeedOptions {
  /** How often to read the log for changes other processes made; 0: never (the embedded store). */
  pollMs: number;
  /** The time one read of the store may take. */
  readTimeoutMs: number;
  /** Changes held for one slow subscriber before it reads them from the log instead. */
  maxQueued?: number;
  /**
   * The poller's reads of the log started failing (it tries again at each poll or change); told
   * once until a read succeeds again.
   */
  onError?: (error: unknown) => void;
}

/** Changes read from the log at a time. */
export const CHANGE_PAGE = 100;

/** Where a read of the log resumes: past the change with this seq. */
export function afterSeq(seq: number, first = CHANGE_PAGE): PageRequest {
  return seq > 0 ? { first, after: encodeCursor(changePosition({ seq })) } : { first };
}

export class ChangeFeed {
  private readonly streams = new Set<ChangeStream>();
  /** In-process listeners (the answer cache): not subscribers, but they keep the log read. */
  private readonly listeners = new Set<(record: ChangeRecord) => void>();
  /** The seq of the last change announced (or known to be in the log when the feed started). */
  private head = 0;
  private started = false;
  private starting: Promise<void> | undefined;
  private fetching = false;
  private fetchAgain = false;
  private poller: NodeJS.Timeout | undefined;
  private closed = false;
  /** Whether the last read of the log by the poller failed. */
  private failing = false;
  private readonly typesOf: ReturnType<typeof touchedTypesOf>;

  constructor(
    private readonly store: GraphStore,
    private readonly options: ChangeFeedOptions,
  ) {
    this.typesOf = touchedTypesOf(store);
  }

  /** The store, with every change it makes durable announced here. */
  watching(store: GraphStore): GraphStore {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        if (property !== 'applyChange') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<GraphStore['applyChange']>) => {
          const record = await target.applyChange(...args);
          this.announce(record);
          return record;
        };
      },
    });
  }

  /** Subscribers at the moment. */
  get size(): number {
    return this.streams.size;
  }

  /**
   * A stream of the changes after `afterSeq` that match the filter; without `afterSeq`, of the
   * changes from now on.
   */
  async open(filter: ChangeFilter, afterSeq?: number): Promise<ChangeStream> {
    if (this.closed) throw storeUnavailable('The server is shutting down.');
    if (this.streams.size === 0) await this.start();
    if (this.closed) throw storeUnavailable('The server is shutting down.');
    const matches = changeFilterMatcher(filter, this.typesOf);
    const stream = new ChangeStream(
      {
        read: (after, signal) => this.read(after, signal),
        matches: (record, signal) => this.withTimeout(signal, (o) => matches(record, o)),
        leave: (s) => this.leave(s),
      },
      afterSeq ?? this.head,
      this.options.maxQueued ?? 1_000,
    );
    this.streams.add(stream);
    this.startPolling();
    return stream;
  }

  /**
   * Calls `listener` with each change from now on, other processes' included; the log is read
   * every `pollMs` while it listens. Resolves to the function that stops listening.
   */
  async listen(listener: (record: ChangeRecord) => void): Promise<() => void> {
    if (this.closed) throw storeUnavailable('The server is shutting down.');
    if (!this.started) await this.start();
    this.listeners.add(listener);
    this.startPolling();
    return () => {
      this.listeners.delete(listener);
      this.stopPollingIfUnheard();
    };
  }

  /** Whether the feed was closed (the server is shutting down). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Ends every stream and stops reading the log. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.stopPolling();
    for (const stream of [...this.streams]) stream.end();
  }

  /** A change this process made durable. */
  private announce(record: ChangeRecord): void {
    if (!this.started || this.closed) return;
    if (!this.fetching && record.seq === this.head + 1) this.deliver(record);
    else this.fetchNew(); // another process's changes came first, or a read is under way
  }

  private deliver(record: ChangeRecord): void {
    if (record.seq <= this.head) return;
    this.head = record.seq;
    for (const stream of this.streams) stream.push(record);
    for (const listener of this.listeners) listener(record);
  }

  /** Before the first subscriber (again): where the log ends now. */
  private start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        this.head = Math.max(this.head, await this.withTimeout(undefined, (o) => this.last(o)));
        this.started = true;
      } finally {
        this.starting = undefined;
      }
    })();
    return this.starting;
  }

  /** The seq of the last change in the log. Seqs run 1, 2, 3…, so the last is at least the count. */
  private async last(options: CallOptions): Promise<number> {
    const { totalCount } = await this.store.listChanges({}, { first: 0 }, options);
    let seq = Math.max(0, totalCount - 1);
    for (;;) {
      const page = await this.store.listChanges({}, afterSeq(seq), options);
      const last = page.items.at(-1);
      if (last) seq = last.value.seq;
      if (!page.hasNextPage) return seq;
    }
  }

  /** Reads the changes past the last one announced and announces them, one read at a time. */
  private fetchNew(): void {
    if (!this.started || this.closed) return;
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    this.fetching = true;
    // Cannot reject: the body catches every error and reports it through onError.
    void (async () => {
      try {
        do {
          this.fetchAgain = false;
          let more = true;
          while (more && !this.closed) {
            const { records, more: rest } = await this.read(this.head, undefined);
            for (const record of records) this.deliver(record);
            more = rest;
          }
        } while (this.fetchAgain && !this.closed);
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.options.onError?.(error);
        this.failing = true;
      } finally {
        this.fetching = false;
      }
    })();
  }

  private read(after: number, signal: AbortSignal | undefined) {
    return this.withTimeout(signal, async (options) => {
      const page = await this.store.listChanges({}, afterSeq(after), options);
      return { records: page.items.map((item) => item.value), more: page.hasNextPage };
    });
  }

  private leave(stream: ChangeStream): void {
    this.streams.delete(stream);
    this.stopPollingIfUnheard();
  }

  private startPolling(): void {
    if (this.options.pollMs > 0 && !this.poller) {
      this.poller = setInterval(() => this.fetchNew(), this.options.pollMs);
      this.poller.unref();
    }
  }

  private stopPollingIfUnheard(): void {
    if (this.streams.size === 0 && this.listeners.size === 0) this.stopPolling();
  }

  private stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
  }

  /** Runs one store call with the read deadline, stopped early when `signal` aborts. */
  private async withTimeout<T>(
    signal: AbortSignal | undefined,
    call: (options: CallOptions) => Promise<T>,
  ): Promise<T> {
    const limitMs = this.options.readTimeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timedOut(limitMs)), limitMs);
    const onAbort = () =>
      controller.abort(new DiplomapError('TIMEOUT', 'The subscription ended before the read.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await call({ signal: controller.signal, deadline: Date.now() + limitMs });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
