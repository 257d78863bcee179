/**
 * The URIs Diplomap publishes: every node is `{base}/id/{key}`, every relationship
 * `{base}/relationship/{key}`, our own terms live in `{base}/vocab#`, and the JSON-LD context is at
 * `{base}/context.jsonld`. The base is the public address of the deployment (BASE_URI), so a URI
 * stays the same whoever serves or dumps the graph.
 */
import { badInput } from '../domain/errors.js';

/** The namespaces reused by the mapping (docs/linked-data.md lists why each is used). */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  geo: 'http://www.w3.org/2003/01/geo/wgs84_pos#',
  sdgo: 'http://metadata.un.org/sdg/ontology#',
  wd: 'http://www.wikidata.org/entity/',
  wdt: 'http://www.wikidata.org/prop/direct/',
} as const;

/** The UN SDG KOS: goals are `http://metadata.un.org/sdg/11`, targets `…/sdg/11.3`. */
export const UN_SDG_KOS = 'http://metadata.un.org/sdg/';

export const DEFAULT_BASE_URI = 'http://127.0.0.1:4000';

/** The base URI from the environment (BASE_URI), checked: an absolute http(s) URL, no query. */
export function baseUriFrom(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.BASE_URI?.trim();
  if (!given) return DEFAULT_BASE_URI;
  return checkBaseUri(given);
}

export function checkBaseUri(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(`BASE_URI "${text}" is not a URL: give e.g. https://diplomap.example.org`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw badInput(`BASE_URI "${text}" must be an http(s) URL without query or fragment`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A key as one path segment: percent-encoded as a URI component, except `:` (allowed in a path
 * segment, and keys use it everywhere: `istat:048017`, `wd:Q220`). `/` and `#` are encoded.
 */
export function keySegment(key: string): string {
  return encodeURIComponent(key).replace(/%3A/gi, ':');
}

/** The namespace of our terms (`dm:` in Turtle). */
export function vocabNamespace(base: string): string {
  return `${base}/vocab#`;
}

export interface UriSpace {
  base: string;
  node(key: string): string;
  relationship(key: string): string;
  /** A qualified derivation (one source of one fact): the fact's URI with `#source-N`. */
  derivation(factUri: string, index: number): string;
  vocab(term: string): string;
  vocabulary: string;
  context: string;
}

export function uriSpace(base: string): UriSpace {
  const vocab = vocabNamespace(base);
  return {
    base,
    node: (key) => `${base}/id/${keySegment(key)}`,
    relationship: (key) => `${base}/relationship/${keySegment(key)}`,
    derivation: (factUri, index) => `${factUri}#source-${index + 1}`,
    vocab: (term) => `${vocab}${term}`,
    vocabulary: `${base}/vocab`,
    context: `${base}/context.jsonld`,
  };
}
