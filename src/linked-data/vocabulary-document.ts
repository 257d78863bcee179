/** The vocabulary itself as triples, published at `/vocab`: every `dm:` term with label and comment. */
import { DataFactory, type NamedNode, type Quad } from 'n3';
import { NODE_CLASSES } from './node-classes.js';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties.js';
import { CONCEPT_SCHEMES, OWN_LITERAL_TERMS, RELATIONSHIP_CLASS } from './vocabulary.js';
import { NS, type UriSpace } from './uris.js';

// n3's DataFactory holds standalone functions (n3/src/N3DataFactory.js), not methods using
// `this`, though the RDF/JS typings declare them as methods.
// eslint-disable-next-line @typescript-eslint/unbound-method
const { namedNode, literal, quad } = DataFactory;

export function vocabularyQuads(uris: UriSpace): Quad[] {
  const out: Quad[] = [];
  const iri = (text: string) => namedNode(text);
  const dm = (term: string) => iri(uris.vocab(term));
  const type = iri(`${NS.rdf}type`);
  const ontology = iri(uris.vocabulary);
  const describe = (s: NamedNode, kinds: string[], label: string, comment?: string) => {
    for (const kind of kinds) out.push(quad(s, type, iri(kind)));
    out.push(quad(s, iri(`${NS.rdfs}label`), literal(label, 'en')));
    if (comment) out.push(quad(s, iri(`${NS.rdfs}comment`), literal(comment, 'en')));
    out.push(quad(s, iri(`${NS.rdfs}isDefinedBy`), ontology));
  };

  out.push(quad(ontology, type, iri(`${NS.owl}Ontology`)));
  out.push(quad(ontology, iri(`${NS.rdfs}label`), literal('Diplomap vocabulary', 'en')));
  out.push(
    quad(
      ontology,
      iri(`${NS.rdfs}comment`),
      literal(
        'Terms of the Diplomap knowledge graph of city diplomacy; they specialise schema.org, the W3C Organization Ontology, PROV-O and SKOS.',
        'en',
      ),
    ),
  );

  for (const cls of Object.values(NODE_CLASSES)) {
    const s = dm(cls.term);
    describe(s, [`${NS.owl}Class`], cls.label, cls.comment);
    for (const also of cls.also) out.push(quad(s, iri(`${NS.rdfs}subClassOf`), iri(also)));
  }
  const rel = dm(RELATIONSHIP_CLASS.term);
  describe(rel, [`${NS.owl}Class`], RELATIONSHIP_CLASS.label, RELATIONSHIP_CLASS.comment);
  out.push(quad(rel, iri(`${NS.rdfs}subClassOf`), iri(`${NS.rdf}Statement`)));

  for (const [type, property] of Object.entries(RELATIONSHIP_PROPERTIES)) {
    const s = dm(property.term);
    const kinds = [`${NS.owl}ObjectProperty`];
    if (property.symmetric) kinds.push(`${NS.owl}SymmetricProperty`);
    describe(s, kinds, property.label, `${property.comment} (Diplomap ${type})`);
    for (const sup of property.superProperties ?? [])
      out.push(quad(s, iri(`${NS.rdfs}subPropertyOf`), iri(sup)));
  }
  // Wikidata's "twinned administrative body" states the same relation.
  out.push(
    quad(
      dm(RELATIONSHIP_PROPERTIES.TWINNED_WITH.term),
      iri(`${NS.owl}equivalentProperty`),
      iri(`${NS.wdt}P190`),
    ),
  );

  for (const term of OWN_LITERAL_TERMS)
    describe(dm(term.term), [`${NS.owl}DatatypeProperty`], term.label, term.comment);

  for (const scheme of Object.values(CONCEPT_SCHEMES)) {
    const s = dm(scheme.term);
    out.push(quad(s, type, iri(`${NS.skos}ConceptScheme`)));
    out.push(quad(s, iri(`${NS.skos}prefLabel`), literal(scheme.label, 'en')));
    out.push(quad(s, iri(`${NS.rdfs}isDefinedBy`), ontology));
  }
  return out;
}
