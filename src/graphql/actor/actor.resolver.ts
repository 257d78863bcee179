/** Actor lists and an actor's relationships: place, memberships, agreements, projects, twins, partners. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ACTOR_KINDS, type ActorKind } from '../../domain/node-types.js';
import type { ApiContext } from '../context.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { firstRelated, relationConnection } from '../common/relations.js';
import { AgreementRelationConnection } from '../common/nodes/agreement.type.js';
import { CountryType } from '../common/nodes/place.types.js';
import { ProjectRelationConnection } from '../common/nodes/project.type.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import { ActorFilter } from './actor.input.js';
import { ActorConnection, ActorRelationConnection, ActorType } from '../common/nodes/actor.type.js';

const ACTORS: readonly ActorKind[] = ACTOR_KINDS;

@Resolver(() => ActorType)
export class ActorResolver {
  @Query(() => ActorConnection, {
    description: 'Actors, filtered by kind, place, theme, SDG and name.',
  })
  actors(
    @Arg('filter', () => ActorFilter, { nullable: true }) filter: ActorFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const kinds = filter?.kinds && filter.kinds.length > 0 ? filter.kinds : [...ACTORS];
    return listNodes<ActorType>(ctx, kinds, filter, orderBy, page);
  }

  @Query(() => ActorType, { description: 'One actor; NOT_FOUND when no actor has the id.' })
  actor(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ActorType> {
    return getTyped<ActorType>(ctx, checkKey(id), ACTORS, 'actor');
  }

  @FieldResolver(() => CountryType, {
    nullable: true,
    description: 'The country it is located in (directly or through its municipality).',
  })
  async country(@Root() actor: ActorType, @Ctx() ctx: ApiContext): Promise<CountryType | null> {
    const direct = await firstRelated(ctx, actor.key, { types: ['LOCATED_IN'], direction: 'OUT' }, [
      'Country',
    ]);
    if (direct) return direct as CountryType;
    const municipality = await firstRelated(
      ctx,
      actor.key,
      { types: ['LOCATED_IN'], direction: 'OUT' },
      ['Municipality'],
    );
    if (!municipality) return null;
    return (await firstRelated(ctx, municipality.key, { types: ['LOCATED_IN'], direction: 'OUT' }, [
      'Country',
    ])) as CountryType | null;
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The municipality it is located in, for actors seated in a city.',
  })
  async municipality(@Root() actor: ActorType, @Ctx() ctx: ApiContext): Promise<ActorType | null> {
    return (await firstRelated(ctx, actor.key, { types: ['LOCATED_IN'], direction: 'OUT' }, [
      'Municipality',
    ])) as ActorType | null;
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'Administrative areas it is part of (Italian province).',
  })
  adminAreas(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      actor.key,
      { types: ['PART_OF', 'LOCATED_IN'], direction: 'OUT' },
      page,
      ['AdminArea'],
    );
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Networks and associations it is a member of.',
  })
  memberships(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['MEMBER_OF'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Its members (for networks and associations).',
  })
  members(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['MEMBER_OF'], direction: 'IN' }, page);
  }

  @FieldResolver(() => AgreementRelationConnection, {
    description: 'Agreements it is party to, with its role.',
  })
  agreements(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['PARTY_TO'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ProjectRelationConnection, {
    description: 'Projects it takes part in, with its role.',
  })
  projects(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      actor.key,
      { types: ['PARTICIPATES_IN'], direction: 'OUT' },
      page,
    );
  }

  @FieldResolver(() => ActorRelationConnection, { description: 'Twinned municipalities.' })
  twins(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['TWINNED_WITH'], direction: 'BOTH' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Actors it has stated relations with.',
  })
  cooperatesWith(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      actor.key,
      { types: ['COOPERATES_WITH'], direction: 'BOTH' },
      page,
    );
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Themes and SDGs it focuses on.' })
  focuses(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['FOCUSES_ON'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'Regions and themes it prioritises.',
  })
  priorities(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['PRIORITIZES'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'Practices it pioneered or adopted.',
  })
  practices(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      actor.key,
      { types: ['PIONEERED', 'ADOPTED'], direction: 'OUT' },
      page,
    );
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Events it hosted or attended.' })
  events(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      actor.key,
      { types: ['HOSTED', 'ATTENDED'], direction: 'OUT' },
      page,
    );
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'What it founded or launched.' })
  founded(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['FOUNDED'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, { description: 'Who founded or launched it.' })
  foundedBy(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['FOUNDED'], direction: 'IN' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'The events it was launched at (LAUNCHED).',
  })
  launchedAt(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['LAUNCHED'], direction: 'IN' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'For people: the offices they hold (role, from, to).',
  })
  offices(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['HOLDS_OFFICE'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'People holding office in it (mayors, ministers).',
  })
  officeHolders(
    @Root() actor: ActorType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, actor.key, { types: ['HOLDS_OFFICE'], direction: 'IN' }, page);
  }
}
