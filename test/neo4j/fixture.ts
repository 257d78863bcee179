/**
 * A small, self-contained graph for the Neo4j adapter tests: nested regions (with two parents, a
 * cycle and a non-region child), countries in several regions, actors located directly and
 * through a municipality, projects targeting countries and regions, agreements, networks,
 * twinnings (one stored both ways, one self-loop), themes aligned with SDG goals and targets,
 * parallel relationships, props of every kind and names outside the BMP. Everything the memory
 * store's semantics branch on has a case here.
 */
import {
  edgeKey,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type Properties,
  type Provenance,
} from '../../src/domain/graph-records.js';
import type { NodeType } from '../../src/domain/node-types.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';

const CURATED: Provenance = { source: 'source:fixture', quote: 'A short quote that states it.' };
const EDITORIAL: Provenance = { source: 'source:fixture-curation', note: 'Our editorial choice.' };

const nodes: GraphNode[] = [];
const edges: GraphEdge[] = [];

function node(
  type: NodeType,
  key: string,
  name: string,
  extra: {
    aliases?: string[];
    description?: string;
    props?: Properties;
    sources?: Provenance[];
  } = {},
): void {
  const n: GraphNode = {
    key,
    type,
    name,
    aliases: extra.aliases ?? [],
    props: extra.props ?? {},
    sources: extra.sources ?? [CURATED],
  };
  if (extra.description !== undefined) n.description = extra.description;
  nodes.push(n);
}

function rel(
  type: RelationshipType,
  from: string,
  to: string,
  extra: { props?: Properties; discriminator?: string; sources?: Provenance[] } = {},
): void {
  edges.push({
    key: edgeKey(type, from, to, extra.discriminator),
    type,
    from,
    to,
    props: extra.props ?? {},
    sources: extra.sources ?? [EDITORIAL],
  });
}

// Sources
node('Source', 'source:fixture', 'Fixture document', {
  props: { year: 2021, url: 'https://example.org/doc' },
});
node('Source', 'source:fixture-curation', 'Diplomap curation', { sources: [EDITORIAL] });

// Regions: world ⊃ europe ⊃ southern-europe; world ⊃ mediterranean ⊃ maghreb; world ⊃ africa ⊃
// northern-africa ⊃ maghreb (two parents); x1 ⇄ x2 (a cycle); an AdminArea PART_OF a region.
node('Region', 'region:world', 'World', { aliases: ['Earth'] });
node('Region', 'region:europe', 'Europe');
node('Region', 'region:southern-europe', 'Southern Europe');
node('Region', 'region:mediterranean', 'Mediterranean', {
  aliases: ['Mare Nostrum'],
  description: 'The countries around the Mediterranean Sea.',
});
node('Region', 'region:africa', 'Africa');
node('Region', 'region:northern-africa', 'Northern Africa');
node('Region', 'region:maghreb', 'Maghreb');
node('Region', 'region:latin-america', 'Latin America', { aliases: ['América Latina'] });
node('Region', 'region:x1', 'Loop One');
node('Region', 'region:x2', 'Loop Two');
node('AdminArea', 'admin:toscana', 'Toscana', { aliases: ['Tuscany'] });
rel('PART_OF', 'region:europe', 'region:world');
rel('PART_OF', 'region:southern-europe', 'region:europe');
rel('PART_OF', 'region:mediterranean', 'region:world');
rel('PART_OF', 'region:africa', 'region:world');
rel('PART_OF', 'region:northern-africa', 'region:africa');
rel('PART_OF', 'region:maghreb', 'region:northern-africa');
rel('PART_OF', 'region:maghreb', 'region:mediterranean');
rel('PART_OF', 'region:latin-america', 'region:world');
rel('PART_OF', 'region:x1', 'region:x2');
rel('PART_OF', 'region:x2', 'region:x1');
rel('PART_OF', 'admin:toscana', 'region:southern-europe');

