/**
 * The IATI codelists an activity import reads, and how each maps onto the graph. Codes and names
 * are from the IATI Standard's reference pages (OrganisationRole, OrganisationType,
 * ActivityDateType, ActivityStatus, Region, TagVocabulary, SectorVocabulary, TransactionType,
 * BudgetType, BudgetStatus, RelatedActivityType, PolicyMarker, PolicySignificance); the mappings
 * are Diplomap's, documented in docs/money.md and docs/import-export.md, "IATI activity XML" —
 * small on purpose, and honest about what is left out.
 */
import type { ActorKind } from '../../domain/node-types.js';
import type { ParticipationRole } from '../../domain/relationship-types.js';
import type { TransactionKind } from '../../domain/transaction-kinds.js';

/** OrganisationRole: 2.0x codes 1–4; 1.0x uses the names. */
export const ORGANISATION_ROLES: Record<string, { name: string; role: ParticipationRole }> = {
  // The government or organisation which provides funds to the activity.
  '1': { name: 'Funding', role: 'FUNDER' },
  // Responsible for oversight of the activity and its outcomes: the one that answers for it.
  '2': { name: 'Accountable', role: 'LEAD' },
  // Manages the budget and direction on behalf of the funder: it passes the funds on.
  '3': { name: 'Extending', role: 'FUNDER' },
  // Physically carries out the activity.
  '4': { name: 'Implementing', role: 'IMPLEMENTER' },
};

/** The role code for a 2.0x code or a 1.0x name (case-insensitive), or undefined. */
export function organisationRoleCode(value: string): string | undefined {
  const text = value.trim();
  if (ORGANISATION_ROLES[text]) return text;
  return Object.keys(ORGANISATION_ROLES).find(
    (code) => ORGANISATION_ROLES[code]!.name.toLowerCase() === text.toLowerCase(),
  );
}

/**
 * OrganisationType → actor kind. Types the graph has no kind for (public-private partnerships,
 * the private sector, academia, "other") become Organization, an organisation of no stated
 * kind, as does an organisation without a type; the IATI type is kept as a property.
 */
export const ORGANISATION_TYPES: Record<string, { name: string; kind: ActorKind }> = {
  '10': { name: 'Government', kind: 'Government' },
  '11': { name: 'Local Government', kind: 'Municipality' },
  '15': { name: 'Other Public Sector', kind: 'Government' },
  '21': { name: 'International NGO', kind: 'CivilSociety' },
  '22': { name: 'National NGO', kind: 'CivilSociety' },
  '23': { name: 'Regional NGO', kind: 'CivilSociety' },
  '24': { name: 'Partner Country based NGO', kind: 'CivilSociety' },
  '30': { name: 'Public Private Partnership', kind: 'Organization' },
  '40': { name: 'Multilateral', kind: 'InternationalOrganization' },
  '60': { name: 'Foundation', kind: 'Foundation' },
  '70': { name: 'Private Sector', kind: 'Organization' },
  '71': { name: 'Private Sector in Provider Country', kind: 'Organization' },
  '72': { name: 'Private Sector in Aid Recipient Country', kind: 'Organization' },
  '73': { name: 'Private Sector in Third Country', kind: 'Organization' },
  '80': { name: 'Academic, Training and Research', kind: 'Organization' },
  '90': { name: 'Other', kind: 'Organization' },
};
/** The kind of an organisation whose type is not given: not guessed. */
export const UNKNOWN_ACTOR_KIND: ActorKind = 'Organization';

/**
 * 1.0x organisation types were words on some files (`INGO`, `NGO`, `Government`…); those with an
 * unambiguous code are read as it.
 */
export const ORGANISATION_TYPE_WORDS: Record<string, string> = {
  government: '10',
  'local government': '11',
  ingo: '21',
  ngo: '22',
  multilateral: '40',
  foundation: '60',
};

/** ActivityDateType: 2.0x codes 1–4, 1.0x names; each becomes a property of the project. */
export const ACTIVITY_DATE_TYPES: Record<string, { name: string; prop: string }> = {
  '1': { name: 'start-planned', prop: 'startPlanned' },
  '2': { name: 'start-actual', prop: 'startActual' },
  '3': { name: 'end-planned', prop: 'endPlanned' },
  '4': { name: 'end-actual', prop: 'endActual' },
};

