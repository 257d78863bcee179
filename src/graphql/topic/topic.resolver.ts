/** Themes and SDGs: alignment, and who works on them. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ActorRelationConnection } from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { NameFilter } from '../common/filters.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { toView } from '../common/views.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import { SdgConnection, SdgType, ThemeConnection, ThemeType } from '../common/nodes/topic.types.js';

@Resolver(() => ThemeType)
export class ThemeResolver {
  @Query(() => ThemeConnection, { description: 'ANCI’s eight thematic goals.' })
  themes(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<ThemeType>(ctx, ['Theme'], filter, orderBy, page);
  }

  @Query(() => ThemeType, { description: 'One theme (`theme:migration`); NOT_FOUND when unknown.' })
  theme(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ThemeType> {
    return getTyped<ThemeType>(ctx, checkKey(id), ['Theme'], 'theme');
  }

  @FieldResolver(() => NodeRelationConnection, {
    description:
      'SDG goals/targets and frameworks it aligns with; `relationship.stated` says whether a source states it, `relationship.sources { basis }` how each supports it.',
  })
  alignsWith(
    @Root() theme: ThemeType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, theme.key, { types: ['ALIGNS_WITH'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'Projects and agreements addressing it directly.',
  })
  addressedBy(
    @Root() theme: ThemeType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, theme.key, { types: ['ADDRESSES'], direction: 'IN' }, page);
  }

  @FieldResolver(() => ActorRelationConnection, { description: 'Actors that focus on it.' })
  focusedBy(
    @Root() theme: ThemeType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, theme.key, { types: ['FOCUSES_ON'], direction: 'IN' }, page);
  }
}

@Resolver(() => SdgType)
export class SdgResolver {
  @Query(() => SdgConnection, {
    description: 'All SDG goals, targets and indicators, ordered by key.',
  })
  sdgs(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<SdgType>(ctx, ['Sdg'], filter, orderBy, page);
  }

  @Query(() => [SdgType], { description: 'The 17 goals, in order.' })
  async sdgGoals(@Ctx() ctx: ApiContext): Promise<SdgType[]> {
    const keys = Array.from({ length: 17 }, (_v, i) => `sdg:${i + 1}`);
    const nodes = await ctx.loaders.node.loadMany(keys);
    return nodes.flatMap((n) => (n && !(n instanceof Error) ? [toView(n) as SdgType] : []));
  }

  @Query(() => SdgType, {
    description:
      'One goal, target or indicator (`sdg:11`, `sdg:11.3`, `sdg:11.3.1`); NOT_FOUND when unknown.',
  })
  sdg(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<SdgType> {
    return getTyped<SdgType>(ctx, checkKey(id), ['Sdg'], 'SDG goal, target or indicator');
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'A target’s goal, an indicator’s target.',
  })
  parent(
    @Root() sdg: SdgType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, sdg.key, { types: ['PART_OF'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'A goal’s targets, a target’s indicators.',
  })
  children(
    @Root() sdg: SdgType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, sdg.key, { types: ['PART_OF'], direction: 'IN' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Themes aligned with it.' })
  alignedThemes(
    @Root() sdg: SdgType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, sdg.key, { types: ['ALIGNS_WITH'], direction: 'IN' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'Projects and agreements addressing it directly.',
  })
  addressedBy(
    @Root() sdg: SdgType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, sdg.key, { types: ['ADDRESSES'], direction: 'IN' }, page);
  }
}
