/** Network questions: how two nodes connect, what is around a node, who brokers, which communities. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import { parseAsOf } from '../../domain/time.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { findPaths } from '../../app/network/find-paths.js';
import { findNeighbourhood } from '../../app/network/neighbourhood.js';
import { projectPartnershipNetwork } from '../../app/network/partnership-network.js';
import { isHeavyNeighbourhood, isHeavyPathSearch } from './heavy-queries.js';
import { ActorType } from '../common/nodes/actor.type.js';
import type { ApiContext } from '../context.js';
import { Direction, RelationshipTypeEnum } from '../common/enums.js';
import { NodeInterface } from '../common/node.interface.js';
import { RelationshipView } from '../common/provenance.type.js';
import { toRelationshipView, toView } from '../common/views.js';
import { checkKey } from '../common/arguments.js';
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

const AS_OF_DESCRIPTION = 'As the network stood on this date (YYYY, YYYY-MM or YYYY-MM-DD).';

function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${argument}" must be an integer from ${min} to ${max}; got ${value}.`, {
      argument,
      min,
      max,
    });
  }
}

async function mustExist(ctx: ApiContext, argument: string, keys: string[]): Promise<void> {
  const nodes = await ctx.loaders.node.loadMany(keys);
  nodes.forEach((node, i) => {
    if (node instanceof Error) throw node;
    if (!node)
      throw badInput(`"${argument}": no node has the id "${keys[i]}".`, {
        argument,
        value: keys[i],
      });
  });
}

async function loadView(ctx: ApiContext, key: string) {
  const node = await ctx.loaders.node.load(key);
  return node ? toView(node) : null;
}

async function checkFilters(ctx: ApiContext, inRegion?: string, workingOn?: string) {
  const checks: [string, string | undefined, (t: string) => boolean, string][] = [
    ['inRegion', inRegion, (t) => t === 'Region', 'a region'],
    ['workingOn', workingOn, (t) => t === 'Theme' || t === 'Sdg', 'a theme or SDG'],
  ];
  for (const [argument, value, accepts, what] of checks) {
    if (value === undefined) continue;
    const node = await ctx.loaders.node.load(checkKey(value, argument));
    if (!node || !accepts(node.type))
      throw badInput(`"${argument}": "${value}" is not ${what}.`, { argument, value });
  }
  return { ...(inRegion ? { inRegion } : {}), ...(workingOn ? { workingOn } : {}) };
}

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
    @Arg('via', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types (all when omitted).',
    })
    via: RelationshipType[] | undefined,
    @Arg('first', () => Int, {
      defaultValue: 3,
      description: 'How many alternatives of the shortest length (at most 20).',
    })
    first: number,
    @Arg('asOf', () => String, {
      nullable: true,
      description: AS_OF_DESCRIPTION,
    })
    asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<PathsResultType> {
    checkRange('maxHops', maxHops, 1, ctx.limits.maxPathHops);
    checkRange('first', first, 1, 20);
    const keys = [checkKey(from, 'from'), checkKey(to, 'to')];
    await mustExist(ctx, 'from/to', keys);
    const search = () =>
      findPaths(ctx.store, {
        from: keys[0],
        to: keys[1],
        maxHops,
        k: first,
        ...(via ? { types: via } : {}),
        ...(asOf ? { asOf: parseAsOf(asOf) } : {}),
      });
    const paths = isHeavyPathSearch(maxHops) ? await ctx.heavy.run(search) : await search();
    const result = new PathsResultType();
    result.found = paths.length > 0;
    if (paths.length > 0) result.hops = paths[0].steps.length;
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
    @Arg('kinds', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types (all when omitted).',
    })
    kinds: RelationshipType[] | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 100,
      description: 'At most this many nodes (hard cap: the configured maximum).',
    })
    limit: number,
    @Arg('asOf', () => String, {
      nullable: true,
      description: AS_OF_DESCRIPTION,
    })
    asOf: string | undefined,
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
    await mustExist(ctx, 'of', keys);
    const walk = () =>
      findNeighbourhood(ctx.store, {
        keys,
        depth,
        limit,
        ...(kinds ? { types: kinds } : {}),
        ...(asOf ? { asOf: parseAsOf(asOf) } : {}),
      });
    const hood = isHeavyNeighbourhood(depth) ? await ctx.heavy.run(walk) : await walk();
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
    @Arg('asOf', () => String, {
      nullable: true,
      description: AS_OF_DESCRIPTION,
    })
    asOf: string | undefined,
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
    @Arg('asOf', () => String, {
      nullable: true,
      description: AS_OF_DESCRIPTION,
    })
    asOf: string | undefined,
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

@Resolver(() => PathType)
export class PathResolver {
  @FieldResolver(() => [NodeInterface], {
    description: 'The nodes along the path, from `from` to `to`.',
  })
  async nodes(@Root() path: PathType, @Ctx() ctx: ApiContext) {
    return Promise.all(path.nodeKeys.map((key) => loadView(ctx, key)));
  }

  @FieldResolver(() => String, {
    description: 'The chain in words: Firenze —LOCATED_IN→ Italy ←LOCATED_IN— …',
  })
  async description(@Root() path: PathType, @Ctx() ctx: ApiContext): Promise<string> {
    const names = await Promise.all(
      path.nodeKeys.map(async (key) => (await ctx.loaders.node.load(key))?.name ?? key),
    );
    let text = names[0];
    path.steps.forEach((step, i) => {
      const type = step.relationship.type;
      text += step.direction === Direction.OUT ? ` —${type}→ ` : ` ←${type}— `;
      text += names[i + 1];
    });
    return text;
  }
}

@Resolver(() => PathStepType)
export class PathStepResolver {
  @FieldResolver(() => NodeInterface)
  from(@Root() step: PathStepType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, step.fromKey);
  }

  @FieldResolver(() => NodeInterface)
  to(@Root() step: PathStepType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, step.toKey);
  }
}

@Resolver(() => NeighbourhoodType)
export class NeighbourhoodResolver {
  @FieldResolver(() => [RelationshipView], {
    description: 'Every relationship between two of the nodes, by key.',
  })
  edges(@Root() hood: NeighbourhoodType): RelationshipView[] {
    return hood.edgeRecords.map((e) => toRelationshipView(e));
  }
}

@Resolver(() => NeighbourhoodNodeType)
export class NeighbourhoodNodeResolver {
  @FieldResolver(() => NodeInterface)
  node(@Root() entry: NeighbourhoodNodeType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, entry.key);
  }
}

@Resolver(() => CentralityScoreType)
export class CentralityScoreResolver {
  @FieldResolver(() => ActorType)
  actor(@Root() score: CentralityScoreType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, score.actorKey);
  }
}

@Resolver(() => CommunityType)
export class CommunityResolver {
  @FieldResolver(() => [ActorType], { description: 'Members by key; at most `first`.' })
  async members(
    @Root() group: CommunityType,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    checkRange('first', first, 0, ctx.limits.maxPageSize);
    return Promise.all(group.community.members.slice(0, first).map((key) => loadView(ctx, key)));
  }
}
