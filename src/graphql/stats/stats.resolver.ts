/** Whole-graph counts, for dashboards and a first look. */
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';

@ObjectType()
export class TypeCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class GraphStats {
  @Field(() => [TypeCount], { description: 'Nodes per type, by type name.' })
  nodesByType!: TypeCount[];

  @Field(() => [TypeCount], { description: 'Relationships per type, by type name.' })
  relationshipsByType!: TypeCount[];

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  relationshipCount!: number;
}

const toCounts = (record: Record<string, number>): TypeCount[] =>
  Object.entries(record).map(([type, count]) => Object.assign(new TypeCount(), { type, count }));

@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, {
    description: 'How many nodes and relationships of each type the graph holds.',
  })
  async stats(@Ctx() ctx: ApiContext): Promise<GraphStats> {
    const counts = await ctx.store.counts();
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    return Object.assign(new GraphStats(), {
      nodesByType: toCounts(counts.nodesByType),
      relationshipsByType: toCounts(counts.relationshipsByType),
      nodeCount: sum(counts.nodesByType),
      relationshipCount: sum(counts.relationshipsByType),
    });
  }
}