export function activityDateType(value: string): { name: string; prop: string } | undefined {
  const text = value.trim();
  return (
    ACTIVITY_DATE_TYPES[text] ??
    Object.values(ACTIVITY_DATE_TYPES).find((t) => t.name === text.toLowerCase())
  );
}

/** ActivityStatus (same codes in 1.0x and 2.0x) → the project statuses of edits. */
export const ACTIVITY_STATUSES: Record<string, { name: string; status: string }> = {
  '1': { name: 'Pipeline/identification', status: 'PLANNED' },
  '2': { name: 'Implementation', status: 'ONGOING' },
  // Physical activity complete, financial sign-off pending.
  '3': { name: 'Finalisation', status: 'COMPLETED' },
  '4': { name: 'Closed', status: 'COMPLETED' },
  '5': { name: 'Cancelled', status: 'CANCELLED' },
  '6': { name: 'Suspended', status: 'SUSPENDED' },
};

/**
 * Region vocabulary 1 (OECD DAC regional codes) → the graph's regions. A DAC regional code covers
 * the aid-recipient countries of an area, so it maps to the graph region that contains them all.
 * 998 "Developing countries, unspecified" names no place and is refused.
 */
export const DAC_REGIONS: Record<string, { name: string; region: string }> = {
  '88': { name: 'States Ex-Yugoslavia unspecified', region: 'region:balkans' },
  '89': { name: 'Europe, regional', region: 'region:m49-150' },
  '189': { name: 'North of Sahara, regional', region: 'region:m49-015' },
  '289': { name: 'South of Sahara, regional', region: 'region:sub-saharan-africa' },
  '298': { name: 'Africa, regional', region: 'region:m49-002' },
  '380': { name: 'West Indies, regional', region: 'region:m49-029' },
  '389': { name: 'North & Central America, regional', region: 'region:latin-america' },
  '489': { name: 'South America, regional', region: 'region:m49-005' },
  '498': { name: 'America, regional', region: 'region:m49-019' },
  '589': { name: 'Middle East, regional', region: 'region:middle-east' },
  '619': { name: 'Central Asia, regional', region: 'region:m49-143' },
  '679': { name: 'South Asia, regional', region: 'region:m49-034' },
  '689': { name: 'South & Central Asia, regional', region: 'region:m49-142' },
  '789': { name: 'Far East Asia, regional', region: 'region:m49-142' },
  '798': { name: 'Asia, regional', region: 'region:m49-142' },
  '889': { name: 'Oceania, regional', region: 'region:m49-009' },
};

/** Region vocabulary 2 is UN M49, which the graph's regions are keyed by. */
export function m49RegionKey(code: string): string | undefined {
  return /^\d{1,3}$/.test(code.trim()) ? `region:m49-${code.trim().padStart(3, '0')}` : undefined;
}

/**
 * DAC sectors (vocabulary 1: 5-digit purpose codes; 2: 3-digit categories) that match one of
 * the graph's themes. Other sectors are kept as the project's `sectors` property, not linked.
 */
export const SECTOR_THEMES: Record<string, { name: string; theme: string }> = {
  '15112': {
    name: 'Decentralisation and support to subnational government',
    theme: 'theme:governance',
  },
  '15150': { name: 'Democratic participation and civil society', theme: 'theme:governance' },
  '15160': { name: 'Human rights', theme: 'theme:human-rights' },
  '15170': {
    name: "Women's rights organisations and movements, and government institutions",
    theme: 'theme:gender',
  },
  '15190': {
    name: 'Facilitation of orderly, safe, regular and responsible migration and mobility',
    theme: 'theme:migration',
  },
  '15220': {
    name: 'Civilian peace-building, conflict prevention and resolution',
    theme: 'theme:peacebuilding',
  },
  '43030': { name: 'Urban development and management', theme: 'theme:sustainable-cities' },
  '74020': { name: 'Multi-hazard response preparedness', theme: 'theme:resilience' },
  '152': { name: 'Conflict, Peace & Security', theme: 'theme:peacebuilding' },
};

/** Vocabularies that carry SDGs: tag 2/3 (goal/target, 2.03+) and sector 7/8 (goal/target). */
export const SDG_TAG_VOCABULARIES = { goal: '2', target: '3' } as const;
export const SDG_SECTOR_VOCABULARIES = { goal: '7', target: '8' } as const;

