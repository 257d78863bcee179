/** The properties of the vocabulary: our term for each relationship type and what it specialises. */
import type { RelationshipType } from '../domain/relationship-types.js';
import { NS } from './uris.js';

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
    superProperties: [`${NS.schema}location`],
  }),
  IN_REGION: p('inRegion', 'in region', 'A country in a world region.', {
    superProperties: [`${NS.schema}containedInPlace`],
  }),
  PART_OF: p('partOf', 'part of', 'A part of a larger whole (region, project, area, SDG).', {
    superProperties: [`${NS.dcterms}isPartOf`],
  }),
  MEMBER_OF: p('memberOf', 'member of', 'Membership of a network or association.', {
    superProperties: [`${NS.org}memberOf`],
    direct: `${NS.org}memberOf`,
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
