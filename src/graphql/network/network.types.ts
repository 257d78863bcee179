/** Network answers: paths between nodes, neighbourhoods, centrality and communities. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphEdge } from '../../domain/graph-records.js';
import type { Community } from '../../app/network/partnership-network.js';
import { Direction } from '../common/enums.js';
import { RelationshipView } from '../common/provenance.type.js';

export enum CentralityMeasure {
  DEGREE = 'DEGREE',
  BETWEENNESS = 'BETWEENNESS',
  CLOSENESS = 'CLOSENESS',
}
registerEnumType(CentralityMeasure, {
  name: 'CentralityMeasure',
  description:
    'DEGREE: share of the other actors it partners; BETWEENNESS: how often it lies on shortest chains between others (brokers); CLOSENESS: how near it is to all others (Wasserman–Faust).',
});

@ObjectType('PathStep', { description: 'One relationship along a path, as walked.' })
export class PathStepType {
  fromKey!: string;
  toKey!: string;

  @Field(() => RelationshipView)
  relationship!: RelationshipView;

  @Field(() => Direction, {
    description: 'OUT: walked from the relationship’s start to its end; IN: against it.',
  })
  direction!: Direction;
}

@ObjectType('Path', { description: 'A chain of relationships between two nodes.' })
export class PathType {
  nodeKeys!: string[];

  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathStepType])
  steps!: PathStepType[];
}

@ObjectType('PathsResult')
export class PathsResultType {
  @Field(() => Boolean)
  found!: boolean;

  @Field(() => Int, { nullable: true, description: 'Length of the shortest paths, when found.' })
  hops?: number;

  @Field(() => [PathType], {
    description: 'The shortest paths, ordered by their node keys; at most `first`.',
  })
  paths!: PathType[];
}

@ObjectType('NeighbourhoodNode')
export class NeighbourhoodNodeType {
  key!: string;

  @Field(() => Int, { description: 'Hops from the nearest starting node.' })
  distance!: number;
}

@ObjectType('Neighbourhood', {
  description: 'A sub-graph as a network view draws it: nodes and the relationships among them.',
})
export class NeighbourhoodType {
  @Field(() => [NeighbourhoodNodeType], { description: 'By distance, then key.' })
  nodes!: NeighbourhoodNodeType[];

  edgeRecords!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when more nodes were within reach than the limit.' })
  truncated!: boolean;
}

@ObjectType('CentralityScore')
export class CentralityScoreType {
  actorKey!: string;

  @Field(() => Int, {
    description: '1 for the highest score; ties share nothing (ordered by key).',
  })
  rank!: number;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'Number of partners within the network.' })
  degree!: number;

  @Field(() => Boolean, {
    description:
      "True when the score is estimated: betweenness on a network larger than the server's MAX_CENTRALITY_ACTORS, from that many sampled pivots (each normalised score within ±0.03 of the exact one with probability ≥ 99% at 3,000 pivots).",
  })
  estimated!: boolean;
}

@ObjectType('CommunityGroup')
export class CommunityType {
  community!: Community;

  @Field(() => Int)
  size!: number;
}

@ObjectType('Communities', {
  description: 'Louvain communities of the partnership network (seeded, so reproducible).',
})
export class CommunitiesType {
  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  modularity!: number;

  @Field(() => [CommunityType], { description: 'Largest first.' })
  communities!: CommunityType[];
}
