/**
 * What the server knows about the request being answered, wherever it is in the code: its id,
 * who is calling, what it cost and which error it got. Kept in AsyncLocalStorage so error
 * formatting and the access log see the same request without threading it through every call.
 * Each request ends with exactly one access-log line.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import type express from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../edit/principal.js';

/** Who is calling, for budgets and logs. */
export interface Client {
  /** The budget key: the principal's id, or the IP address. */
  key: string;
  authenticated: boolean;
  /** For logs: a hash of the principal's id (a JWT subject may name a person), or the IP. */
  logId: string;
}

export interface RequestScope {
  requestId: string;
  startedAt: number;
  client?: Client;
  /** The estimated cost, when one was computed. */
  cost?: number;
  /** The first error code of the answer, when there was one. */
  errorCode?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Records the answer's error code on the request (the first one wins). */
export function noteErrorCode(code: string | undefined): void {
  const scope = storage.getStore();
  if (scope && code && !scope.errorCode) scope.errorCode = code;
}

export function clientOf(req: express.Request, principal: Principal | undefined): Client {
  return clientFor(req.ip ?? req.socket.remoteAddress ?? 'unknown', principal);
}

/** The client calling from `ip` with these credentials (HTTP and WebSocket alike). */
export function clientFor(ip: string, principal: Principal | undefined): Client {
  if (principal) {
    const hash = createHash('sha256').update(principal.id).digest('hex').slice(0, 16);
    return {
      key: principal.id,
      authenticated: true,
      logId: `${principal.id.split(':')[0]}:${hash}`,
    };
  }
  return { key: `ip:${ip}`, authenticated: false, logId: `ip:${ip}` };
}

/** An incoming id is kept when it is short and plain; anything else gets a fresh one. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives the request its id (the client's `X-Request-Id` when sane, else a UUID), returns it in
 * `X-Request-Id`, runs the rest of the request in its scope and logs one line when it ends.
 */
export function requestScope(logger: Logger | undefined): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const scope: RequestScope = {
      requestId: incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
      startedAt: performance.now(),
    };
    res.setHeader('X-Request-Id', scope.requestId);
    let logged = false;
    const log = () => {
      if (logged || !logger) return;
      logged = true;
      const status = res.headersSent ? res.statusCode : 499; // 499: the client went away first
      const line = {
        requestId: scope.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status,
        ms: Math.round((performance.now() - scope.startedAt) * 10) / 10,
        client: (scope.client ?? clientOf(req, undefined)).logId,
        ...(scope.cost !== undefined ? { cost: scope.cost } : {}),
        ...(scope.errorCode ? { code: scope.errorCode } : {}),
      };
      if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', log);
    res.once('close', log);
    storage.run(scope, next);
  };
}
