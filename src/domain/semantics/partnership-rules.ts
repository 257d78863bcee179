/**
 * What makes two actors partners (docs/ARCHITECTURE.md, "Query semantics"): a tie the sources
 * state, through something both joined (a hub: the same project, agreement or network) or
 * directly (a twinning, a stated cooperation, a coordination, a support). Two different actors
 * only; other relationships (the same country, theme or event, an office, a founding) make no
 * partners.
 *
 * Large networks. Two members of a network are partners, but a network of thousands of members
 * would make millions of pairs (the Covenant of Mayors' 11,973 signatories: ~72M), drown every
 * member's partners in co-members it never worked with, and stall partner counts, centrality,
 * communities and the explorer. So a hub rule may name a `large` kind: through a hub with more
 * than LARGE_NETWORK_MEMBERS such relationships, being tied to it together is that kind
 * (CO_MEMBERSHIP), not a partnership. It counts in no partner list, partner count, centrality or
 * community, and is listed only when a question asks for it, for one actor at a time
 * (`partners(of: …, coMembership: true)`), paged.
 */
import type { RelationshipType } from '../relationship-types.js';

export const PARTNERSHIP_KINDS = [
  'PROJECT',
  'AGREEMENT',
  'NETWORK',
  'TWINNING',
  'RELATION',
  'COORDINATION',
  'SUPPORT',
  'CO_MEMBERSHIP',
] as const;
/** The ways two actors can be partners (and CO_MEMBERSHIP, listed only when asked). */
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export interface PartnershipRule {
  kind: PartnershipKind;
  /**
   * HUB: both actors have a `type` relationship to the same node, which is the reason's node;
   * DIRECT: a `type` relationship joins the two, stored either way; the reason's node is the partner.
   */
  through: 'HUB' | 'DIRECT';
  type: RelationshipType;
  /** HUB only: the kind a large hub gives instead (not a partnership unless asked). */
  large?: PartnershipKind;
}

/** Membership of a network or association: what `memberOf` filters and counts by. */
export const MEMBERSHIP = 'MEMBER_OF' satisfies RelationshipType;
/** A body coordinating a signatory's commitment: what groups signatories by coordinator. */
export const COORDINATION = 'COORDINATES' satisfies RelationshipType;

export const PARTNERSHIP_RULES: readonly PartnershipRule[] = [
  { kind: 'PROJECT', through: 'HUB', type: 'PARTICIPATES_IN' },
  { kind: 'AGREEMENT', through: 'HUB', type: 'PARTY_TO' },
  { kind: 'NETWORK', through: 'HUB', type: MEMBERSHIP, large: 'CO_MEMBERSHIP' },
  { kind: 'TWINNING', through: 'DIRECT', type: 'TWINNED_WITH' },
  { kind: 'RELATION', through: 'DIRECT', type: 'COOPERATES_WITH' },
  { kind: 'COORDINATION', through: 'DIRECT', type: COORDINATION },
  { kind: 'SUPPORT', through: 'DIRECT', type: 'SUPPORTS' },
];

export const HUB_RULES = PARTNERSHIP_RULES.filter((rule) => rule.through === 'HUB');
export const DIRECT_RULES = PARTNERSHIP_RULES.filter((rule) => rule.through === 'DIRECT');

/**
 * A hub with more of its rule's relationships than this is large. Chosen from the data: the
 * largest network whose members the seeds list, Eurocities, has 206; the Cittaslow network the
 * 2021 article describes has 281 towns; the Covenant of Mayors has 11,973 signatories, and the
 * networks the article counts only by number have 8,000 (Mayors for Peace), 11,000 (GCoM) and
 * 240,000 (UCLG). 500 keeps the networks whose members work together as partners and sets the
 * mass movements apart. Members are MEMBER_OF relationships into the network (one per membership).
 */
export const LARGE_NETWORK_MEMBERS = 500;

export function isLargeNetwork(memberships: number): boolean {
  return memberships > LARGE_NETWORK_MEMBERS;
}

/** The kind sharing a hub gives under `rule`, given the hub's relationships of its type. */
export function hubKind(rule: PartnershipRule, hubLinks: number): PartnershipKind {
  return rule.large !== undefined && isLargeNetwork(hubLinks) ? rule.large : rule.kind;
}
