/**
 * Colours: actor kinds (nodes) and partnership kinds (arcs and edges). Chosen from the Okabe–Ito
 * colour-blind-safe set, dark enough for 3:1 contrast on the light background of the views.
 */
import type { ActorKind, PartnershipKind } from './generated/graphql.js';

export const ACTOR_COLOURS: Record<ActorKind, string> = {
  MUNICIPALITY: '#0072B2',
  ASSOCIATION: '#D55E00',
  GOVERNMENT: '#6A3D9A',
  INTERNATIONAL_ORGANIZATION: '#009E73',
  CIVIL_SOCIETY: '#B8860B',
  FOUNDATION: '#CC79A7',
  NETWORK: '#000000',
  PERSON: '#7F7F7F',
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
};

export const PARTNERSHIP_COLOURS: Record<PartnershipKind, string> = {
  PROJECT: '#D55E00',
  AGREEMENT: '#6A3D9A',
  NETWORK: '#009E73',
  TWINNING: '#0072B2',
  RELATION: '#B8860B',
};

export const PARTNERSHIP_LABELS: Record<PartnershipKind, string> = {
  PROJECT: 'Shared project',
  AGREEMENT: 'Agreement',
  NETWORK: 'Same network',
  TWINNING: 'Twinning',
  RELATION: 'Stated relation',
};

/** The order in which a partnership's kinds decide its colour: the most formal link first. */
export const PARTNERSHIP_PRECEDENCE: PartnershipKind[] = [
  'AGREEMENT',
  'PROJECT',
  'TWINNING',
  'NETWORK',
  'RELATION',
];
