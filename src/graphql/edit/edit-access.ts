/** What every edit resolver checks first: the caller's role; and how GraphQL input reaches the Curator. */
import { DiplomapError } from '../../domain/errors.js';
import { roleAllows, type Principal, type Role } from '../../edit/principal.js';
import type { ApiContext } from '../context.js';

/** Refuses callers without the role: UNAUTHENTICATED when anonymous, FORBIDDEN when too weak. */
export function requireRole(ctx: ApiContext, role: Role): Principal {
  const principal = ctx.principal;
  if (!principal) {
    throw new DiplomapError(
      'UNAUTHENTICATED',
      `This needs the ${role} role: send an API key or token (Authorization: Bearer …).`,
    );
  }
  if (!roleAllows(principal.role, role)) {
    throw new DiplomapError(
      'FORBIDDEN',
      `This needs the ${role} role; ${principal.id} has the ${principal.role} role.`,
      { needed: role, role: principal.role },
    );
  }
  return principal;
}

/** GraphQL nulls mean "not given": the Curator's schemas see only the fields set. */
export function given(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}
