/**
 * The embedded store answers on the event loop, so its long loops (every actor's partnerships,
 * every node of a filter) run in slices: after a few milliseconds of work the loop gives the event
 * loop a turn (health checks and cheap queries are answered in between) and, if the call was
 * aborted meanwhile (past its deadline, client gone), stops there with the signal's reason.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work between two turns of the event loop, at most (plus one iteration). */
export const SLICE_MS = 5;

export class TimeSlices {
  private started = performance.now();

  constructor(private readonly signal?: AbortSignal) {
    signal?.throwIfAborted();
  }

  /** Whether this slice is used up; cheap enough to ask at every iteration. */
  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** Gives the event loop a turn, then throws if the call was aborted meanwhile. */
  async next(): Promise<void> {
    await nextTurn();
    this.signal?.throwIfAborted();
    this.started = performance.now();
  }
}
