/** Practices, events, frameworks and sources. */
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ActorRelationConnection } from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { NameFilter } from '../common/filters.js';
import { listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import { ProjectRelationConnection } from '../common/nodes/project.type.js';
import {
  EventConnection,
  EventType,
  FrameworkType,
  PracticeConnection,
  PracticeType,
  SourceConnection,
  SourceType,
} from '../common/nodes/misc.types.js';

@Resolver(() => PracticeType)
export class PracticeResolver {
  @Query(() => PracticeConnection, { description: 'Good practices cities pioneered or adopted.' })
  practices(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<PracticeType>(ctx, ['Practice'], filter, orderBy, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Who pioneered it (PIONEERED) and who adopted it (ADOPTED).',
  })
  actors(
    @Root() practice: PracticeType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      practice.key,
      { types: ['PIONEERED', 'ADOPTED', 'FOUNDED'], direction: 'IN' },
      page,
    );
  }

  @FieldResolver(() => ProjectRelationConnection, {
    description: 'Projects that apply it (APPLIES).',
  })
  projects(
    @Root() practice: PracticeType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, practice.key, { types: ['APPLIES'], direction: 'IN' }, page);
  }
}

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Convenings, summits and forums.' })
  events(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<EventType>(ctx, ['Event'], filter, orderBy, page);
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Hosts (HOSTED) and attendees (ATTENDED).',
  })
  actors(
    @Root() event: EventType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      event.key,
      { types: ['HOSTED', 'ATTENDED', 'FOUNDED'], direction: 'IN' },
      page,
    );
  }

  @FieldResolver(() => NodeRelationConnection, {
    description:
      'What it launched (LAUNCHED): networks, projects, practices or agreements started there.',
  })
  launched(
    @Root() event: EventType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, event.key, { types: ['LAUNCHED'], direction: 'OUT' }, page);
  }
}

@Resolver(() => FrameworkType)
export class FrameworkResolver {
  @FieldResolver(() => NodeRelationConnection, { description: 'What aligns with it.' })
  alignedWith(
    @Root() framework: FrameworkType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      framework.key,
      { types: ['ALIGNS_WITH'], direction: 'IN' },
      page,
    );
  }
}

@Resolver(() => SourceType)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'The documents and data sets facts come from.' })
  sources(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<SourceType>(ctx, ['Source'], filter, orderBy, page);
  }
}
