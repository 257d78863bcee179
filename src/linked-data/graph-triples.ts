/**
 * Nodes and relationships as RDF triples (pure: records in, quads out, in a fixed order).
 *
 * A node is `{base}/id/{key}` with its classes (ours and the reused ones of NODE_CLASSES), labels,
 * properties, `owl:sameAs` its Wikidata item and, for SDGs, `skos:exactMatch` the UN SDG KOS.
 * A relationship is a direct triple (`<anci> dm:memberOf <x>`, plus `org:memberOf` for
 * memberships) and a resource of its own (`{base}/relationship/{key}`, an rdf:Statement) that
 * carries its properties and its sources. Sources use PROV-O: `prov:wasDerivedFrom` the Source
 * node, and where a source says more (the quote, a note) a `prov:qualifiedDerivation` with those
 * fields (PROVENANCE_FIELDS).
 */
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import type { GraphEdge, GraphNode, PropertyValue, Provenance } from '../domain/graph-records.js';
import { basisOf } from '../domain/provenance.js';
import { NODE_CLASSES } from './node-classes.js';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties.js';
import {
  CONCEPT_SCHEMES,
  LITERAL_PROPERTIES,
  RELATIONSHIP_CLASS,
  type LiteralTerm,
} from './vocabulary.js';
import { NS, UN_SDG_KOS, type UriSpace } from './uris.js';
import { compareKeys } from '../domain/key-lists.js';

// n3's DataFactory holds standalone functions (n3/src/N3DataFactory.js), not methods using
// `this`, though the RDF/JS typings declare them as methods.
// eslint-disable-next-line @typescript-eslint/unbound-method
const { namedNode, literal, quad } = DataFactory;

const iri = (text: string): NamedNode => namedNode(text);
const RDF_TYPE = iri(`${NS.rdf}type`);
const xsd = (type: string) => iri(`${NS.xsd}${type}`);

/**
 * How each field of a source citation (besides the Source itself) is published, in our namespace.
 * Typed over Provenance, so a new field (an inference basis, say) must be given a term here.
 */
export const PROVENANCE_FIELDS: { [K in Exclude<keyof Provenance, 'source'>]-?: string } = {
  basis: 'basis',
  quote: 'quote',
  readWith: 'readWith',
  note: 'note',
};