// Countries
node('Country', 'country:IT', 'Italy', { aliases: ['Italia'], props: { iso3: 'ITA', m49: 380 } });
node('Country', 'country:FR', 'France', { props: { iso3: 'FRA', m49: 250 } });
node('Country', 'country:TN', 'Tunisia', { aliases: ['Tunisie'] });
node('Country', 'country:MA', 'Morocco', { aliases: ['Maroc'] });
node('Country', 'country:BR', 'Brazil', { aliases: ['Brasil'] });
node('Country', 'country:BF', 'Burkina Faso');
node('Country', 'country:ES', 'Spain', { aliases: ['España'] });
node('Country', 'country:XX', 'Loopland');
rel('IN_REGION', 'country:IT', 'region:southern-europe');
rel('IN_REGION', 'country:IT', 'region:mediterranean');
rel('IN_REGION', 'country:FR', 'region:europe');
rel('IN_REGION', 'country:FR', 'region:mediterranean');
rel('IN_REGION', 'country:TN', 'region:maghreb');
rel('IN_REGION', 'country:MA', 'region:maghreb');
rel('IN_REGION', 'country:BR', 'region:latin-america');
rel('IN_REGION', 'country:BF', 'region:africa');
rel('IN_REGION', 'country:XX', 'region:x1');
// (Spain is in no region.)

// Municipalities
node('Municipality', 'istat:048017', 'Florence', {
  aliases: ['Firenze'],
  props: { population: 361619, capital: false },
});
node('Municipality', 'city:it-roma', 'Roma', { aliases: ['Rome'], props: { capital: true } });
node('Municipality', 'city:fr-paris', 'Paris');
node('Municipality', 'city:tn-tunis', 'Tunis');
node('Municipality', 'city:ma-rabat', 'Rabat');
node('Municipality', 'city:br-sao-paulo', 'São Paulo', {
  aliases: ['Sao Paulo', 'SP'],
  description: '',
});
node('Municipality', 'city:es-madrid', 'Madrid');
node('Municipality', 'city:xx-border', 'Bordertown');
node('Municipality', 'city:emoji', '\u{1F600} Smile City', { aliases: ['Smile'] });
node('Municipality', 'city:ligature', '\uFB01 City');
node('Municipality', 'city:\u{1D538}', 'Double-struck A');
node('Municipality', 'city:\uFB02', 'Fl ligature');
rel('LOCATED_IN', 'istat:048017', 'country:IT');
rel('LOCATED_IN', 'city:it-roma', 'country:IT');
rel('LOCATED_IN', 'city:fr-paris', 'country:FR');
rel('LOCATED_IN', 'city:tn-tunis', 'country:TN');
rel('LOCATED_IN', 'city:ma-rabat', 'country:MA');
rel('LOCATED_IN', 'city:br-sao-paulo', 'country:BR');
rel('LOCATED_IN', 'city:es-madrid', 'country:ES');
rel('LOCATED_IN', 'city:xx-border', 'country:XX');
rel('LOCATED_IN', 'city:xx-border', 'country:IT');
rel('LOCATED_IN', 'city:emoji', 'country:TN');
rel('LOCATED_IN', 'city:ligature', 'country:TN');
rel('LOCATED_IN', 'city:\u{1D538}', 'country:MA');
rel('LOCATED_IN', 'city:\uFB02', 'country:MA');
rel('PART_OF', 'istat:048017', 'admin:toscana');

