/**
 * What every read of the store (GraphStore) may be given besides its question: the request's
 * signal and deadline. A store stops the work of an aborted call (the embedded store between
 * slices of its loops, Neo4j by its transaction timeout and by closing the session) and rejects
 * with the signal's reason, which is the error the API answers with (TIMEOUT).
 */
export interface CallOptions {
  /** Aborted when the request is past its deadline or abandoned; `reason` says why. */
  signal?: AbortSignal;
  /** When the request's time is up, in `Date.now()` milliseconds: Neo4j gives each transaction what is left. */
  deadline?: number;
}

/** Throws the signal's reason when the call is aborted already: no work starts for a dead request. */
export function throwIfAborted(options: CallOptions | undefined): void {
  options?.signal?.throwIfAborted();
}

/** Milliseconds left before the deadline (at least 1), or undefined without one. */
export function timeLeft(options: CallOptions | undefined): number | undefined {
  if (options?.deadline === undefined) return undefined;
  return Math.max(1, Math.ceil(options.deadline - Date.now()));
}

/**
 * Settles as `work` does, or rejects with the signal's reason as soon as it aborts, whichever
 * comes first: the caller is answered at the deadline even if the work is slow to notice.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined); // its own failure no longer matters
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    // Settles with the work's own value or reason, forwarded unchanged, once the listener is gone.
    work.finally(() => signal.removeEventListener('abort', onAbort)).then(resolve, reject);
  });
}
