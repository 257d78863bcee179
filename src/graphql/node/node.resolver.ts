/** Global object identification (`node`, `nodes`) and the fields every node has: sources, relationships. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Field, ArgsType } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import { checkKey } from '../common/arguments.js';
import { NodeRelationConnection } from '../common/node-relations.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { ApiContext } from '../context.js';
import { RelationArgs } from '../common/connection.js';
import { Direction, RelationshipTypeEnum } from '../common/enums.js';
import { NodeInterface } from '../common/node.interface.js';
import { ProvenanceType, RelationshipView } from '../common/provenance.type.js';
import { relationConnection } from '../common/relations.js';
import { toView } from '../common/views.js';
import { SourceType } from '../common/nodes/misc.types.js';

@ArgsType()
class RelationshipsArgs extends RelationArgs {
  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: 'Only these types (all when omitted).',
  })
  types?: RelationshipType[];

  @Field(() => Direction, { nullable: true, defaultValue: Direction.BOTH })
  direction!: Direction;
}

@Resolver(() => NodeInterface)
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'The node with this id (its key), or null.',
  })
  async node(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeInterface | null> {
    const node = await ctx.loaders.node.load(checkKey(id));
    return node ? toView(node) : null;
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description: 'Nodes by id, in order; null where an id is unknown.',
  })
  async nodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: ApiContext,
  ): Promise<(NodeInterface | null)[]> {
    if (ids.length > ctx.limits.maxPageSize) {
      throw badInput(`"ids" may hold at most ${ctx.limits.maxPageSize} ids; got ${ids.length}.`, {
        argument: 'ids',
      });
    }
    const nodes = await ctx.loaders.node.loadMany(ids.map((id) => checkKey(id, 'ids')));
    return nodes.map((n) => {
      if (n instanceof Error) throw n;
      return n ? toView(n) : null;
    });
  }

  @FieldResolver(() => [ProvenanceType], {
    description: 'Where the node comes from: sources with the passages that state it.',
  })
  sources(@Root() node: NodeInterface): ProvenanceType[] {
    return node.provenance.map(ProvenanceType.from);
  }

  @FieldResolver(() => NodeRelationConnection, {
    description: 'All relationships of the node, for network views.',
  })
  async relationships(
    @Root() node: NodeInterface,
    @Args(() => RelationshipsArgs) args: RelationshipsArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const types =
      args.types && args.types.length > 0 ? [...new Set(args.types)] : [...RELATIONSHIP_TYPES];
    return relationConnection(ctx, node.key, { types, direction: args.direction }, args);
  }
}

@Resolver(() => ProvenanceType)
export class ProvenanceResolver {
  @FieldResolver(() => SourceType, {
    nullable: true,
    description: 'The source document or data set.',
  })
  async source(
    @Root() provenance: ProvenanceType,
    @Ctx() ctx: ApiContext,
  ): Promise<SourceType | null> {
    const node = await ctx.loaders.node.load(provenance.sourceKey);
    return node ? toView(node) : null;
  }
}

@Resolver(() => RelationshipView)
export class RelationshipResolver {
  @FieldResolver(() => [ProvenanceType])
  sources(@Root() relationship: RelationshipView): ProvenanceType[] {
    return relationship.provenance.map(ProvenanceType.from);
  }

  @FieldResolver(() => NodeInterface, { nullable: true })
  async from(
    @Root() relationship: RelationshipView,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeInterface | null> {
    const node = await ctx.loaders.node.load(relationship.fromKey);
    return node ? toView(node) : null;
  }

  @FieldResolver(() => NodeInterface, { nullable: true })
  async to(
    @Root() relationship: RelationshipView,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeInterface | null> {
    const node = await ctx.loaders.node.load(relationship.toKey);
    return node ? toView(node) : null;
  }
}