// Other actors
node('Association', 'anci', 'National Association of Italian Municipalities', {
  aliases: ['ANCI', 'Associazione Nazionale Comuni Italiani'],
  description: "Italy's association of municipalities.",
  props: {
    founded: 1901,
    budget: 12.5,
    active: true,
    tags: ['italy', 'municipalities'],
    empty: [],
    name: 'a prop called name',
    prop_x: 'escaped',
  },
  sources: [CURATED, EDITORIAL],
});
node('Association', 'ambf', 'Association of Municipalities of Burkina Faso', { aliases: ['AMBF'] });
node('Government', 'maeci', 'Ministry of Foreign Affairs and International Cooperation', {
  aliases: ['MAECI', 'Farnesina'],
});
node('Government', 'gov:toscana', 'Regione Toscana');
node('InternationalOrganization', 'fao', 'Food and Agriculture Organization', { aliases: ['FAO'] });
node('InternationalOrganization', 'undp', 'United Nations Development Programme', {
  aliases: ['UNDP'],
});
node('CivilSociety', 'ngo:firenze-aid', 'Firenze Aid');
node('Foundation', 'acri', 'ACRI');
node('Network', 'cittaslow', 'Cittaslow');
node('Network', 'uclg', 'United Cities and Local Governments', { aliases: ['UCLG', 'CGLU'] });
node('Network', 'mayors-for-peace', 'Mayors for Peace');
node('Person', 'person:mayor-florence', 'Mayor of Florence');
rel('LOCATED_IN', 'anci', 'country:IT');
rel('LOCATED_IN', 'ambf', 'country:BF');
rel('LOCATED_IN', 'maeci', 'country:IT');
rel('LOCATED_IN', 'maeci', 'city:it-roma');
rel('LOCATED_IN', 'gov:toscana', 'admin:toscana');
rel('LOCATED_IN', 'fao', 'city:it-roma');
rel('LOCATED_IN', 'ngo:firenze-aid', 'istat:048017');
rel('LOCATED_IN', 'acri', 'city:it-roma');
rel('LOCATED_IN', 'cittaslow', 'country:IT');
rel('LOCATED_IN', 'uclg', 'city:es-madrid');
rel('LOCATED_IN', 'person:mayor-florence', 'istat:048017');
rel('LOCATED_IN', 'city:tn-tunis', 'city:ma-rabat'); // a municipality "in" another municipality: two hops to Morocco
rel('HOLDS_OFFICE', 'person:mayor-florence', 'istat:048017', {
  props: { role: 'mayor', from: '2019-05-27' },
});

// Networks and memberships (one membership repeated with a discriminator)
rel('MEMBER_OF', 'istat:048017', 'cittaslow', { props: { since: 1999 } });
rel('MEMBER_OF', 'istat:048017', 'mayors-for-peace', { props: { since: 1983 } });
rel('MEMBER_OF', 'istat:048017', 'uclg');
rel('MEMBER_OF', 'istat:048017', 'uclg', { discriminator: '2014', props: { since: 2014 } });
rel('MEMBER_OF', 'city:fr-paris', 'uclg');
rel('MEMBER_OF', 'city:fr-paris', 'mayors-for-peace');
rel('MEMBER_OF', 'city:tn-tunis', 'uclg');
rel('MEMBER_OF', 'city:br-sao-paulo', 'uclg');
rel('MEMBER_OF', 'city:it-roma', 'mayors-for-peace');
rel('MEMBER_OF', 'anci', 'uclg');
rel('MEMBER_OF', 'cittaslow', 'uclg');
rel('MEMBER_OF', 'city:emoji', 'mayors-for-peace');

