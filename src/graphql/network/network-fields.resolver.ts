/** Fields of the network questions' answers: the nodes along a path, around a node, in a community. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ActorType } from '../common/nodes/actor.type.js';
import { Direction } from '../common/enums.js';
import { NodeInterface } from '../common/node.interface.js';
import { RelationshipView } from '../common/provenance.type.js';
import { loadView, toRelationshipView } from '../common/views.js';
import type { ApiContext } from '../context.js';
import { checkRange } from './network-arguments.js';
import {
  CentralityScoreType,
  CommunityType,
  NeighbourhoodNodeType,
  NeighbourhoodType,
  PathStepType,
  PathType,
} from './network.types.js';

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
    // A path has one node more than steps: the first, then the one each step reaches.
    const [first = '', ...reached] = await Promise.all(
      path.nodeKeys.map(async (key) => (await ctx.loaders.node.load(key))?.name ?? key),
    );
    let text = first;
    path.steps.forEach((step, i) => {
      const type = step.relationship.type;
      text += step.direction === Direction.OUT ? ` —${type}→ ` : ` ←${type}— `;
      text += reached[i] ?? '';
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
