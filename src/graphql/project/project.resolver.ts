/** Projects and programmes: participants, targets, topics, programme structure. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ActorRelationConnection } from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { WorkFilter } from '../common/filters.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import {
  ProjectConnection,
  ProjectRelationConnection,
  ProjectType,
} from '../common/nodes/project.type.js';

@Resolver(() => ProjectType)
export class ProjectResolver {
  @Query(() => ProjectConnection, {
    description: 'Projects and programmes, filtered by target place, topic and name.',
  })
  projects(
    @Arg('filter', () => WorkFilter, { nullable: true }) filter: WorkFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<ProjectType>(ctx, ['Project'], filter, orderBy, page);
  }

  @Query(() => ProjectType, { description: 'One project; NOT_FOUND when unknown.' })
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ProjectType> {
    return getTyped<ProjectType>(ctx, checkKey(id), ['Project'], 'project');
  }

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Participants with their role (LEAD, PARTNER, FUNDER, IMPLEMENTER, BENEFICIARY).',
  })
  participants(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      project.key,
      { types: ['PARTICIPATES_IN'], direction: 'IN' },
      page,
    );
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Countries and regions it targets.' })
  targets(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, project.key, { types: ['TARGETS'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Themes and SDGs it addresses.' })
  addresses(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, project.key, { types: ['ADDRESSES'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'The programme it is part of.' })
  partOf(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, project.key, { types: ['PART_OF'], direction: 'OUT' }, page, [
      'Project',
    ]);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'For a programme: its projects.' })
  components(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, project.key, { types: ['PART_OF'], direction: 'IN' }, page, [
      'Project',
    ]);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'The practices it applies (APPLIES): a methodology or model it works through.',
  })
  practices(
    @Root() project: ProjectType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, project.key, { types: ['APPLIES'], direction: 'OUT' }, page);
  }
}
