/**
 * What the parts of the store contract share: the seeded facts they check and the store they run on.
 */
import type { GraphStore } from '../../../src/store/graph-store.js';
import type { Api } from '../../support/api.js';

/** The seeded store a contract suite runs on, and the API over it; set by its beforeAll. */
export interface ContractContext {
  store: GraphStore;
  api: Api;
}

/** ANCI's partners, each with how it partners ANCI (from seeds/curated/anci.yaml). */
export const ANCI_PARTNERS: Record<string, string[]> = {
  acri: [
    'AGREEMENT/agreement:anci-acri-foundations-for-africa',
    'PROJECT/project:matching-fund-burkina-faso',
  ],
  'al-association-of-municipalities': ['AGREEMENT/agreement:anci-al-association'],
  ambf: ['PROJECT/project:matching-fund-burkina-faso'],
  'br-ministry-of-cities': ['RELATION/br-ministry-of-cities'],
  'ci-association-of-mayors': ['RELATION/ci-association-of-mayors'],
  'ci-association-of-municipalities': ['RELATION/ci-association-of-municipalities'],
  daras: ['AGREEMENT/agreement:anci-daras-2015'],
  dgcs: ['AGREEMENT/agreement:anci-dgcs-2001'],
  fao: ['AGREEMENT/agreement:anci-fao'],
  femp: ['RELATION/femp'],
  fnp: ['AGREEMENT/agreement:anci-fnp'],
  maeci: ['AGREEMENT/agreement:anci-maeci-2015', 'PROJECT/project:kurdish-municipalities'],
  'ml-association-of-municipalities': ['RELATION/ml-association-of-municipalities'],
  'mt-association-of-municipalities': ['AGREEMENT/agreement:anci-mt-association'],
  'tz-association-of-municipalities': ['RELATION/tz-association-of-municipalities'],
  'un-ponte-per': ['PROJECT/project:kurdish-municipalities'],
  undesa: ['AGREEMENT/agreement:anci-undesa'],
  undp: ['AGREEMENT/agreement:anci-undp'],
  unicef: ['AGREEMENT/agreement:anci-unicef'],
  'za-association-of-municipalities': ['RELATION/za-association-of-municipalities'],
};

export const ANCI_AGREEMENTS = [
  'agreement:anci-acri-foundations-for-africa',
  'agreement:anci-al-association',
  'agreement:anci-daras-2015',
  'agreement:anci-dgcs-2001',
  'agreement:anci-fao',
  'agreement:anci-fnp',
  'agreement:anci-maeci-2015',
  'agreement:anci-mt-association',
  'agreement:anci-undesa',
  'agreement:anci-undp',
  'agreement:anci-unicef',
];

export function codeOf(result: { errors?: readonly unknown[] | undefined }): unknown {
  const [error] = (result.errors ?? []) as { extensions?: { code?: unknown } }[];
  return error?.extensions?.code;
}
