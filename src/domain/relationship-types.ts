/** The kinds of relationship in the graph, with the node types each may connect. */
import { ACTOR_KINDS, type NodeType } from './node-types.js';

export const RELATIONSHIP_TYPES = [
  'LOCATED_IN',
  'IN_REGION',
  'PART_OF',
  'MEMBER_OF',
  'PARTY_TO',
  'PARTICIPATES_IN',
  'TARGETS',
  'ADDRESSES',
  'FOCUSES_ON',
  'PRIORITIZES',
  'ALIGNS_WITH',
  'TWINNED_WITH',
  'PIONEERED',
  'ADOPTED',
  'HOSTED',
  'ATTENDED',
  'HOLDS_OFFICE',
  'COOPERATES_WITH',
  'FOUNDED',
  'APPLIES',
  'LAUNCHED',
  // Money and IATI activities.
  'FOR_PROJECT',
  'PROVIDES',
  'RECEIVES',
  'RELATED_TO',
  'REPORTS_ON',
  // Covenant of Mayors: the region, province or association that coordinates a signatory, and
  // the network or association that supports it.
  'COORDINATES',
  'SUPPORTS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const relationshipTypeSet: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
export function isRelationshipType(type: string): type is RelationshipType {
  return relationshipTypeSet.has(type);
}

const ACTOR: readonly NodeType[] = ACTOR_KINDS;
const TOPIC: readonly NodeType[] = ['Theme', 'Sdg'];
const PLACE: readonly NodeType[] = ['Country', 'Region'];
const FLOW: readonly NodeType[] = ['Transaction', 'PlannedDisbursement'];

/** Allowed endpoint types per relationship type; checked by the seed loader and by edits. */
export const RELATIONSHIP_ENDPOINTS: Record<
  RelationshipType,
  { from: readonly NodeType[]; to: readonly NodeType[] }
> = {
  LOCATED_IN: { from: [...ACTOR, 'AdminArea'], to: ['Municipality', 'Country', 'AdminArea'] },
  IN_REGION: { from: ['Country'], to: ['Region'] },
  PART_OF: {
    from: ['Region', 'Project', 'Municipality', 'AdminArea', 'Sdg'],
    to: ['Region', 'Project', 'AdminArea', 'Sdg'],
  },
  MEMBER_OF: { from: ACTOR, to: ['Network', 'Association', 'InternationalOrganization'] },
  PARTY_TO: { from: ACTOR, to: ['Agreement'] },
  PARTICIPATES_IN: { from: ACTOR, to: ['Project'] },
  TARGETS: { from: ['Project'], to: [...PLACE, 'Location'] },
  ADDRESSES: { from: ['Project', 'Agreement'], to: TOPIC },
  FOCUSES_ON: { from: ACTOR, to: TOPIC },
  PRIORITIZES: { from: ACTOR, to: [...PLACE, ...TOPIC] },
  ALIGNS_WITH: {
    from: [...ACTOR, 'Theme', 'Project', 'Practice', 'Agreement'],
    to: ['Sdg', 'Framework'],
  },
  TWINNED_WITH: { from: ['Municipality'], to: ['Municipality'] },
  PIONEERED: { from: ACTOR, to: ['Practice'] },
  ADOPTED: { from: ACTOR, to: ['Practice'] },
  HOSTED: { from: ACTOR, to: ['Event'] },
  ATTENDED: { from: ACTOR, to: ['Event'] },
  HOLDS_OFFICE: { from: ['Person'], to: ACTOR },
  COOPERATES_WITH: { from: ACTOR, to: ACTOR },
  FOUNDED: { from: ACTOR, to: [...ACTOR, 'Event', 'Practice', 'Project'] },
  /** A project works through a practice (a methodology, a model). */
  APPLIES: { from: ['Project'], to: ['Practice'] },
  /** An event launched it: it was started, founded or signed there. */
  LAUNCHED: { from: ['Event'], to: [...ACTOR, 'Practice', 'Project', 'Agreement'] },
  // A transaction, budget or planned disbursement of a project (IATI activity).
  FOR_PROJECT: { from: ['Transaction', 'Budget', 'PlannedDisbursement'], to: ['Project'] },
  // The organisation the money comes from (provider-org) and the one it goes to (receiver-org).
  PROVIDES: { from: ACTOR, to: FLOW },
  RECEIVES: { from: ACTOR, to: FLOW },
  // IATI related activities other than parent and child (those are PART_OF): siblings,
  // co-funded, third-party reported.
  RELATED_TO: { from: ['Project'], to: ['Project'] },
  // The organisation that published the activity (IATI reporting-org).
  REPORTS_ON: { from: ACTOR, to: ['Project'] },
  // A body that coordinates another's commitment (a Covenant of Mayors coordinator: a region, a
  // province, an agency) and one that supports it (a Covenant supporter: a network, an association).
  COORDINATES: { from: ACTOR, to: ACTOR },
  SUPPORTS: { from: ACTOR, to: ACTOR },
};

/** Relationships that are symmetric: stored once, read in both directions. */
export const SYMMETRIC_RELATIONSHIPS: ReadonlySet<RelationshipType> = new Set([
  'TWINNED_WITH',
  'COOPERATES_WITH',
]);

/** Participation roles (after IATI's organisation roles). */
export const PARTICIPATION_ROLES = [
  'LEAD',
  'PARTNER',
  'FUNDER',
  'IMPLEMENTER',
  'BENEFICIARY',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/**
 * The roles a relationship may carry: a closed list, `'free'` for an office title (Mayor of
 * Milan), absent when the relationship has no role.
 */
export const RELATIONSHIP_ROLES: Partial<Record<RelationshipType, readonly string[] | 'free'>> = {
  PARTICIPATES_IN: PARTICIPATION_ROLES,
  PARTY_TO: ['SIGNATORY', 'PROMOTER', 'WITNESS'],
  MEMBER_OF: ['MEMBER', 'LEADER', 'FOUNDER', 'COORDINATOR'],
  HOLDS_OFFICE: 'free',
};
