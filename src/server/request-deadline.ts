/**
 * Every request's deadline (docs/operations-limits.md): from when its context is made, a timer
 * aborts the request's signal with TIMEOUT naming the limit. The signal also aborts when the
 * client goes away before its answer (nobody is left to answer) and when the server shuts down
 * past its grace period. The store calls and heavy jobs of the request carry the signal and stop.
 */
import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { DiplomapError, timedOut } from '../domain/errors.js';
import type { CallOptions } from '../store/call-options.js';

export function startDeadline(
  res: ServerResponse,
  limitMs: number,
  shutdown: AbortSignal,
): CallOptions {
  const controller = new AbortController();
  // Every store call of the request listens to its signal (a thousand aliases: a thousand).
  setMaxListeners(0, controller.signal);
  const abort = (reason: Error) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const timer = setTimeout(() => abort(timedOut(limitMs)), limitMs);
  timer.unref();
  const onShutdown = () =>
    abort(
      new DiplomapError('TIMEOUT', 'The server is shutting down; the request was stopped.', {
        shuttingDown: true,
      }),
    );
  if (shutdown.aborted) onShutdown();
  else shutdown.addEventListener('abort', onShutdown, { once: true });
  res.once('close', () => {
    clearTimeout(timer);
    shutdown.removeEventListener('abort', onShutdown);
    if (!res.writableFinished)
      abort(new DiplomapError('TIMEOUT', 'The client went away before its answer.'));
  });
  return { signal: controller.signal, deadline: Date.now() + limitMs };
}
