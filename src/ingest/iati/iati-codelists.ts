/**
 * The IATI codelists an activity import reads, and how each maps onto the graph. Codes and names
 * are from the IATI Standard's reference pages (OrganisationRole, OrganisationType,
 * ActivityDateType, ActivityStatus, Region, TagVocabulary, SectorVocabulary); the mappings are
 * Diplomap's, documented in docs/import-export.md, "IATI activity XML" — small on purpose, and honest about what is left out.
 */
import type { ActorKind } from '../../domain/node-types.js';
import type { ParticipationRole } from '../../domain/relationship-types.js';

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

/** OrganisationType → actor kind. Types without a kind in the graph are imported as CivilSociety. */
export const ORGANISATION_TYPES: Record<string, { name: string; kind: ActorKind }> = {
  '10': { name: 'Government', kind: 'Government' },
  '11': { name: 'Local Government', kind: 'Municipality' },
  '15': { name: 'Other Public Sector', kind: 'Government' },
  '21': { name: 'International NGO', kind: 'CivilSociety' },
  '22': { name: 'National NGO', kind: 'CivilSociety' },
  '23': { name: 'Regional NGO', kind: 'CivilSociety' },
  '24': { name: 'Partner Country based NGO', kind: 'CivilSociety' },
  '30': { name: 'Public Private Partnership', kind: 'CivilSociety' },
  '40': { name: 'Multilateral', kind: 'InternationalOrganization' },
  '60': { name: 'Foundation', kind: 'Foundation' },
  '70': { name: 'Private Sector', kind: 'CivilSociety' },
  '71': { name: 'Private Sector in Provider Country', kind: 'CivilSociety' },
  '72': { name: 'Private Sector in Aid Recipient Country', kind: 'CivilSociety' },
  '73': { name: 'Private Sector in Third Country', kind: 'CivilSociety' },
  '80': { name: 'Academic, Training and Research', kind: 'CivilSociety' },
  '90': { name: 'Other', kind: 'CivilSociety' },
};
/** The kind of an organisation whose type is not given. */
export const DEFAULT_ACTOR_KIND: ActorKind = 'CivilSociety';

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
