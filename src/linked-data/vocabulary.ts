/**
 * The vocabulary of the Linked Data view: for each node type and relationship type, our own term
 * (`dm:`, published at `/vocab` with a label and a comment) and the reused terms it maps to —
 * schema.org, the W3C Organization Ontology (ORG), PROV-O, SKOS and the UN SDG ontology. One table
 * per kind of thing, so the mapping, the published vocabulary and the docs cannot drift apart.
 */
import type { NodeType } from '../domain/node-types.js';
import type { RelationshipType } from '../domain/relationship-types.js';
import { NS } from './uris.js';

export interface ClassTerm {
  /** Local name in our namespace. */
  term: string;
  label: string;
  comment: string;
  /** Reused classes every node of the type also has (full IRIs). */
  also: string[];
}

const ORG = NS.org;
const S = NS.schema;

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

export interface PropertyTerm {
  term: string;
  label: string;
  comment: string;
  /** Reused properties it specialises (rdfs:subPropertyOf). */
  superProperties?: string[];
  /** A reused property stated directly as well (so consumers need no reasoning). */
  direct?: string;
  symmetric?: boolean;
}

const p = (
  term: string,
  label: string,
  comment: string,
  extra: Omit<PropertyTerm, 'term' | 'label' | 'comment'> = {},
): PropertyTerm => ({ term, label, comment, ...extra });

export const RELATIONSHIP_PROPERTIES: Record<RelationshipType, PropertyTerm> = {
  LOCATED_IN: p('locatedIn', 'located in', 'Where an actor or area is.', {
    superProperties: [`${S}location`],
  }),
  IN_REGION: p('inRegion', 'in region', 'A country in a world region.', {
    superProperties: [`${S}containedInPlace`],
  }),
  PART_OF: p('partOf', 'part of', 'A part of a larger whole (region, project, area, SDG).', {
    superProperties: [`${NS.dcterms}isPartOf`],
  }),
  MEMBER_OF: p('memberOf', 'member of', 'Membership of a network or association.', {
    superProperties: [`${ORG}memberOf`],
    direct: `${ORG}memberOf`,
  }),
  PARTY_TO: p('partyTo', 'party to', 'An actor signs, promotes or witnesses an agreement.'),
  PARTICIPATES_IN: p('participatesIn', 'participates in', 'An actor takes part in a project.'),
  TARGETS: p('targets', 'targets', 'A project works in a country or region.'),
  ADDRESSES: p('addresses', 'addresses', 'A project or agreement addresses a theme or SDG.', {
    superProperties: [`${NS.dcterms}subject`],
  }),
  FOCUSES_ON: p('focusesOn', 'focuses on', 'An actor works on a theme or SDG.', {
    superProperties: [`${NS.dcterms}subject`],
  }),
  PRIORITIZES: p('prioritizes', 'prioritizes', 'An actor gives priority to a place or topic.'),
  ALIGNS_WITH: p('alignsWith', 'aligns with', 'Work or a theme aligns with an SDG or framework.'),
  TWINNED_WITH: p(
    'twinnedWith',
    'twinned with',
    'Two municipalities are twinned (sister cities).',
    {
      symmetric: true,
    },
  ),
  PIONEERED: p('pioneered', 'pioneered', 'An actor pioneered a practice.'),
  ADOPTED: p('adopted', 'adopted', 'An actor adopted a practice.'),
  HOSTED: p('hosted', 'hosted', 'An actor hosted an event.'),
  ATTENDED: p('attended', 'attended', 'An actor attended an event.'),
  HOLDS_OFFICE: p(
    'holdsOfficeAt',
    'holds office at',
    'A person holds an office (role) at an actor.',
  ),
  COOPERATES_WITH: p(
    'cooperatesWith',
    'cooperates with',
    'Two actors cooperate, as a source states.',
    {
      symmetric: true,
    },
  ),
  FOUNDED: p(
    'founded',
    'founded',
    'An actor founded another actor, an event, practice or project.',
  ),
  FOR_PROJECT: p(
    'forProject',
    'for project',
    'A transaction, budget or planned disbursement of a project.',
  ),
  PROVIDES: p('provides', 'provides', 'An actor provides the money of a transaction or plan.'),
  RECEIVES: p('receives', 'receives', 'An actor receives the money of a transaction or plan.'),
  RELATED_TO: p(
    'relatedTo',
    'related to',
    'Two projects are related (IATI related activities other than parent and child).',
  ),
  REPORTS_ON: p(
    'reportsOn',
    'reports on',
    'An organisation publishes the record of a project (IATI reporting-org).',
  ),
  APPLIES: p('applies', 'applies', 'A project applies a practice or methodology.'),
  LAUNCHED: p(
    'launched',
    'launched',
    'An event launched an actor, project, practice or agreement.',
  ),
  COORDINATES: p(
    'coordinates',
    'coordinates',
    'A body coordinates another actor’s commitment (a Covenant of Mayors coordinator: a region, province or agency).',
  ),
  SUPPORTS: p(
    'supports',
    'supports',
    'A body supports another actor’s commitment (a Covenant of Mayors supporter: a network or association).',
  ),
};

