/**
 * Plain HTTP routes that are heavy work (the exports) take a slot of the server's heavy-work cap
 * for as long as their response is open, so a burst of exports queues (or is refused with 503
 * OVERLOADED) instead of running all at once. The wait for a slot ends at the request's deadline
 * (504 TIMEOUT); the export itself, once started, runs to its end.
 */
import type express from 'express';
import type { HeavyWork } from '../store/network/heavy-work.js';
import { sendLimitError } from './limit-errors.js';

export function heavyRoute(
  heavyWork: HeavyWork,
  deadlineOf: (req: express.Request, res: express.Response) => AbortSignal,
  retryAfterSeconds: number,
): express.RequestHandler {
  return (req, res, next) => {
    const signal = deadlineOf(req, res);
    const done = new Promise<void>((resolve) => res.once('close', () => resolve()));
    heavyWork
      .run(
        async () => {
          next();
          await done;
        },
        { signal },
      )
      .catch((error: unknown) => {
        if (res.headersSent) return;
        if (!sendLimitError(res, error, retryAfterSeconds)) next(error);
      });
  };
}