// Themes and SDGs (goals, targets, an indicator; a non-SDG under an SDG, and an SDG under it)
node('Theme', 'theme:migration', 'Migration');
node('Theme', 'theme:governance', 'Governance');
node('Theme', 'theme:resilience', 'Resilience');
node('Theme', 'theme:gender', 'Gender equality');
node('Sdg', 'sdg:5', 'Gender Equality', { props: { number: 5 } });
node('Sdg', 'sdg:5.1', 'End discrimination against women and girls');
node('Sdg', 'sdg:10', 'Reduced Inequalities', { props: { number: 10 } });
node('Sdg', 'sdg:10.7', 'Orderly, safe, regular and responsible migration');
node('Sdg', 'sdg:10.7.1', 'Recruitment cost borne by employee');
node('Sdg', 'sdg:11', 'Sustainable Cities and Communities', { props: { number: 11 } });
node('Sdg', 'sdg:11.3', 'Inclusive and sustainable urbanization');
node('Sdg', 'sdg:13', 'Climate Action');
node('Sdg', 'sdg:16', 'Peace, Justice and Strong Institutions');
node('Sdg', 'sdg:99', 'Below a non-SDG');
node('Framework', 'framework:agenda-2030', '2030 Agenda');
node('Project', 'project:sdg-child', 'A project filed under SDG 11');
rel('PART_OF', 'sdg:5.1', 'sdg:5');
rel('PART_OF', 'sdg:10.7', 'sdg:10');
rel('PART_OF', 'sdg:10.7.1', 'sdg:10.7');
rel('PART_OF', 'sdg:11.3', 'sdg:11');
rel('PART_OF', 'project:sdg-child', 'sdg:11');
rel('PART_OF', 'sdg:99', 'project:sdg-child');
rel('ALIGNS_WITH', 'theme:migration', 'sdg:10');
rel('ALIGNS_WITH', 'theme:migration', 'framework:agenda-2030');
rel('ALIGNS_WITH', 'theme:governance', 'sdg:16');
rel('ALIGNS_WITH', 'theme:resilience', 'sdg:11');
rel('ALIGNS_WITH', 'theme:resilience', 'sdg:13');
rel('ALIGNS_WITH', 'theme:gender', 'sdg:5.1');

// Projects
node('Project', 'project:cities-without-borders', 'Cities without borders', {
  props: { startYear: 2016, status: 'ACTIVE' },
});
node('Project', 'project:migration-med', 'Migration in the Mediterranean', {
  props: { startYear: 2018, endYear: 2021 },
});
node('Project', 'project:resilience-bf', 'Resilient municipalities in Burkina Faso');
node('Project', 'project:gender-br', 'Gender budgeting in São Paulo');
node('Project', 'project:maghreb-cities', 'Maghreb urban lab');
node('Project', 'project:nowhere', 'A project targeting nothing');
rel('PART_OF', 'project:migration-med', 'project:cities-without-borders');
rel('TARGETS', 'project:migration-med', 'region:mediterranean');
rel('TARGETS', 'project:migration-med', 'country:TN');
rel('TARGETS', 'project:resilience-bf', 'country:BF');
rel('TARGETS', 'project:gender-br', 'country:BR');
rel('TARGETS', 'project:maghreb-cities', 'region:maghreb');
rel('TARGETS', 'project:cities-without-borders', 'region:world');
rel('ADDRESSES', 'project:migration-med', 'theme:migration');
rel('ADDRESSES', 'project:migration-med', 'sdg:10.7');
rel('ADDRESSES', 'project:resilience-bf', 'theme:resilience');
rel('ADDRESSES', 'project:resilience-bf', 'sdg:13');
rel('ADDRESSES', 'project:gender-br', 'sdg:5.1');
rel('ADDRESSES', 'project:maghreb-cities', 'sdg:11.3');
rel('ADDRESSES', 'project:nowhere', 'sdg:99');
rel('ADDRESSES', 'project:nowhere', 'project:sdg-child');
rel('PARTICIPATES_IN', 'anci', 'project:migration-med', { props: { role: 'LEAD' } });
rel('PARTICIPATES_IN', 'anci', 'project:migration-med', {
  discriminator: 'PARTNER',
  props: { role: 'PARTNER' },
});
rel('PARTICIPATES_IN', 'city:tn-tunis', 'project:migration-med', { props: { role: 'PARTNER' } });
rel('PARTICIPATES_IN', 'undp', 'project:migration-med', { props: { role: 'FUNDER' } });
rel('PARTICIPATES_IN', 'istat:048017', 'project:migration-med', { props: { role: 'PARTNER' } });
rel('PARTICIPATES_IN', 'ambf', 'project:resilience-bf', { props: { role: 'LEAD' } });
rel('PARTICIPATES_IN', 'anci', 'project:resilience-bf', { props: { role: 'PARTNER' } });
rel('PARTICIPATES_IN', 'acri', 'project:resilience-bf', { props: { role: 'FUNDER' } });
rel('PARTICIPATES_IN', 'city:br-sao-paulo', 'project:gender-br', { props: { role: 'LEAD' } });
rel('PARTICIPATES_IN', 'ngo:firenze-aid', 'project:gender-br', { props: { role: 'IMPLEMENTER' } });
rel('PARTICIPATES_IN', 'city:ma-rabat', 'project:maghreb-cities');
rel('PARTICIPATES_IN', 'fao', 'project:maghreb-cities');
rel('PARTICIPATES_IN', 'city:\u{1D538}', 'project:maghreb-cities');
rel('PARTICIPATES_IN', 'gov:toscana', 'project:nowhere');
rel('PARTICIPATES_IN', 'maeci', 'project:nowhere');
rel('FOUNDED', 'anci', 'project:cities-without-borders');

