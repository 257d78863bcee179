/** Agreements and their parties and topics. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ActorRelationConnection } from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { WorkFilter } from '../common/filters.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import { AgreementConnection, AgreementType } from '../common/nodes/agreement.type.js';

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => AgreementConnection, {
    description: 'Agreements, filtered by their parties’ place, their topics and name.',
  })
  agreements(
    @Arg('filter', () => WorkFilter, { nullable: true }) filter: WorkFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<AgreementType>(ctx, ['Agreement'], filter, orderBy, page);
  }

  @Query(() => AgreementType, { description: 'One agreement; NOT_FOUND when unknown.' })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AgreementType> {
    return getTyped<AgreementType>(ctx, checkKey(id), ['Agreement'], 'agreement');
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'The parties, with their role (SIGNATORY, PROMOTER…).',
  })
  parties(
    @Root() agreement: AgreementType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, agreement.key, { types: ['PARTY_TO'], direction: 'IN' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Themes and SDGs it addresses.' })
  addresses(
    @Root() agreement: AgreementType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, agreement.key, { types: ['ADDRESSES'], direction: 'OUT' }, page);
  }
}