/**
 * TransactionType: 2.0x codes, 1.0x letter codes (IF, C, D, E, IR, LR, R, QP, QS, CG) and the
 * names, each to a transaction kind.
 */
export const TRANSACTION_TYPES: Record<
  string,
  { name: string; kind: TransactionKind; v1?: string }
> = {
  '1': { name: 'Incoming Funds', kind: 'INCOMING_FUNDS', v1: 'IF' },
  '2': { name: 'Outgoing Commitment', kind: 'COMMITMENT', v1: 'C' },
  '3': { name: 'Disbursement', kind: 'DISBURSEMENT', v1: 'D' },
  '4': { name: 'Expenditure', kind: 'EXPENDITURE', v1: 'E' },
  '5': { name: 'Interest Payment', kind: 'INTEREST_PAYMENT', v1: 'IR' },
  '6': { name: 'Loan Repayment', kind: 'LOAN_REPAYMENT', v1: 'LR' },
  '7': { name: 'Reimbursement', kind: 'REIMBURSEMENT', v1: 'R' },
  '8': { name: 'Purchase of Equity', kind: 'PURCHASE_OF_EQUITY', v1: 'QP' },
  '9': { name: 'Sale of Equity', kind: 'SALE_OF_EQUITY', v1: 'QS' },
  '10': { name: 'Credit Guarantee', kind: 'CREDIT_GUARANTEE', v1: 'CG' },
  '11': { name: 'Incoming Commitment', kind: 'INCOMING_COMMITMENT' },
  '12': { name: 'Outgoing Pledge', kind: 'OUTGOING_PLEDGE' },
  '13': { name: 'Incoming Pledge', kind: 'INCOMING_PLEDGE' },
};

export function transactionType(code: string): { name: string; kind: TransactionKind } | undefined {
  const text = code.trim();
  return (
    TRANSACTION_TYPES[text] ??
    Object.values(TRANSACTION_TYPES).find((t) => t.v1 === text.toUpperCase())
  );
}

/** BudgetType (1 Original, 2 Revised) and BudgetStatus (1 Indicative, 2 Committed). */
export const BUDGET_TYPES: Record<string, string> = { '1': 'ORIGINAL', '2': 'REVISED' };
export const BUDGET_STATUSES: Record<string, string> = { '1': 'INDICATIVE', '2': 'COMMITTED' };

/** RelatedActivityType: parents and children become PART_OF, the rest RELATED_TO. */
export const RELATED_ACTIVITY_TYPES: Record<
  string,
  { name: string; link: 'PARENT' | 'CHILD' | 'RELATED' }
> = {
  '1': { name: 'Parent', link: 'PARENT' },
  '2': { name: 'Child', link: 'CHILD' },
  '3': { name: 'Sibling', link: 'RELATED' },
  '4': { name: 'Co-funded', link: 'RELATED' },
  '5': { name: 'Third Party', link: 'RELATED' },
};

/** PolicyMarker (vocabulary 1, OECD DAC CRS) and PolicySignificance, kept as readable text. */
export const POLICY_MARKERS: Record<string, string> = {
  '1': 'Gender Equality',
  '2': 'Aid to Environment',
  '3': 'Participatory Development/Good Governance',
  '4': 'Trade Development',
  '5': 'Aid Targeting the Objectives of the Convention on Biological Diversity',
  '6': 'Aid Targeting the Objectives of the Framework Convention on Climate Change - Mitigation',
  '7': 'Aid Targeting the Objectives of the Framework Convention on Climate Change - Adaptation',
  '8': 'Aid Targeting the Objectives of the Convention to Combat Desertification',
  '9': 'Reproductive, Maternal, Newborn and Child Health (RMNCH)',
  '10': 'Disaster Risk Reduction (DRR)',
  '11': 'Disability',
  '12': 'Nutrition',
};
export const POLICY_SIGNIFICANCES: Record<string, string> = {
  '0': 'not targeted',
  '1': 'significant objective',
  '2': 'principal objective',
  '3': 'principal objective and in support of an action programme',
  '4': 'explicit primary objective',
};

/** The IATI Standard versions this importer knows; others are read with a warning. */
export const KNOWN_VERSIONS = ['1.01', '1.02', '1.03', '1.04', '1.05', '2.01', '2.02', '2.03'];
