/**
 * Triples written as Turtle, N-Triples (n3) and JSON-LD (jsonld, compacted with the context served
 * at `/context.jsonld`). JSON-LD processing never fetches: the only document it may load is our
 * context, which it is given.
 */
import jsonld from 'jsonld';
import type { ContextDefinition } from 'jsonld';
import { Writer, type Quad } from 'n3';
import { NS, vocabNamespace, type UriSpace } from './uris.js';

export const RDF_FORMATS = ['html', 'jsonld', 'turtle', 'ntriples'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];

export const MEDIA_TYPES: Record<RdfFormat, string> = {
  html: 'text/html',
  jsonld: 'application/ld+json',
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
};

/** The prefixes of Turtle and of the JSON-LD context: `dm` is our namespace. */
export function prefixes(uris: UriSpace): Record<string, string> {
  return { dm: vocabNamespace(uris.base), ...NS };
}

export function writeTurtle(quads: readonly Quad[], uris: UriSpace): Promise<string> {
  return write(quads, { format: 'Turtle', prefixes: prefixes(uris) });
}

export function writeNTriples(quads: readonly Quad[]): Promise<string> {
  return write(quads, { format: 'N-Triples' });
}

function write(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0]) {
  return new Promise<string>((resolve, reject) => {
    const writer = new Writer(options);
    writer.addQuads([...quads]);
    writer.end((error: Error | null, text: string) => (error ? reject(error) : resolve(text)));
  });
}

/** The JSON-LD context document (served at uris.context). */
export function jsonLdContext(uris: UriSpace): { '@context': ContextDefinition } {
  return { '@context': { ...prefixes(uris) } };
}

/** A document loader that knows our context and refuses anything else (no network). */
export function contextLoader(uris: UriSpace) {
  const context = jsonLdContext(uris);
  return async (url: string) => {
    if (url !== uris.context)
      throw new Error(`JSON-LD: only ${uris.context} is loaded here, not ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
}

/** Compacted JSON-LD whose `@context` is the URL of our context document. */
export async function writeJsonLd(quads: readonly Quad[], uris: UriSpace): Promise<object> {
  const nquads = await write(quads, { format: 'N-Quads' });
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  // Compacted against the context itself; the answer then names the context by its URL.
  const compacted = await jsonld.compact(expanded, jsonLdContext(uris)['@context']);
  return { ...(compacted as object), '@context': uris.context };
}
