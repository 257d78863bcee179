/**
 * `/id/{key}` on a store, whichever it is: Turtle that parses back with n3 and holds the sameAs,
 * the sources and the quotes; JSON-LD that expands with jsonld to the same graph; content
 * negotiation, the `actor:` alias, paging and the 404s.
 */
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { DEFAULT_BASE_URI } from '../../src/linked-data/uris.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';

const B = DEFAULT_BASE_URI;
const PROV = 'http://www.w3.org/ns/prov#';
const DM = `${B}/vocab#`;
const SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';

export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

const has = (quads: Quad[], s: string, p: string, o?: string) =>
  quads.some(
    (q) =>
      q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o),
  );

export function defineLinkedDataSuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`Linked Data on the ${name} store`, () => {
    let server: DiplomapServer;
    let url: string;
    beforeAll(async () => {
      server = await createServer(await makeStore(), DEFAULT_LIMITS);
      url = await server.listen('127.0.0.1', 0);
    });
    afterAll(() => server.stop());

    const get = (path: string, accept = 'text/turtle') =>
      fetch(`${url}${path}`, { headers: { accept } });

    it('answers Turtle for /id/anci that parses and holds its sources and quotes', async () => {
      const response = await get('/id/anci');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(response.headers.get('vary')).toContain('Accept');
      const quads = parseTurtle(await response.text());
      const anci = `${B}/id/anci`;
      expect(has(quads, anci, `${PROV}wasDerivedFrom`, `${B}/id/source:anci-profile`)).toBe(true);
      // The node's own citation carries its quote on a qualified derivation.
      const derivation = quads.find(
        (q) => q.subject.value === anci && q.predicate.value === `${PROV}qualifiedDerivation`,
      )!.object.value;
      expect(has(quads, derivation, `${PROV}entity`, `${B}/id/source:anci-profile`)).toBe(true);
      expect(
        has(
          quads,
          derivation,
          `${DM}quote`,
          'The action of ANCI is declined according to the following points',
        ),
      ).toBe(true);
      // Relationships: the direct triple, and the relationship resource with its quoted source.
      expect(has(quads, anci, `${DM}cooperatesWith`, `${B}/id/br-ministry-of-cities`)).toBe(true);
      const quotes = quads.filter((q) => q.predicate.value === `${DM}quote`);
      expect(quotes.length).toBeGreaterThan(5);
      const relationship = quads.find(
        (q) =>
          q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#subject' &&
          q.object.value === anci,
      )!.subject.value;
      expect(relationship.startsWith(`${B}/relationship/`)).toBe(true);
      expect(has(quads, relationship, `${PROV}wasDerivedFrom`)).toBe(true);
    });

    it('gives Florence owl:sameAs its Wikidata item', async () => {
      const quads = parseTurtle(await (await get('/id/istat:048017')).text());
      expect(
        has(quads, `${B}/id/istat:048017`, SAME_AS, 'http://www.wikidata.org/entity/Q2044'),
      ).toBe(true);
    });

    it('serves /id/actor:anci as ANCI, naming the canonical URI', async () => {
      const response = await get('/id/actor:anci');
      expect(response.status).toBe(200);
      expect(response.headers.get('link')).toBe(`<${B}/id/anci>; rel="canonical"`);
      const quads = parseTurtle(await response.text());
      expect(has(quads, `${B}/id/anci`, `${PROV}wasDerivedFrom`)).toBe(true);
    });

    it('answers JSON-LD that expands with jsonld to the same triples as the Turtle', async () => {
      const response = await get('/id/istat:048017', 'application/ld+json');
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      const doc = (await response.json()) as Record<string, unknown>;
      expect(doc['@context']).toBe(`${B}/context.jsonld`);
      const context: unknown = await (await fetch(`${url}/context.jsonld`)).json();
      const documentLoader = async (u: string) => {
        if (u !== `${B}/context.jsonld`) throw new Error(`unexpected ${u}`);
        return { contextUrl: undefined, documentUrl: u, document: context };
      };
      const expanded = await jsonld.expand(doc, { documentLoader: documentLoader as never });
      const florence = expanded.find((n) => n['@id'] === `${B}/id/istat:048017`)!;
      expect(florence[SAME_AS]).toEqual([{ '@id': 'http://www.wikidata.org/entity/Q2044' }]);
      const nquads = (await jsonld.toRDF(expanded, { format: 'application/n-quads' })) as string;
      const fromJson = new Parser({ format: 'N-Quads' }).parse(nquads);
      const fromTurtle = parseTurtle(await (await get('/id/istat:048017')).text());
      expect(fromJson.length).toBe(fromTurtle.length);
    });

    it('pages relationships: a next link in the header and on the page', async () => {
      const response = await get('/id/country:IT?first=2', 'application/n-triples');
      expect(response.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
      const next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      expect(next).toMatch(/^\/id\/country:IT\?first=2&after=.+&format=ntriples$/);
      const second = await get(next!, 'application/n-triples');
      expect(second.status).toBe(200);
      const html = await (await get('/id/country:IT?first=2', 'text/html')).text();
      expect(html).toContain('rel="next"');
    });

    it('uses ?format= and extensions as a fallback to Accept', async () => {
      const ttl = await get('/id/anci.ttl', '*/*');
      expect(ttl.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      const html = await get('/id/anci?format=html', 'text/turtle');
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const browser = await get('/id/anci', 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
    });

    it('answers unknown keys with 404, bad parameters with 400 and other types with 406', async () => {
      const json = await get('/id/no-such-node', 'application/ld+json');
      expect(json.status).toBe(404);
      expect(await json.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'No node has the key no-such-node.' },
      });
      const html = await get('/id/no-such-node', 'text/html');
      expect(html.status).toBe(404);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect((await get('/id/anci?format=xml')).status).toBe(400);
      expect((await get('/id/anci?first=0')).status).toBe(400);
      expect((await get('/id/anci?after=bogus')).status).toBe(400);
      expect((await get('/id/anci', 'image/png')).status).toBe(406);
      const undecodable = await get('/id/%E0%A4%A', 'application/json');
      expect(undecodable.status).toBe(400);
      expect(((await undecodable.json()) as { error: { code: string } }).error.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await get('/relationship/nope')).status).toBe(404);
    });

    it('serves a relationship and the vocabulary', async () => {
      const key = 'MEMBER_OF:istat:048017->eurocities';
      const rel = parseTurtle(await (await get(`/relationship/${encodeURIComponent(key)}`)).text());
      const uri = `${B}/relationship/MEMBER_OF:istat:048017-%3Eeurocities`;
      expect(has(rel, uri, `${PROV}wasDerivedFrom`, `${B}/id/source:eurocities-members`)).toBe(
        true,
      );
      expect(
        has(
          rel,
          uri,
          'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
          'http://www.w3.org/ns/org#Membership',
        ),
      ).toBe(true);
      expect(
        has(rel, `${B}/id/istat:048017`, 'http://www.w3.org/ns/org#memberOf', `${B}/id/eurocities`),
      ).toBe(true);
      const vocab = parseTurtle(await (await get('/vocab')).text());
      expect(has(vocab, `${DM}twinnedWith`, 'http://www.w3.org/2000/01/rdf-schema#label')).toBe(
        true,
      );
      expect(
        has(
          vocab,
          `${DM}memberOf`,
          'http://www.w3.org/2000/01/rdf-schema#subPropertyOf',
          'http://www.w3.org/ns/org#memberOf',
        ),
      ).toBe(true);
    });
  });
}
