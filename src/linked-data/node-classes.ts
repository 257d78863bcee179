/** The classes of the vocabulary: our term for each node type and the reused classes it maps to. */
import type { NodeType } from '../domain/node-types.js';
import { NS } from './uris.js';

const ORG = NS.org;
const S = NS.schema;

export interface ClassTerm {
  /** Local name in our namespace. */
  term: string;
  label: string;
  comment: string;
  /** Reused classes every node of the type also has (full IRIs). */
  also: string[];
}

export const NODE_CLASSES: Record<NodeType, ClassTerm> = {
  Municipality: {
    term: 'Municipality',
    label: 'Municipality',
    comment: 'A city or comune acting in city diplomacy: the local government and its place.',
    also: [`${ORG}Organization`, `${S}City`],
  },
  Association: {
    term: 'Association',
    label: 'Association of local governments',
    comment: 'An association of municipalities or local authorities (ANCI, FEMP).',
    also: [`${ORG}FormalOrganization`, `${S}Organization`],
  },
  Government: {
    term: 'Government',
    label: 'Government body',
    comment: 'A ministry, agency or department of a national government.',
    also: [`${ORG}Organization`, `${S}GovernmentOrganization`],
  },
  InternationalOrganization: {
    term: 'InternationalOrganization',
    label: 'International organisation',
    comment: 'An intergovernmental organisation or UN agency.',
    also: [`${ORG}FormalOrganization`, `${S}Organization`],
  },
  CivilSociety: {
    term: 'CivilSociety',
    label: 'Civil society organisation',
    comment: 'A non-governmental organisation.',
    also: [`${ORG}Organization`, `${S}NGO`],
  },
  Foundation: {
    term: 'Foundation',
    label: 'Foundation',
    comment: 'A philanthropic or banking foundation.',
    also: [`${ORG}FormalOrganization`, `${S}Organization`],
  },
  Organization: {
    term: 'Organization',
    label: 'Organisation of unknown kind',
    comment:
      'An organisation a source names without saying what kind it is (an IATI org without a type).',
    also: [`${ORG}Organization`, `${S}Organization`],
  },
  Transaction: {
    term: 'Transaction',
    label: 'Transaction',
    comment:
      'Money committed, disbursed, spent or received for a project (IATI transaction), with its value, currency and date.',
    also: [`${S}MoneyTransfer`],
  },
  Budget: {
    term: 'Budget',
    label: 'Budget',
    comment: 'The money a project plans to spend in a period (IATI budget).',
    also: [`${S}MonetaryAmount`],
  },
  PlannedDisbursement: {
    term: 'PlannedDisbursement',
    label: 'Planned disbursement',
    comment: 'Money a provider plans to pay to a project in a period (IATI planned-disbursement).',
    also: [`${S}MonetaryAmount`],
  },
  Location: {
    term: 'Location',
    label: 'Location',
    comment: 'A place a project works in: a point or an administrative area (IATI location).',
    also: [`${S}Place`],
  },
  Network: {
    term: 'Network',
    label: 'City network',
    comment: 'A network, coalition or task force of cities and other actors.',
    also: [`${ORG}Organization`, `${S}Organization`],
  },
  Person: {
    term: 'Person',
    label: 'Person',
    comment: 'An office holder (a mayor, a president).',
    also: [`${S}Person`],
  },
  Agreement: {
    term: 'Agreement',
    label: 'Agreement',
    comment: 'A framework agreement, protocol, memorandum or declaration between actors.',
    also: [`${S}CreativeWork`],
  },
  Project: {
    term: 'Project',
    label: 'Project',
    comment: 'A cooperation project or programme.',
    also: [`${S}Project`],
  },
  Country: {
    term: 'Country',
    label: 'Country',
    comment: 'A country (ISO 3166-1).',
    also: [`${S}Country`],
  },
  Region: {
    term: 'Region',
    label: 'Region',
    comment: 'A world region: UN M49 or curated (the Mediterranean).',
    also: [`${S}Place`],
  },
  AdminArea: {
    term: 'AdminArea',
    label: 'Administrative area',
    comment: 'A region or province inside a country.',
    also: [`${S}AdministrativeArea`],
  },
  Sdg: {
    term: 'Sdg',
    label: 'Sustainable Development Goal, target or indicator',
    comment: 'An element of the UN 2030 Agenda; goals and targets match the UN SDG KOS.',
    also: [`${NS.skos}Concept`],
  },
  Theme: {
    term: 'Theme',
    label: 'Theme',
    comment: 'A theme of city diplomacy (migration, climate), a concept of the themes scheme.',
    also: [`${NS.skos}Concept`],
  },
  Practice: {
    term: 'Practice',
    label: 'Practice',
    comment: 'A policy or practice that actors pioneer or adopt (the 15-minute city).',
    also: [`${NS.skos}Concept`],
  },
  Event: {
    term: 'Event',
    label: 'Event',
    comment: 'A convening, summit or conference.',
    also: [`${S}Event`],
  },
  Framework: {
    term: 'Framework',
    label: 'Framework',
    comment: 'A law, agenda or policy framework that work aligns with.',
    also: [`${S}CreativeWork`],
  },
  Source: {
    term: 'Source',
    label: 'Source',
    comment: 'A document or dataset that facts are derived from.',
    also: [`${NS.prov}Entity`, `${S}CreativeWork`],
  },
};
