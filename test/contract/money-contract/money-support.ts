/**
 * What the parts of the money contract share: the store they run on and the actors and projects
 * of the real IATI files they ask about.
 */
import type { GraphStore } from '../../../src/store/graph-store.js';
import type { Api } from '../../support/api.js';

/** The store a money suite runs on, and the API over it; set by its beforeAll. */
export interface MoneyContext {
  store: GraphStore;
  api: Api;
}

export const DFID = 'iati-org:GB-GOV-1:department-for-international-development';
export const WOMENS_LEADERSHIP = 'project:iati:GB-1-109636-102';
