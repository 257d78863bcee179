/**
 * What makes two actors partners (docs/ARCHITECTURE.md, "Query semantics"): a tie the sources
 * state, through something both joined (a hub: the same project, agreement or network) or
 * directly (a twinning, a stated cooperation). Two different actors only; other relationships
 * (the same country, theme or event, an office, a founding) make no partners.
 */
import type { RelationshipType } from '../relationship-types.js';

export const PARTNERSHIP_KINDS = [
  'PROJECT',
  'AGREEMENT',
  'NETWORK',
  'TWINNING',
  'RELATION',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export interface PartnershipRule {
  kind: PartnershipKind;
  /**
   * HUB: both actors have a `type` relationship to the same node, which is the reason's node;
   * DIRECT: a `type` relationship joins the two, stored either way; the reason's node is the partner.
   */
  through: 'HUB' | 'DIRECT';
  type: RelationshipType;
}

export const PARTNERSHIP_RULES: readonly PartnershipRule[] = [
  { kind: 'PROJECT', through: 'HUB', type: 'PARTICIPATES_IN' },
  { kind: 'AGREEMENT', through: 'HUB', type: 'PARTY_TO' },
  { kind: 'NETWORK', through: 'HUB', type: 'MEMBER_OF' },
  { kind: 'TWINNING', through: 'DIRECT', type: 'TWINNED_WITH' },
  { kind: 'RELATION', through: 'DIRECT', type: 'COOPERATES_WITH' },
];

export const HUB_RULES = PARTNERSHIP_RULES.filter((rule) => rule.through === 'HUB');
export const DIRECT_RULES = PARTNERSHIP_RULES.filter((rule) => rule.through === 'DIRECT');
