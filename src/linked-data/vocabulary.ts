/**
 * The vocabulary of the Linked Data view: for each node type and relationship type, our own term
 * (`dm:`, published at `/vocab` with a label and a comment) and the reused terms it maps to —
 * schema.org, the W3C Organization Ontology (ORG), PROV-O, SKOS and the UN SDG ontology. One table
 * per kind of thing, so the mapping, the published vocabulary and the docs cannot drift apart:
 * node classes (node-classes.ts), relationship properties (relationship-properties.ts), and here
 * the literal terms, the relationship class and the concept schemes.
 */
import { NS } from './uris.js';

const S = NS.schema;

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
