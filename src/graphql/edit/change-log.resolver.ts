/** The change log: every edit and import, who made it, when and on what source. */
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { DiplomapError } from '../../domain/errors.js';
import { PageArgs } from '../common/connection.js';
import { pageRequest, toConnection } from '../common/paging.js';
import type { ApiContext } from '../context.js';
import { ChangeConnection, ChangeType } from './change.type.js';

@ArgsType()
class ChangesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only changes at or after this instant (ISO 8601: 2026-11-23 or 2026-11-23T10:00:00Z).',
  })
  since?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes by this principal (`key:alice`).',
  })
  by?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes that wrote or deleted this node or relationship key.',
  })
  touching?: string;
}

@Resolver()
export class ChangeLogResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change log, oldest first: every edit and import, who made it, when and on what source.',
  })
  async changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: ApiContext) {
    const since =
      args.since === undefined || args.since === null ? undefined : parseInstant(args.since);
    const page = await ctx.store.listChanges(
      {
        ...(since ? { since } : {}),
        ...(args.by ? { by: args.by } : {}),
        ...(args.touching ? { touching: args.touching } : {}),
      },
      pageRequest(args, ctx.limits),
    );
    return toConnection(page, ChangeType.from);
  }
}

function parseInstant(text: string): string {
  const trimmed = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? new Date(trimmed) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new DiplomapError(
      'BAD_USER_INPUT',
      `"since" must be an ISO 8601 date or instant (2026-11-23, 2026-11-23T10:00:00Z); got "${text}".`,
      { argument: 'since' },
    );
  }
  return date.toISOString();
}
