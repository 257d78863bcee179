/**
 * `subscription { changes(touching:, kinds:, after:) }`: each change once it is durable, over
 * graphql-ws (src/server/subscriptions). The stream comes from the process's change feed
 * (src/app/change-feed.ts), which the WebSocket server puts in the subscription's context.
 */
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  Resolver,
  Root,
  Subscription,
  type PubSub,
} from 'type-graphql';
import type { ChangeFeed } from '../../app/change-feed.js';
import type { ChangeRecord } from '../../domain/changes.js';
import { badInput, DiplomapError } from '../../domain/errors.js';
import type { NodeType } from '../../domain/node-types.js';
import { NodeTypeEnum } from '../common/enums.js';
import { resetLoaders, type ApiContext } from '../context.js';
import { ChangeType } from './change.type.js';

/** The most keys one subscription may watch. */
export const MAX_TOUCHING_KEYS = 1_000;

/**
 * type-graphql asks for a PubSub as soon as a schema has a subscription. Ours streams from the
 * change feed (`subscribe` below), never from topics: nothing may publish to or read from this.
 */
export const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Diplomap subscriptions have no topics: changes come from the change feed.');
  },
  subscribe() {
    throw new Error('Diplomap subscriptions have no topics: changes come from the change feed.');
  },
};

/** What a subscription's resolvers receive: a query's context and the change feed. */
export interface SubscriptionContext extends ApiContext {
  changeFeed?: ChangeFeed;
}

@ArgsType()
export class ChangeSubscriptionArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `Only changes that wrote, deleted or cut off one of these node or relationship keys (the ends of a relationship count). At most ${MAX_TOUCHING_KEYS}.`,
  })
  touching?: string[] | null;

  @Field(() => [NodeTypeEnum], {
    nullable: true,
    description:
      'Only changes that wrote or deleted a node of one of these types, or a relationship with such a node at one end.',
  })
  kinds?: NodeType[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Resume: the `seq` of the last change you received. The changes after it come first, then the new ones, each once. Without it: the changes from now on. 0: the whole log.',
  })
  after?: number | null;
}

function overHttp(): DiplomapError {
  return new DiplomapError(
    'BAD_REQUEST',
    'Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP: docs/subscriptions.md.',
  );
}

function checkArgs(args: ChangeSubscriptionArgs): void {
  if (args.after !== undefined && args.after !== null && args.after < 0)
    throw badInput(`"after" must be a change's seq (0 or more); got ${args.after}.`, {
      argument: 'after',
    });
  if (args.touching && args.touching.length > MAX_TOUCHING_KEYS)
    throw badInput(
      `"touching" lists ${args.touching.length} keys; at most ${MAX_TOUCHING_KEYS} may be watched by one subscription.`,
      { argument: 'touching', maximum: MAX_TOUCHING_KEYS },
    );
}

@Resolver()
export class ChangeSubscriptionResolver {
  @Subscription(() => ChangeType, {
    description:
      'Each change (edit or import) once it is durable, oldest first: who, when, on what source, what it wrote. Over WebSocket (graphql-ws) at /graphql; docs/subscriptions.md.',
    subscribe: ({ args, context }) => {
      const { changeFeed } = context as SubscriptionContext;
      if (!changeFeed) throw overHttp();
      const given = args as ChangeSubscriptionArgs;
      checkArgs(given);
      return changeFeed.open(
        {
          ...(given.touching ? { touching: given.touching } : {}),
          ...(given.kinds ? { kinds: given.kinds } : {}),
        },
        given.after ?? undefined,
      );
    },
  })
  changes(
    @Root() record: ChangeRecord | undefined,
    @Ctx() ctx: ApiContext,
    // Declared so the schema has the arguments; `subscribe` reads them.
    @Args(() => ChangeSubscriptionArgs) _args: ChangeSubscriptionArgs,
  ): ChangeType {
    // Over HTTP the operation is executed once, with no change to give.
    if (!record) throw overHttp();
    // A subscription keeps its context for hours: each change reads the store afresh.
    resetLoaders(ctx);
    return ChangeType.from(record);
  }
}
