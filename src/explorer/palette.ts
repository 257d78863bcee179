/**
 * Colours: actor kinds (nodes) and partnership kinds (arcs and edges). Hues of the Okabe–Ito
 * colour-blind-safe set, darkened so each has at least 3.7:1 contrast on the map's land
 * (#d9d9d4) and 5:1 on white (WCAG's 3:1 for graphics).
 */
import type { ActorKind, PartnershipKind } from './generated/graphql.js';

export const ACTOR_COLOURS: Record<ActorKind, string> = {
  MUNICIPALITY: '#0067A3',
  ASSOCIATION: '#B04A00',
  GOVERNMENT: '#6A3D9A',
  INTERNATIONAL_ORGANIZATION: '#007A5A',
  CIVIL_SOCIETY: '#8A6508',
  FOUNDATION: '#A8457F',
  NETWORK: '#000000',
  PERSON: '#666666',
  // Dark olive: an organisation whose kind the source does not state.
  ORGANIZATION: '#4B5B20',
};

export const ACTOR_LABELS: Record<ActorKind, string> = {
  MUNICIPALITY: 'Municipality',
  ASSOCIATION: 'Association',
  GOVERNMENT: 'Government',
  INTERNATIONAL_ORGANIZATION: 'International organisation',
  CIVIL_SOCIETY: 'Civil society',
  FOUNDATION: 'Foundation',
  NETWORK: 'Network',
  PERSON: 'Person',
  ORGANIZATION: 'Organisation (kind not stated)',
};

export const PARTNERSHIP_COLOURS: Record<PartnershipKind, string> = {
  PROJECT: '#B04A00',
  AGREEMENT: '#6A3D9A',
  NETWORK: '#007A5A',
  TWINNING: '#0067A3',
  RELATION: '#8A6508',
  // The Covenant of Mayors' coordinators and supporters: olive and grey, set apart from the
  // partnerships of the founding documents; co-membership (drawn only when asked) dark grey.
  COORDINATION: '#4B5B20',
  SUPPORT: '#666666',
  CO_MEMBERSHIP: '#3A3A3A',
};

export const PARTNERSHIP_LABELS: Record<PartnershipKind, string> = {
  PROJECT: 'Shared project',
  AGREEMENT: 'Agreement',
  NETWORK: 'Same network',
  TWINNING: 'Twinning',
  RELATION: 'Stated relation',
  COORDINATION: 'Coordinates (Covenant)',
  SUPPORT: 'Supports (Covenant)',
  CO_MEMBERSHIP: 'Same large network',
};

/** What an edge of the views is: a partnership of some kind, or a funding flow. */
export type EdgeKind = PartnershipKind | 'FUNDING';

/** Funding flows in reddish purple, a hue no partnership kind has. */
export const EDGE_COLOURS: Record<EdgeKind, string> = {
  ...PARTNERSHIP_COLOURS,
  FUNDING: '#A8457F',
};
export const FUNDING_LABEL = 'Funding flow (width by amount)';

/** The order in which a partnership's kinds decide its colour: the most formal link first. */
export const PARTNERSHIP_PRECEDENCE: PartnershipKind[] = [
  'AGREEMENT',
  'PROJECT',
  'TWINNING',
  'NETWORK',
  'COORDINATION',
  'SUPPORT',
  'RELATION',
  'CO_MEMBERSHIP',
];
