/** Dashboard aggregates: counts by group, and the SDG coverage of a region. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ActorKind } from '../../domain/node-types.js';
import { ActorKindEnum } from '../common/enums.js';

export enum AggregateSubject {
  ACTOR = 'ACTOR',
  PROJECT = 'PROJECT',
  AGREEMENT = 'AGREEMENT',
}
registerEnumType(AggregateSubject, { name: 'AggregateSubject', description: 'What is counted.' });

export enum AggregateGroupBy {
  KIND = 'KIND',
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  THEME = 'THEME',
  SDG = 'SDG',
  YEAR = 'YEAR',
}
registerEnumType(AggregateGroupBy, {
  name: 'AggregateGroupBy',
  description:
    'KIND: node type; COUNTRY: where an actor is, what a project targets, where an agreement’s parties are; REGION: every region containing those countries (so Europe and Southern Europe both count an Italian city); THEME / SDG: themes and SDG goals it works on or addresses; YEAR: the year an agreement was signed or a project began (undated items are left out).',
});

@InputType({
  description:
    'Which items are counted; all given filters must hold (same meaning as the lists’ filters).',
})
export class AggregateFilter {
  @Field(() => [ActorKindEnum], { nullable: true, description: 'For actors: only these kinds.' })
  kinds?: ActorKind[];

  @Field(() => ID, { nullable: true })
  country?: string;

  @Field(() => ID, { nullable: true })
  region?: string;

  @Field(() => ID, { nullable: true })
  theme?: string;

  @Field(() => ID, { nullable: true })
  sdg?: string;
}

@ObjectType('AggregateBucket')
export class AggregateBucketType {
  @Field(() => String, {
    description:
      'The group: a node key (country, region, theme, SDG goal), a node type, or a year.',
  })
  group!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SdgCoverage', { description: 'An SDG goal with projects in the region.' })
export class SdgCoverageType {
  goalKey!: string;
  projectKeys!: string[];
  targetKeys!: string[];

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType('Reach', { description: 'An actor’s reach: its partners by region and by theme.' })
export class ReachType {
  @Field(() => Int)
  partners!: number;

  @Field(() => [AggregateBucketType], {
    description: 'Partners per region containing their country (all levels).',
  })
  byRegion!: AggregateBucketType[];

  @Field(() => [AggregateBucketType], { description: 'Partners per theme they work on.' })
  byTheme!: AggregateBucketType[];
}
