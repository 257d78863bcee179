/**
 * Fairness for heavy work: at most `maxRunning` at once, up to `maxWaiting` more wait their turn
 * in arrival order, and beyond that the caller is told at once to come back later (503). A waiter
 * whose client goes away leaves the queue.
 */
export type Release = () => void;

export class WorkQueue {
  private running = 0;
  private readonly waiting: { start: () => void; signal: AbortSignal }[] = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
  ) {}

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * A turn: resolves with the function that ends it once the work may start, or with undefined
   * at once when the queue is full. Rejects with the signal's reason if aborted while waiting.
   */
  enter(signal: AbortSignal): Promise<Release | undefined> {
    signal.throwIfAborted();
    if (this.running < this.maxRunning) return Promise.resolve(this.start());
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const waiter = {
        signal,
        start: () => {
          signal.removeEventListener('abort', leave);
          resolve(this.start());
        },
      };
      const leave = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        // An abort reason is an Error here (a DiplomapError, or the DOMException of abort()).
        reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
      };
      signal.addEventListener('abort', leave, { once: true });
      this.waiting.push(waiter);
    });
  }

  private start(): Release {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.start();
    };
  }
}
