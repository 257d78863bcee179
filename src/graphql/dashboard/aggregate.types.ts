/** Dashboard aggregates: counts by group, and the SDG coverage of a region. */
import { Arg, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ReportingCurrency } from '../../domain/currencies.js';
import type { ActorKind } from '../../domain/node-types.js';
import type { TransactionKind } from '../../domain/transaction-kinds.js';
import { exchangeRates } from '../../app/money/exchange-rate-file.js';
import { totalsOf, type MoneyValue } from '../../app/money/money-totals.js';
import { ActorKindEnum } from '../common/enums.js';
import {
  MoneyTotalsType,
  ReportingCurrencyEnum,
  TransactionKindEnum,
} from '../common/nodes/money.types.js';

export enum AggregateSubject {
  ACTOR = 'ACTOR',
  PROJECT = 'PROJECT',
  AGREEMENT = 'AGREEMENT',
  MEMBERSHIP = 'MEMBERSHIP',
  FUNDING = 'FUNDING',
}
registerEnumType(AggregateSubject, {
  name: 'AggregateSubject',
  description:
    'What is counted: actors, projects, agreements, memberships of `filter.memberOf` (MEMBERSHIP: its members, each as many times as it joined — the Covenant of Mayors counts signatories so), or (FUNDING) transactions, with the money they add up to.',
});

export enum AggregateGroupBy {
  KIND = 'KIND',
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  THEME = 'THEME',
  SDG = 'SDG',
  YEAR = 'YEAR',
  JOINED = 'JOINED',
  COORDINATOR = 'COORDINATOR',
  FUNDER = 'FUNDER',
  RECIPIENT = 'RECIPIENT',
}
registerEnumType(AggregateGroupBy, {
  name: 'AggregateGroupBy',
  description:
    'KIND: node type; COUNTRY: where an actor is, what a project targets, where an agreement’s parties are; REGION: every region containing those countries (so Europe and Southern Europe both count an Italian city); THEME / SDG: themes and SDG goals it works on or addresses; YEAR: the year an agreement was signed or a project began (undated items are left out); JOINED (actors, with filter.memberOf): the year it joined that network (its membership’s `since`; an actor that joined twice in different years counts in each); COORDINATOR (actors): the actor that coordinates it (COORDINATES: the Covenant of Mayors’ coordinators). For FUNDING: KIND is the transaction kind, YEAR its date’s year, COUNTRY / REGION / THEME / SDG its project’s, FUNDER its provider, RECIPIENT its receiver (FUNDER and RECIPIENT are for FUNDING only).',
});

@InputType({
  description:
    'Which items are counted; all given filters must hold (same meaning as the lists’ filters; for FUNDING see docs/money.md: a region or country holds when the project or the receiver is in it, a theme or SDG when the project addresses it).',
})
export class AggregateFilter {
  @Field(() => [ActorKindEnum], {
    nullable: true,
    description:
      'For actors: only these kinds. For FUNDING: only money received by actors of these kinds.',
  })
  kinds?: ActorKind[];

  @Field(() => [TransactionKindEnum], {
    nullable: true,
    description:
      'For FUNDING: only these transaction kinds (default DISBURSEMENT and EXPENDITURE).',
  })
  transactionKinds?: TransactionKind[];

  @Field(() => ID, { nullable: true, description: 'For FUNDING: only money from this actor.' })
  funder?: string;

  @Field(() => ID, { nullable: true, description: 'For FUNDING: only money to this actor.' })
  recipient?: string;

  @Field(() => Int, { nullable: true, description: 'For FUNDING: only transactions of this year.' })
  year?: number;

  @Field(() => ID, { nullable: true })
  country?: string;

  @Field(() => ID, { nullable: true })
  region?: string;

  @Field(() => ID, { nullable: true })
  theme?: string;

  @Field(() => ID, { nullable: true })
  sdg?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'For actors: a member of this network or association (MEMBER_OF it): `covenant-of-mayors`, `eurocities`.',
  })
  memberOf?: string;
}

@ObjectType('AggregateBucket')
export class AggregateBucketType {
  @Field(() => String, {
    description:
      'The group: a node key (country, region, theme, SDG goal), a node type, or a year.',
  })
  group!: string;

  @Field(() => Int, { description: 'How many items (FUNDING: transactions) are in the group.' })
  count!: number;

  /** FUNDING: the group's transactions' values. */
  values?: MoneyValue[];

  @Field(() => MoneyTotalsType, {
    nullable: true,
    description: 'FUNDING: what the group’s transactions add up to; null for other subjects.',
  })
  money(
    @Arg('currency', () => ReportingCurrencyEnum, { defaultValue: 'EUR' })
    currency: ReportingCurrency,
  ): MoneyTotalsType | null {
    return this.values ? totalsOf(exchangeRates(), this.values, currency) : null;
  }
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
