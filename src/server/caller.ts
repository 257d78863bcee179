/**
 * Who is calling, worked out once per request: budgets, logs and the access rule all ask, and a
 * JWT is verified only once. Wrong credentials leave the caller anonymous here (its budget is its
 * IP address's); the access rule refuses them later with UNAUTHENTICATED.
 */
import type express from 'express';
import type { Principal } from '../edit/principal.js';
import type { Authenticate } from './auth/authenticator.js';
import { clientOf, currentScope } from './request-scope.js';

export interface CallerResolver {
  /** The request's principal (undefined when anonymous); rejects as the authenticator does. */
  principalOf(req: express.Request): Promise<Principal | undefined>;
  /** Middleware: puts the caller on the request scope, for budgets and the access log. */
  identify: express.RequestHandler;
}

export function callerResolver(authenticate: Authenticate): CallerResolver {
  const known = new WeakMap<express.Request, Promise<Principal | undefined>>();
  const principalOf = (req: express.Request) => {
    let principal = known.get(req);
    if (!principal) {
      principal = authenticate(req.headers);
      known.set(req, principal);
    }
    return principal;
  };
  return {
    principalOf,
    identify(req, _res, next) {
      principalOf(req)
        .catch(() => undefined)
        .then((principal) => {
          const scope = currentScope();
          if (scope) scope.client = clientOf(req, principal);
          next();
        }, next);
    },
  };
}