const WIKIDATA_ITEM = /^Q[1-9][0-9]*$/;
const SDG_GOAL = /^(1[0-7]|[1-9])$/;
const SDG_TARGET = /^(1[0-7]|[1-9])\.([0-9]{1,2}|[a-z])$/;
/** Property names that are safe as the local part of a term in our namespace. */
const LOCAL_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class TripleMapper {
  constructor(readonly uris: UriSpace) {}

  private dm(term: string): NamedNode {
    return iri(this.uris.vocab(term));
  }

  /** Everything a node says about itself, its own sources included. */
  node(node: GraphNode): Quad[] {
    const s = iri(this.uris.node(node.key));
    const out: Quad[] = [];
    const add = (p: string | NamedNode, o: NamedNode | Literal) =>
      out.push(quad(s, typeof p === 'string' ? iri(p) : p, o));
    const cls = NODE_CLASSES[node.type];
    add(RDF_TYPE, this.dm(cls.term));
    for (const also of cls.also) add(RDF_TYPE, iri(also));
    const concept = cls.also.includes(`${NS.skos}Concept`);
    add(this.dm('key'), literal(node.key));
    add(`${NS.schema}name`, literal(node.name));
    add(`${NS.rdfs}label`, literal(node.name));
    if (concept) add(`${NS.skos}prefLabel`, literal(node.name));
    for (const alias of node.aliases) {
      add(`${NS.schema}alternateName`, literal(alias));
      if (concept) add(`${NS.skos}altLabel`, literal(alias));
    }
    if (node.description !== undefined) add(`${NS.schema}description`, literal(node.description));
    out.push(...this.typeSpecific(s, node));
    for (const [name, value] of sortedEntries(node.props)) {
      if (name === 'wikidataId' || (node.type === 'Sdg' && SDG_PROPS.has(name))) continue;
      out.push(...this.property(s, name, value));
    }
    out.push(...this.provenance(s, node.sources));
    return out;
  }

  /** Type and name only: enough to label a node a document links to. */
  label(node: GraphNode): Quad[] {
    const s = iri(this.uris.node(node.key));
    return [
      quad(s, RDF_TYPE, this.dm(NODE_CLASSES[node.type].term)),
      quad(s, iri(`${NS.schema}name`), literal(node.name)),
    ];
  }

  /** The relationship as a direct triple and as a resource with its properties and sources. */
  relationship(edge: GraphEdge): Quad[] {
    const from = iri(this.uris.node(edge.from));
    const to = iri(this.uris.node(edge.to));
    const term = RELATIONSHIP_PROPERTIES[edge.type];
    const predicate = this.dm(term.term);
    const out: Quad[] = [quad(from, predicate, to)];
    if (term.direct) out.push(quad(from, iri(term.direct), to));
    if (edge.type === 'PART_OF' && edge.from.startsWith('sdg:') && edge.to.startsWith('sdg:'))
      out.push(quad(from, iri(`${NS.skos}broader`), to));

    const r = iri(this.uris.relationship(edge.key));
    out.push(quad(r, RDF_TYPE, this.dm(RELATIONSHIP_CLASS.term)));
    if (edge.type === 'MEMBER_OF') {
      out.push(quad(r, RDF_TYPE, iri(`${NS.org}Membership`)));
      out.push(quad(r, iri(`${NS.org}member`), from));
      out.push(quad(r, iri(`${NS.org}organization`), to));
    }
    out.push(quad(r, iri(`${NS.rdf}subject`), from));
    out.push(quad(r, iri(`${NS.rdf}predicate`), predicate));
    out.push(quad(r, iri(`${NS.rdf}object`), to));
    for (const [name, value] of sortedEntries(edge.props))
      out.push(...this.property(r, name, value));
    out.push(...this.provenance(r, edge.sources));
    return out;
  }

  private typeSpecific(s: NamedNode, node: GraphNode): Quad[] {
    const out: Quad[] = [];
    const qid = node.props.wikidataId;
    if (typeof qid === 'string' && WIKIDATA_ITEM.test(qid))
      out.push(quad(s, iri(`${NS.owl}sameAs`), iri(`${NS.wd}${qid}`)));
    if (node.type === 'Theme')
      out.push(quad(s, iri(`${NS.skos}inScheme`), this.dm(CONCEPT_SCHEMES.themes.term)));
    if (node.type === 'Practice')
      out.push(quad(s, iri(`${NS.skos}inScheme`), this.dm(CONCEPT_SCHEMES.practices.term)));
    if (node.type === 'Sdg') {
      out.push(quad(s, iri(`${NS.skos}inScheme`), this.dm(CONCEPT_SCHEMES.sdgs.term)));
      const code = typeof node.props.code === 'string' ? node.props.code : node.key.slice(4);
      out.push(quad(s, iri(`${NS.skos}notation`), literal(code)));
      const level = SDG_GOAL.test(code) ? 'Goal' : SDG_TARGET.test(code) ? 'Target' : undefined;
      if (level) {
        out.push(quad(s, RDF_TYPE, iri(`${NS.sdgo}${level}`)));
        out.push(quad(s, iri(`${NS.skos}exactMatch`), iri(`${UN_SDG_KOS}${code}`)));
      }
      for (const [prop, lang] of [
        ['title', 'en'],
        ['titleIt', 'it'],
      ] as const) {
        const text = node.props[prop];
        if (typeof text === 'string')
          out.push(quad(s, iri(`${NS.skos}definition`), literal(text, lang)));
      }
    }
    return out;
  }

  private property(s: NamedNode, name: string, value: PropertyValue): Quad[] {
    const known = LITERAL_PROPERTIES[name];
    const predicate = known
      ? iri(known.iri)
      : this.dm(LOCAL_NAME.test(name) ? name : encodeURIComponent(name));
    const values = Array.isArray(value) ? value : [value];
    return values.map((v) => quad(s, predicate, typedValue(v, known?.kind ?? guessKind(name))));
  }

  private provenance(s: NamedNode, sources: readonly Provenance[]): Quad[] {
    const out: Quad[] = [];
    const cited = new Set<string>();
    for (const p of sources) {
      if (cited.has(p.source)) continue;
      cited.add(p.source);
      out.push(quad(s, iri(`${NS.prov}wasDerivedFrom`), iri(this.uris.node(p.source))));
    }
    sources.forEach((p, index) => {
      const fields = provenanceFields(p);
      if (fields.length === 0) return;
      const d = iri(this.uris.derivation(s.value, index));
      out.push(quad(s, iri(`${NS.prov}qualifiedDerivation`), d));
      out.push(quad(d, RDF_TYPE, iri(`${NS.prov}Derivation`)));
      out.push(quad(d, iri(`${NS.prov}entity`), iri(this.uris.node(p.source))));
      for (const [term, text] of fields) out.push(quad(d, this.dm(term), literal(text)));
    });
    return out;
  }
}

/**
 * The extra fields of a citation that are set, as [term, text], in PROVENANCE_FIELDS order; the
 * basis as it reads (src/domain/provenance.ts: a stored record without one has its default), and a
 * list (the passages read with the quote) as one pair per item.
 */
export function provenanceFields(p: Provenance): [string, string][] {
  const out: [string, string][] = [];
  const cited = { ...p, basis: basisOf(p) } as unknown as Record<string, unknown>;
  for (const [field, term] of Object.entries(PROVENANCE_FIELDS)) {
    const value = cited[field];
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined && item !== null && item !== '') out.push([term, String(item)]);
  }
  return out;
}

/** Sdg props published through SKOS and the UN KOS instead of as plain properties. */
const SDG_PROPS = new Set(['code', 'title', 'titleIt']);

const YEAR_PROPS = new Set(['since', 'year', 'from', 'to']);
function guessKind(name: string): LiteralTerm['kind'] {
  return YEAR_PROPS.has(name) ? 'year' : 'plain';
}

function typedValue(
  value: string | number | boolean,
  kind: LiteralTerm['kind'],
): Literal | NamedNode {
  if (typeof value === 'boolean') return literal(String(value), xsd('boolean'));
  if (kind === 'year' && (typeof value === 'number' || /^\d{4}$/.test(value)))
    return literal(String(value).padStart(4, '0'), xsd('gYear'));
  if ((kind === 'date' || kind === 'year') && typeof value === 'string') return dateLiteral(value);
  if (kind === 'uri' && typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
    return iri(value);
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return literal(String(value), xsd('integer'));
    const text = String(value);
    return literal(text, xsd(/e/i.test(text) ? 'double' : 'decimal'));
  }
  return literal(value);
}

function dateLiteral(text: string): Literal {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return literal(text, xsd('date'));
  if (/^\d{4}-\d{2}$/.test(text)) return literal(text, xsd('gYearMonth'));
  if (/^\d{4}$/.test(text)) return literal(text, xsd('gYear'));
  return literal(text);
}

function sortedEntries(props: Record<string, PropertyValue>): [string, PropertyValue][] {
  return Object.entries(props).sort(([a], [b]) => compareKeys(a, b));
}