/** Literal properties of nodes and relationships with a reused term or a fixed datatype. */
export interface LiteralTerm {
  iri: string;
  /** How to type the value: a year, a date given as YYYY[-MM[-DD]], a decimal or as is. */
  kind: 'year' | 'date' | 'decimal' | 'plain' | 'uri';
}

export const LITERAL_PROPERTIES: Record<string, LiteralTerm> = {
  lat: { iri: `${NS.geo}lat`, kind: 'decimal' },
  lon: { iri: `${NS.geo}long`, kind: 'decimal' },
  website: { iri: `${S}url`, kind: 'uri' },
  founded: { iri: `${S}foundingDate`, kind: 'year' },
  startYear: { iri: `${S}startDate`, kind: 'year' },
  endYear: { iri: `${S}endDate`, kind: 'year' },
  dateSigned: { iri: `${S}dateCreated`, kind: 'date' },
  date: { iri: `${S}startDate`, kind: 'date' },
  licence: { iri: `${NS.dcterms}license`, kind: 'plain' },
  publisher: { iri: `${NS.dcterms}publisher`, kind: 'plain' },
  url: { iri: `${S}url`, kind: 'uri' },
};

/** Our own literal terms (props without a reused term keep their name in our namespace). */
export const OWN_LITERAL_TERMS: { term: string; label: string; comment: string }[] = [
  { term: 'key', label: 'key', comment: 'The Diplomap key of a node or relationship.' },
  { term: 'since', label: 'since', comment: 'The year a relationship began.' },
  { term: 'role', label: 'role', comment: 'The role in a relationship (LEAD, SIGNATORY, Mayor).' },
  { term: 'quote', label: 'quote', comment: 'The passage of the source that states the fact.' },
  { term: 'note', label: 'note', comment: 'An editorial note on where or why a fact was taken.' },
  {
    term: 'basis',
    label: 'basis',
    comment:
      'How a fact follows from its source: STATED (the quoted passage says it), READING (several passages read together) or EDITORIAL (the curators).',
  },
  {
    term: 'readWith',
    label: 'read with',
    comment: 'For a READING: another passage the quote is read with (one value per passage).',
  },
  {
    term: 'relationshipType',
    label: 'relationship type',
    comment: 'The Diplomap relationship type (MEMBER_OF, TWINNED_WITH).',
  },
];

export const RELATIONSHIP_CLASS = {
  term: 'Relationship',
  label: 'Relationship',
  comment:
    'A relationship of the graph as a resource (an rdf:Statement): its subject, predicate and object, its properties and the sources it was derived from.',
};

export const CONCEPT_SCHEMES = {
  themes: { term: 'themes', label: 'Diplomap themes' },
  sdgs: { term: 'sdgs', label: 'Sustainable Development Goals, targets and indicators' },
  practices: { term: 'practices', label: 'Practices of city diplomacy' },
} as const;
