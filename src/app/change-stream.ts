/**
 * One subscriber's view of the change feed: the changes after its cursor, in order, each once.
 *
 * It first reads what it missed from the change log (the catch-up), then gives what the feed
 * announces. It joins the feed before its first read, so a change made durable while it catches
 * up is both in the log and announced: the cursor (the last seq given) drops the second copy, and
 * nothing falls between the two. A subscriber that reads slower than changes arrive does not hold
 * them all: past `maxQueued` it drops what it holds and reads them again from the log.
 */
import type { ChangeRecord } from '../domain/changes.js';

export interface ChangeSource {
  /** The next changes after `seq` in the log, oldest first; `more` when the log holds more. */
  read(afterSeq: number, signal: AbortSignal): Promise<{ records: ChangeRecord[]; more: boolean }>;
  /** Whether the subscriber asked for this change (its filter). */
  matches(record: ChangeRecord, signal: AbortSignal): Promise<boolean>;
  /** The stream has ended: stop announcing changes to it. */
  leave(stream: ChangeStream): void;
}

export class ChangeStream implements AsyncIterableIterator<ChangeRecord> {
  /** The seq of the last change given (or skipped by the filter). */
  private cursor: number;
  /** Changes read from the log, not given yet. */
  private page: ChangeRecord[] = [];
  /** Changes the feed announced, not given yet. */
  private live: ChangeRecord[] = [];
  private catchingUp = true;
  /** Set when the live queue overflowed during a read of the log: read once more. */
  private readAgain = false;
  private ended = false;
  private wake: (() => void) | undefined;
  private readonly stop = new AbortController();

  constructor(
    private readonly source: ChangeSource,
    afterSeq: number,
    private readonly maxQueued: number,
  ) {
    this.cursor = afterSeq;
  }

  /** The seq of the last change this stream has passed. */
  get position(): number {
    return this.cursor;
  }

  /** Called by the feed with each change made durable, in seq order. */
  push(record: ChangeRecord): void {
    if (this.ended || record.seq <= this.cursor) return;
    if (this.live.length >= this.maxQueued) {
      // Too far behind: what it held is in the log, read it from there when its turn comes.
      this.live = [];
      this.catchingUp = true;
      this.readAgain = true;
    } else this.live.push(record);
    this.wake?.();
  }

  async next(): Promise<IteratorResult<ChangeRecord>> {
    try {
      while (!this.ended) {
        const record = await this.take();
        if (!record || record.seq <= this.cursor) continue;
        this.cursor = record.seq;
        if (await this.source.matches(record, this.stop.signal))
          return { value: record, done: false };
      }
    } catch (error) {
      if (!this.ended) {
        this.end();
        throw error;
      }
    }
    return { value: undefined, done: true };
  }

  /** The next change in order, or undefined when there is none yet (the caller asks again). */
  private async take(): Promise<ChangeRecord | undefined> {
    if (this.page.length > 0) return this.page.shift();
    if (this.catchingUp) {
      this.readAgain = false;
      const { records, more } = await this.source.read(this.cursor, this.stop.signal);
      this.page = records;
      if (!more && !this.readAgain) this.catchingUp = false;
      return undefined;
    }
    if (this.live.length > 0) return this.live.shift();
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    return undefined;
  }

  /** Ends the stream at once, even while it waits for a change or reads the log. */
  async return(): Promise<IteratorResult<ChangeRecord>> {
    this.end();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<ChangeRecord>> {
    this.end();
    throw error;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.page = [];
    this.live = [];
    this.stop.abort();
    this.wake?.();
    this.source.leave(this);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
