/** Countries, regions and Italian administrative areas, and what is in them. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ACTOR_KINDS } from '../../domain/node-types.js';
import type { ApiContext } from '../context.js';
import {
  ActorConnection,
  ActorRelationConnection,
  type ActorType,
} from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { CountryFilter, NameFilter } from '../common/filters.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { ProjectConnection, type ProjectType } from '../common/nodes/project.type.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import {
  AdminAreaType,
  CountryConnection,
  CountryType,
  RegionConnection,
  RegionRelationConnection,
  RegionType,
} from '../common/nodes/place.types.js';

@Resolver(() => CountryType)
export class CountryResolver {
  @Query(() => CountryConnection, {
    description: 'Countries (ISO 3166-1), filtered by region and name.',
  })
  countries(
    @Arg('filter', () => CountryFilter, { nullable: true }) filter: CountryFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<CountryType>(ctx, ['Country'], filter, orderBy, page);
  }

  @Query(() => CountryType, {
    description: 'One country by key (`country:IT`); NOT_FOUND when unknown.',
  })
  country(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<CountryType> {
    return getTyped<CountryType>(ctx, checkKey(id), ['Country'], 'country');
  }

  @FieldResolver(() => RegionRelationConnection, {
    description: 'The regions it is directly in (UN M49 and curated ones).',
  })
  regions(
    @Root() country: CountryType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, country.key, { types: ['IN_REGION'], direction: 'OUT' }, page);
  }

  // "In a country" and "in a region" mean one thing everywhere: these fields are the lists
  // `actors(filter: { country })`, `projects(filter: { region })`… (NodeQuery in
  // src/domain/queries.ts), answered by the store's findNodes.
  @FieldResolver(() => ActorConnection, {
    description:
      'Actors in it: located in it directly or through their municipality — the same list as `actors(filter: { country })`.',
  })
  actors(
    @Root() country: CountryType,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<ActorType>(ctx, [...ACTOR_KINDS], { country: country.key }, orderBy, page);
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects targeting it — the same list as `projects(filter: { country })`.',
  })
  projects(
    @Root() country: CountryType,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<ProjectType>(ctx, ['Project'], { country: country.key }, orderBy, page);
  }
}

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, {
    description: 'Regions: UN M49 regions and ANCI’s priority regions.',
  })
  regions(
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | undefined,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<RegionType>(ctx, ['Region'], filter, orderBy, page);
  }

  @Query(() => RegionType, {
    description: 'One region (`region:mediterranean`, `region:m49-150`); NOT_FOUND when unknown.',
  })
  region(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<RegionType> {
    return getTyped<RegionType>(ctx, checkKey(id), ['Region'], 'region');
  }

  @FieldResolver(() => CountryConnection, {
    description:
      'Countries in it or in one of its sub-regions — the same list as `countries(filter: { region })`.',
  })
  countries(
    @Root() region: RegionType,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<CountryType>(ctx, ['Country'], { region: region.key }, orderBy, page);
  }

  @FieldResolver(() => RegionRelationConnection, { description: 'The regions it is part of.' })
  parents(
    @Root() region: RegionType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, region.key, { types: ['PART_OF'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => RegionRelationConnection, { description: 'Its sub-regions.' })
  subregions(
    @Root() region: RegionType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, region.key, { types: ['PART_OF'], direction: 'IN' }, page);
  }

  @FieldResolver(() => ProjectConnection, {
    description:
      'Projects in it: targeting it, one of its sub-regions or a country in either — the same list as `projects(filter: { region })`.',
  })
  projects(
    @Root() region: RegionType,
    @Arg('orderBy', () => NodeOrder, { nullable: true }) orderBy: NodeOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return listNodes<ProjectType>(ctx, ['Project'], { region: region.key }, orderBy, page);
  }

  @FieldResolver(() => ActorRelationConnection, { description: 'Actors that prioritise it.' })
  prioritizedBy(
    @Root() region: RegionType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, region.key, { types: ['PRIORITIZES'], direction: 'IN' }, page);
  }
}

@Resolver(() => AdminAreaType)
export class AdminAreaResolver {
  @FieldResolver(() => NodeRelationConnection, {
    description: 'What is part of it: provinces of a region, comuni of a province.',
  })
  parts(
    @Root() area: AdminAreaType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, area.key, { types: ['PART_OF'], direction: 'IN' }, page);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'What it is part of (a province’s region, a region’s country).',
  })
  partOf(
    @Root() area: AdminAreaType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      area.key,
      { types: ['PART_OF', 'LOCATED_IN'], direction: 'OUT' },
      page,
    );
  }
}
