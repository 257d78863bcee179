/**
 * What makes two actors partners (docs/ARCHITECTURE.md, "Query semantics"), written once for both
 * stores: sharing a project, an agreement or a network, or a direct tie (a twinning, a stated
 * relation, a coordination, a support) — and the one exception, large networks.
 *
 * Large networks. Two members of a network are partners, but a network of thousands of members
 * would make millions of pairs (the Covenant of Mayors' 11,973 signatories: ~72M), drown every
 * member's partners in co-members it never worked with, and stall partner counts, centrality,
 * communities and the explorer. So a network with more than LARGE_NETWORK_MEMBERS members is
 * large: being members of it together is co-membership (CO_MEMBERSHIP), not a partnership. It
 * counts in no partner list, partner count, centrality or community, and is listed only when a
 * question asks for it, for one actor at a time (`partners(of: …, coMembership: true)`), paged.
 */
import type { RelationshipType } from './relationship-types.js';

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
/** The ways two actors can be partners. */
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** Partners through a node both are tied to the same way: a project, an agreement, a network. */
export const SHARED_PARTNERSHIPS: readonly (readonly [RelationshipType, PartnershipKind])[] = [
  ['PARTICIPATES_IN', 'PROJECT'],
  ['PARTY_TO', 'AGREEMENT'],
  ['MEMBER_OF', 'NETWORK'],
];

/** Partners through a relationship between the two, read either way. */
export const DIRECT_PARTNERSHIPS: readonly (readonly [RelationshipType, PartnershipKind])[] = [
  ['TWINNED_WITH', 'TWINNING'],
  ['COOPERATES_WITH', 'RELATION'],
  ['COORDINATES', 'COORDINATION'],
  ['SUPPORTS', 'SUPPORT'],
];

/**
 * A network with more members than this is large. Chosen from the data: the largest network
 * whose members the seeds list, Eurocities, has 206; the Cittaslow network the 2021 article
 * describes has 281 towns; the Covenant of Mayors has 11,973 signatories, and the networks the
 * article counts only by number have 8,000 (Mayors for Peace), 11,000 (GCoM) and 240,000 (UCLG).
 * 500 keeps the networks whose members work together as partners and sets the mass movements
 * apart. Members are MEMBER_OF relationships into the network (one per membership).
 */
export const LARGE_NETWORK_MEMBERS = 500;

export function isLargeNetwork(memberships: number): boolean {
  return memberships > LARGE_NETWORK_MEMBERS;
}

/** The kind a shared network gives two members: NETWORK, or CO_MEMBERSHIP for a large one. */
export function networkKind(memberships: number): PartnershipKind {
  return isLargeNetwork(memberships) ? 'CO_MEMBERSHIP' : 'NETWORK';
}
