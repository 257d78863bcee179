/**
 * An actor's Covenant of Mayors ties beyond membership: who coordinates its commitment (a region,
 * a province, an agency) and who supports it (a network, an association), from both ends.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { RelationArgs } from '../common/connection.js';
import { relationConnection } from '../common/relations.js';
import { ActorRelationConnection, ActorType } from '../common/nodes/actor.type.js';

@Resolver(() => ActorType)
export class CommitmentResolver {
  @FieldResolver(() => ActorRelationConnection, {
    description: 'The actors whose commitment it coordinates (COORDINATES, for coordinators).',
  })
  coordinates(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['COORDINATES'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'The bodies that coordinate its commitment (COORDINATES).',
  })
  coordinatedBy(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['COORDINATES'], direction: 'IN' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'The actors whose commitment it supports (SUPPORTS, for supporters).',
  })
  supports(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['SUPPORTS'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'The networks and associations that support its commitment (SUPPORTS).',
  })
  supportedBy(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['SUPPORTS'], direction: 'IN' }, page);
  }
}