// Agreements
node('Agreement', 'agreement:anci-ambf', 'ANCI–AMBF framework agreement', {
  props: { signed: '2017-03-01' },
});
node('Agreement', 'agreement:florence-tunis', 'Florence–Tunis protocol');
node('Agreement', 'agreement:orphan', 'An agreement without parties');
rel('PARTY_TO', 'anci', 'agreement:anci-ambf', { props: { role: 'signatory' } });
rel('PARTY_TO', 'ambf', 'agreement:anci-ambf', { props: { role: 'signatory' } });
rel('PARTY_TO', 'maeci', 'agreement:anci-ambf', { props: { role: 'witness' } });
rel('PARTY_TO', 'istat:048017', 'agreement:florence-tunis');
rel('PARTY_TO', 'city:tn-tunis', 'agreement:florence-tunis');
rel('ADDRESSES', 'agreement:anci-ambf', 'theme:governance');
rel('ADDRESSES', 'agreement:florence-tunis', 'sdg:11');

// Focus and priorities
rel('FOCUSES_ON', 'city:fr-paris', 'theme:migration');
rel('FOCUSES_ON', 'maeci', 'sdg:10.7.1');
rel('FOCUSES_ON', 'ambf', 'theme:gender');
rel('FOCUSES_ON', 'mayors-for-peace', 'sdg:16');
rel('FOCUSES_ON', 'city:es-madrid', 'sdg:99');
rel('FOCUSES_ON', 'istat:048017', 'theme:migration');
rel('PRIORITIZES', 'anci', 'region:mediterranean');
rel('PRIORITIZES', 'anci', 'theme:migration');

// Twinnings (one stored both ways, one self-loop) and direct relations
rel('TWINNED_WITH', 'city:fr-paris', 'istat:048017', { props: { since: 1954 } });
rel('TWINNED_WITH', 'city:fr-paris', 'city:it-roma', { props: { since: 1956 } });
rel('TWINNED_WITH', 'city:ma-rabat', 'city:tn-tunis');
rel('TWINNED_WITH', 'city:tn-tunis', 'city:ma-rabat');
rel('TWINNED_WITH', 'city:es-madrid', 'city:es-madrid');
rel('TWINNED_WITH', 'city:ligature', 'city:emoji');
rel('COOPERATES_WITH', 'maeci', 'undp');
rel('COOPERATES_WITH', 'acri', 'anci', { props: { key: 'a prop called key' } });
rel('COOPERATES_WITH', 'anci', 'country:IT'); // an actor "cooperating" with a non-actor: never a partner

// Practices and events
node('Practice', 'practice:15-minute-city', 'The 15-minute city');
node('Event', 'event:summit', 'Summit of Mayors', { props: { year: 2019, ratio: 0.25 } });
rel('PIONEERED', 'city:fr-paris', 'practice:15-minute-city');
rel('ADOPTED', 'istat:048017', 'practice:15-minute-city');
rel('HOSTED', 'istat:048017', 'event:summit');
rel('ATTENDED', 'anci', 'event:summit');
rel('ATTENDED', 'city:fr-paris', 'event:summit');

/** A fresh copy each time, so no store can share objects with another. */
export function fixtureGraph(): GraphData {
  return structuredClone({ nodes, edges });
}
