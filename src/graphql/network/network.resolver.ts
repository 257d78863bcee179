/**
 * Network questions: how two nodes connect, what is around a node, who brokers, which
 * communities. Their answers' fields: network-fields.resolver.ts.
 */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import { parseAsOf } from '../../domain/time.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { findPaths } from '../../app/network/find-paths.js';
import { findNeighbourhood } from '../../app/network/neighbourhood.js';
import { projectPartnershipNetwork } from '../../app/network/partnership-network.js';
import { isHeavyNeighbourhood, isHeavyPathSearch } from './heavy-queries.js';
import type { ApiContext } from '../context.js';
import { Direction, RelationshipTypeEnum } from '../common/enums.js';
import { toRelationshipView } from '../common/views.js';
import { checkKey } from '../common/arguments.js';
import {
  AS_OF_OPTIONS,
  checkFilters,
  besideExistenceCheck,
  checkRange,
  ONLY_TYPES_OPTIONS,
} from './network-arguments.js';
import {
  CentralityMeasure,
  CentralityScoreType,
  CommunitiesType,
  CommunityType,
  NeighbourhoodNodeType,
  NeighbourhoodType,
  PathStepType,
  PathsResultType,
  PathType,
} from './network.types.js';

@Resolver()
export class NetworkResolver {
  @Query(() => PathsResultType, {
    description:
      'How two nodes are connected: the shortest chains of relationships between them (read either way), each step named. ' +
      '"How is Florence connected to the Association of Municipalities of Burkina Faso?"',
  })
  async connection(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: 'Longest chain to look for (at most the configured limit).',
    })
    maxHops: number,
    @Arg('via', () => [RelationshipTypeEnum], ONLY_TYPES_OPTIONS)
    via: RelationshipType[] | undefined,
    @Arg('first', () => Int, {
      defaultValue: 3,
      description: 'How many alternatives of the shortest length (at most 20).',
    })
    first: number,
    @Arg('asOf', () => String, AS_OF_OPTIONS) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<PathsResultType> {
    checkRange('maxHops', maxHops, 1, ctx.limits.maxPathHops);
    checkRange('first', first, 1, 20);
    const [fromKey, toKey] = [checkKey(from, 'from'), checkKey(to, 'to')];
    const search = () =>
      findPaths(ctx.store, {
        from: fromKey,
        to: toKey,
        maxHops,
        k: first,
        ...(via ? { types: via } : {}),
        ...(asOf ? { asOf: parseAsOf(asOf) } : {}),
      });
    const paths = await besideExistenceCheck(ctx, 'from/to', [fromKey, toKey], () =>
      isHeavyPathSearch(maxHops) ? ctx.heavy.run(search) : search(),
    );
    const result = new PathsResultType();
    const [shortest] = paths;
    result.found = shortest !== undefined;
    if (shortest) result.hops = shortest.steps.length;
    result.paths = paths.map((path) =>
      Object.assign(new PathType(), {
        nodeKeys: path.nodes,
        length: path.steps.length,
        steps: path.steps.map((step, i) =>
          Object.assign(new PathStepType(), {
            fromKey: path.nodes[i],
            toKey: path.nodes[i + 1],
            relationship: toRelationshipView(step.edge),
            direction: step.direction as Direction,
          }),
        ),
      }),
    );
    return result;
  }

  @Query(() => NeighbourhoodType, {
    description:
      'The sub-graph around one or more nodes: nodes within `depth` hops and the relationships among them.',
  })
  async neighbourhood(
    @Arg('of', () => [ID]) of: string[],
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('kinds', () => [RelationshipTypeEnum], ONLY_TYPES_OPTIONS)
    kinds: RelationshipType[] | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 100,
      description: 'At most this many nodes (hard cap: the configured maximum).',
    })
    limit: number,
    @Arg('asOf', () => String, AS_OF_OPTIONS) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<NeighbourhoodType> {
    checkRange('depth', depth, 0, ctx.limits.maxNeighbourhoodDepth);
    checkRange('limit', limit, 1, ctx.limits.maxNeighbourhoodNodes);
    if (of.length === 0 || of.length > ctx.limits.maxPageSize) {
      throw badInput(`"of" must hold 1 to ${ctx.limits.maxPageSize} ids; got ${of.length}.`, {
        argument: 'of',
      });
    }
    const keys = of.map((id) => checkKey(id, 'of'));
    const walk = () =>
      findNeighbourhood(ctx.store, {
        keys,
        depth,
        limit,
        ...(kinds ? { types: kinds } : {}),
        ...(asOf ? { asOf: parseAsOf(asOf) } : {}),
      });
    const hood = await besideExistenceCheck(ctx, 'of', keys, () =>
      isHeavyNeighbourhood(depth) ? ctx.heavy.run(walk) : walk(),
    );
    return Object.assign(new NeighbourhoodType(), {
      nodes: hood.nodes.map((n) => Object.assign(new NeighbourhoodNodeType(), n)),
      edgeRecords: hood.edges,
      truncated: hood.truncated,
    });
  }

  @Query(() => [CentralityScoreType], {
    description:
      'Brokers and hubs of the partnership network (actors linked when partners), whole or restricted to actors in a region and/or working on a theme. Highest first.',
  })
  async centrality(
    @Arg('measure', () => CentralityMeasure, { defaultValue: CentralityMeasure.BETWEENNESS })
    measure: CentralityMeasure,
    @Arg('inRegion', () => ID, { nullable: true }) inRegion: string | undefined,
    @Arg('workingOn', () => ID, { nullable: true }) workingOn: string | undefined,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('asOf', () => String, AS_OF_OPTIONS) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<CentralityScoreType[]> {
    checkRange('first', first, 1, ctx.limits.maxPageSize);
    const filters = await checkFilters(ctx, inRegion ?? undefined, workingOn ?? undefined);
    const at = asOf ? parseAsOf(asOf) : undefined;
    const max = ctx.limits.maxCentralityActors;
    const scores = await ctx.answers.answer('centrality', { measure, filters, at, max }, () =>
      ctx.heavy.run(async (compute) => {
        const network = await projectPartnershipNetwork(ctx.store, filters, at);
        return compute.centrality(network, measure, max);
      }),
    );
    return scores.slice(0, first).map((s, i) =>
      Object.assign(new CentralityScoreType(), {
        actorKey: s.key,
        rank: i + 1,
        score: s.score,
        degree: s.degree,
        estimated: s.estimated,
      }),
    );
  }

  @Query(() => CommunitiesType, {
    description:
      'Communities (Louvain) of the partnership network, whole or restricted like `centrality`.',
  })
  async communities(
    @Arg('inRegion', () => ID, { nullable: true }) inRegion: string | undefined,
    @Arg('workingOn', () => ID, { nullable: true }) workingOn: string | undefined,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: 'How many communities, largest first.',
    })
    first: number,
    @Arg('asOf', () => String, AS_OF_OPTIONS) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<CommunitiesType> {
    checkRange('first', first, 1, ctx.limits.maxPageSize);
    const filters = await checkFilters(ctx, inRegion ?? undefined, workingOn ?? undefined);
    const at = asOf ? parseAsOf(asOf) : undefined;
    const found = await ctx.answers.answer('communities', { filters, at }, () =>
      ctx.heavy.run(async (compute) => {
        const network = await projectPartnershipNetwork(ctx.store, filters, at);
        return compute.communities(network);
      }),
    );
    return Object.assign(new CommunitiesType(), {
      count: found.communities.length,
      modularity: found.modularity,
      communities: found.communities
        .slice(0, first)
        .map((community) =>
          Object.assign(new CommunityType(), { community, size: community.members.length }),
        ),
    });
  }
}
