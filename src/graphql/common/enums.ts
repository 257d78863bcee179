/** GraphQL enums, registered from the domain's lists so the two never drift. */
import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS, NODE_TYPES } from '../../domain/node-types.js';
import { LARGE_NETWORK_MEMBERS } from '../../domain/semantics/partnership-rules.js';
import { BASIS_MEANINGS, PROVENANCE_BASES } from '../../domain/provenance.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import { PARTNERSHIP_KINDS } from '../../domain/semantics/partnership-rules.js';
import { TOPIC_EVIDENCE_KINDS } from '../../domain/semantics/topic-rules.js';

function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [screaming(v), v]));
}

/** `InternationalOrganization` → `INTERNATIONAL_ORGANIZATION`, the GraphQL enum convention. */
function screaming(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

export const ActorKindEnum = enumOf(ACTOR_KINDS);
registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description: 'The one kind every actor has.',
});

export const NodeTypeEnum = enumOf(NODE_TYPES);
registerEnumType(NodeTypeEnum, {
  name: 'NodeType',
  description: 'The type of a node in the graph.',
});

export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES);
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The type of a relationship.',
});

export const ProvenanceBasisEnum = enumOf(PROVENANCE_BASES);
registerEnumType(ProvenanceBasisEnum, {
  name: 'ProvenanceBasis',
  description:
    'How a fact follows from its source: stated by it, a reading of several of its passages, or an editorial decision.',
  valuesConfig: Object.fromEntries(
    PROVENANCE_BASES.map((basis) => [basis, { description: BASIS_MEANINGS[basis] }]),
  ),
});

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relationship is read: OUT from this node, IN to it, or BOTH.',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum NodeOrderField {
  NAME = 'NAME',
  KEY = 'KEY',
}
registerEnumType(NodeOrderField, {
  name: 'NodeOrderField',
  description: 'Lists are ordered by this field, then by key.',
});

export const PartnershipKindEnum = enumOf(PARTNERSHIP_KINDS);
registerEnumType(PartnershipKindEnum, {
  name: 'PartnershipKind',
  description: `How two actors are partners: a shared project, agreement or network, a twinning, a stated relation, one coordinating or supporting the other's commitment (COORDINATION, SUPPORT: the Covenant of Mayors' coordinators and supporters), or — only when asked, with \`partners(of:, coMembership: true)\` — membership of the same large network (CO_MEMBERSHIP: more than ${LARGE_NETWORK_MEMBERS} members, such as the Covenant of Mayors).`,
});

export const TopicEvidenceKindEnum = enumOf(TOPIC_EVIDENCE_KINDS);
registerEnumType(TopicEvidenceKindEnum, {
  name: 'TopicEvidenceKind',
  description:
    'FOCUS: the actor focuses on the topic; PROJECT: it takes part in a project that addresses it.',
});

export enum SdgLevel {
  GOAL = 'GOAL',
  TARGET = 'TARGET',
  INDICATOR = 'INDICATOR',
}
registerEnumType(SdgLevel, { name: 'SdgLevel' });
