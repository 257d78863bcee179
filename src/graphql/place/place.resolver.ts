/** Countries, regions and Italian administrative areas, and what is in them. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ACTOR_KINDS } from '../../domain/node-types.js';
import type { ApiContext } from '../context.js';
import { ActorRelationConnection } from '../actor/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { CountryFilter, NameFilter } from '../common/filters.js';
import { getTyped, listNodes, NodeOrder } from '../common/listing.js';
import { relationConnection } from '../common/relations.js';
import { ProjectRelationConnection } from '../project/project.type.js';
import { NodeRelationConnection, checkKey } from '../node/node.resolver.js';
import {
  AdminAreaType,
  CountryConnection,
  CountryRelationConnection,
  CountryType,
  RegionConnection,
  RegionRelationConnection,
  RegionType,
} from './place.types.js';

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

  @FieldResolver(() => ActorRelationConnection, {
    description: 'Actors located directly in it (municipalities, ministries, associations…).',
  })
  actors(
    @Root() country: CountryType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(
      ctx,
      country.key,
      { types: ['LOCATED_IN'], direction: 'IN' },
      page,
      ACTOR_KINDS,
    );
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects targeting it.' })
  projects(
    @Root() country: CountryType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, country.key, { types: ['TARGETS'], direction: 'IN' }, page);
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

  @FieldResolver(() => CountryRelationConnection, {
    description: 'Countries directly in it (not through sub-regions).',
  })
  countries(
    @Root() region: RegionType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, region.key, { types: ['IN_REGION'], direction: 'IN' }, page);
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

  @FieldResolver(() => ProjectRelationConnection, {
    description: 'Projects targeting it directly.',
  })
  projects(
    @Root() region: RegionType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, region.key, { types: ['TARGETS'], direction: 'IN' }, page);
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
