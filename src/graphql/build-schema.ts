/** Builds the executable schema from the resolver classes (and emits schema/schema.graphql on request). */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver } from './actor/actor.resolver.js';
import { CommitmentResolver } from './actor/commitment.resolver.js';
import { AgreementResolver } from './agreement/agreement.resolver.js';
import {
  EventResolver,
  FrameworkResolver,
  PracticeResolver,
  SourceResolver,
} from './misc/misc.resolver.js';
import { NodeResolver, ProvenanceResolver, RelationshipResolver } from './node/node.resolver.js';
import {
  PartnerResolver,
  PartnershipResolver,
  PartnershipViaResolver,
  TopicEvidenceResolver,
} from './partner/partner.resolver.js';
import { AdminAreaResolver, CountryResolver, RegionResolver } from './place/place.resolver.js';
import { ProjectResolver } from './project/project.resolver.js';
import { StatsResolver } from './stats/stats.resolver.js';
import { AggregateResolver, SdgCoverageResolver } from './dashboard/aggregate.resolver.js';
import { NetworkResolver } from './network/network.resolver.js';
import {
  CentralityScoreResolver,
  CommunityResolver,
  NeighbourhoodNodeResolver,
  NeighbourhoodResolver,
  PathResolver,
  PathStepResolver,
} from './network/network-fields.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { ChangeLogResolver } from './edit/change-log.resolver.js';
import { NodeEditResolver } from './edit/node-edit.resolver.js';
import { RelationshipEditResolver } from './edit/relationship-edit.resolver.js';
import { ChangeSubscriptionResolver, NO_TOPICS } from './edit/change-subscription.resolver.js';
import { SdgResolver, ThemeResolver } from './topic/topic.resolver.js';
import {
  ActorFundingResolver,
  FundingResolver,
  ProjectMoneyResolver,
} from './money/funding.resolver.js';
import {
  BudgetResolver,
  LocationResolver,
  PlannedDisbursementResolver,
  TransactionResolver,
} from './money/money-nodes.resolver.js';
import {
  BudgetType,
  LocationType,
  PlannedDisbursementType,
  TransactionType,
} from './common/nodes/money-nodes.types.js';
import { ActorType } from './common/nodes/actor.type.js';
import { AgreementType } from './common/nodes/agreement.type.js';
import { EventType, FrameworkType, PracticeType, SourceType } from './common/nodes/misc.types.js';
import { AdminAreaType, CountryType, RegionType } from './common/nodes/place.types.js';
import { ProjectType } from './common/nodes/project.type.js';
import { SdgType, ThemeType } from './common/nodes/topic.types.js';

export const RESOLVERS = [
  NodeResolver,
  ProvenanceResolver,
  RelationshipResolver,
  ActorResolver,
  CommitmentResolver,
  AgreementResolver,
  ProjectResolver,
  CountryResolver,
  RegionResolver,
  AdminAreaResolver,
  ThemeResolver,
  SdgResolver,
  PracticeResolver,
  EventResolver,
  FrameworkResolver,
  SourceResolver,
  PartnerResolver,
  PartnershipResolver,
  PartnershipViaResolver,
  TopicEvidenceResolver,
  StatsResolver,
  NetworkResolver,
  PathResolver,
  PathStepResolver,
  NeighbourhoodResolver,
  NeighbourhoodNodeResolver,
  CentralityScoreResolver,
  CommunityResolver,
  AggregateResolver,
  SdgCoverageResolver,
  SearchResolver,
  NodeEditResolver,
  RelationshipEditResolver,
  ChangeLogResolver,
  ChangeSubscriptionResolver,
  TransactionResolver,
  BudgetResolver,
  PlannedDisbursementResolver,
  LocationResolver,
  ProjectMoneyResolver,
  ActorFundingResolver,
  FundingResolver,
] as const;

/** Types reachable only through the Node interface still belong in the schema. */
const ORPHANED_TYPES = [
  ActorType,
  AgreementType,
  ProjectType,
  CountryType,
  RegionType,
  AdminAreaType,
  ThemeType,
  SdgType,
  PracticeType,
  EventType,
  FrameworkType,
  SourceType,
  TransactionType,
  BudgetType,
  PlannedDisbursementType,
  LocationType,
];

let cached: Promise<GraphQLSchema> | undefined;

/** The schema; built once per process (type-graphql's metadata is global). */
export function buildDiplomapSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  if (emitSchemaFile) {
    return buildSchema({
      resolvers: RESOLVERS,
      orphanedTypes: ORPHANED_TYPES,
      validate: false,
      pubSub: NO_TOPICS,
      emitSchemaFile: { path: emitSchemaFile, sortedSchema: true },
    });
  }
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    validate: false,
    pubSub: NO_TOPICS,
  });
  return cached;
}
