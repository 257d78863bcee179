/**
 * Linked Data over HTTP: `/id/{key}` for every node and `/relationship/{key}` for every
 * relationship, by content negotiation (Accept: HTML, JSON-LD, Turtle, N-Triples; `?format=` or an
 * extension — `/id/anci.ttl` — as a fallback), the vocabulary at `/vocab` and the JSON-LD context at
 * `/context.jsonld`. The same read access rule as GraphQL queries applies. docs/linked-data.md.
 */
import express from 'express';
import { DiplomapError, badInput } from '../domain/errors.js';
import type { PageRequest } from '../domain/pagination.js';
import { nodePage, PAGE_CSS, escapeHtml } from '../linked-data/html-page.js';
import { TripleMapper } from '../linked-data/graph-triples.js';
import {
  DEFAULT_RELATIONSHIPS_PER_PAGE,
  MAX_RELATIONSHIPS_PER_PAGE,
  documentQuads,
  readNodeDocument,
  resolveKey,
} from '../linked-data/node-document.js';
import {
  jsonLdContext,
  MEDIA_TYPES,
  writeJsonLd,
  writeNTriples,
  writeTurtle,
  type RdfFormat,
} from '../linked-data/rdf-formats.js';
import { baseUriFrom, keySegment, uriSpace } from '../linked-data/uris.js';
import { vocabularyPage } from '../linked-data/vocabulary-page.js';
import { vocabularyQuads } from '../linked-data/vocabulary-document.js';
import type { GraphStore } from '../store/graph-store.js';
import type { Quad } from 'n3';

const FORMAT_NAMES: Record<string, RdfFormat> = {
  html: 'html',
  jsonld: 'jsonld',
  json: 'jsonld',
  turtle: 'turtle',
  ttl: 'turtle',
  ntriples: 'ntriples',
  nt: 'ntriples',
};
const EXTENSION = /\.(html|jsonld|json|ttl|nt)$/;
/** What Accept may ask for, in our order of preference when it allows several equally. */
const ACCEPTED: [string, RdfFormat][] = [
  ['text/html', 'html'],
  ['application/ld+json', 'jsonld'],
  ['text/turtle', 'turtle'],
  ['application/n-triples', 'ntriples'],
  ['application/json', 'jsonld'],
];

export interface LinkedDataOptions {
  /** The base of every URI (default: BASE_URI from the environment). */
  base?: string;
}

export function linkedDataRouter(
  store: GraphStore,
  readAccess: express.RequestHandler,
  options: LinkedDataOptions = {},
): express.Router {
  const uris = uriSpace(options.base ?? baseUriFrom());
  const mapper = new TripleMapper(uris);
  const router = express.Router();

  router.get('/ld/page.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=3600').send(PAGE_CSS);
  });
  router.get('/context.jsonld', (_req, res) => {
    res.type(MEDIA_TYPES.jsonld).json(jsonLdContext(uris));
  });
  router.get('/vocab', async (req, res, next) => {
    try {
      const format = chooseFormat(req);
      if (format === 'html') return void res.type('html').send(vocabularyPage(uris));
      await sendRdf(res, format, vocabularyQuads(uris));
    } catch (error) {
      answerError(req, res, next, error);
    }
  });

  router.get('/id/:key', readAccess, async (req, res, next) => {
    try {
      const asked = req.params.key as string;
      let requested = asked;
      let extension: RdfFormat | undefined;
      let node = await resolveKey(store, requested);
      const ext = EXTENSION.exec(requested);
      if (!node && ext) {
        extension = FORMAT_NAMES[ext[1]!];
        requested = requested.slice(0, -ext[0].length);
        node = await resolveKey(store, requested);
      }
      if (!node) {
        throw new DiplomapError('NOT_FOUND', `No node has the key ${asked}.`, { key: asked });
      }
      const format = chooseFormat(req, extension);
      const page = pageOf(req);
      const doc = await readNodeDocument(store, node, page);
      res.vary('Accept');
      if (node.key !== requested) res.set('Link', `<${uris.node(node.key)}>; rel="canonical"`);
      const last = doc.relationships.items.at(-1);
      const next =
        doc.relationships.hasNextPage && last
          ? new URLSearchParams({ first: String(page.first), after: last.cursor }).toString()
          : undefined;
      if (format === 'html') {
        const first = page.after
          ? new URLSearchParams({ first: String(page.first) }).toString()
          : undefined;
        res
          .type('html')
          .send(nodePage(doc, uris, { ...(next ? { next } : {}), ...(first ? { first } : {}) }));
        return;
      }
      if (next) {
        const path = `/id/${keySegment(node.key)}?${next}&format=${format}`;
        res.append('Link', `<${path}>; rel="next"`);
      }
      await sendRdf(res, format, documentQuads(doc, mapper));
    } catch (error) {
      answerError(req, res, next, error);
    }
  });

  router.get('/relationship/:key', readAccess, async (req, res, next) => {
    try {
      const key = req.params.key as string;
      const [edge] = await store.getRelationships([key]);
      if (!edge)
        throw new DiplomapError('NOT_FOUND', `No relationship has the key ${key}.`, { key });
      const format = chooseFormat(req);
      res.vary('Accept');
      // People read a relationship on the page of the node it starts from.
      if (format === 'html') return void res.redirect(303, `/id/${keySegment(edge.from)}`);
      await sendRdf(res, format, mapper.relationship(edge));
    } catch (error) {
      answerError(req, res, next, error);
    }
  });

  // A key that is not valid percent-encoding fails while the route's parameters are decoded.
  router.use(
    ['/id', '/relationship'],
    (error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!(error instanceof URIError)) return next(error);
      answerError(
        req,
        res,
        next,
        badInput('The key in the address is not valid percent-encoding.'),
      );
    },
  );

  async function sendRdf(res: express.Response, format: Exclude<RdfFormat, 'html'>, quads: Quad[]) {
    if (format === 'jsonld')
      return void res.type(MEDIA_TYPES.jsonld).send(JSON.stringify(await writeJsonLd(quads, uris)));
    const text = format === 'turtle' ? await writeTurtle(quads, uris) : await writeNTriples(quads);
    res.type(`${MEDIA_TYPES[format]}; charset=utf-8`).send(text);
  }

  return router;
}

/** `?format=` first, then the extension, then Accept (406 when Accept allows none of ours). */
function chooseFormat(req: express.Request, extension?: RdfFormat): RdfFormat {
  const asked = req.query.format;
  if (asked !== undefined) {
    const format = typeof asked === 'string' ? FORMAT_NAMES[asked] : undefined;
    if (!format)
      throw badInput(
        `Unknown format ${JSON.stringify(asked)}: use one of ${Object.keys(FORMAT_NAMES).join(', ')}.`,
        { argument: 'format' },
      );
    return format;
  }
  if (extension) return extension;
  const accepted = req.accepts(ACCEPTED.map(([type]) => type));
  if (accepted === false)
    throw new NotAcceptable(
      `None of the requested types is served here: ask for ${ACCEPTED.map(([t]) => t).join(', ')}.`,
    );
  return ACCEPTED.find(([type]) => type === accepted)![1];
}

function pageOf(req: express.Request): PageRequest {
  const { first, after } = req.query;
  const page: PageRequest = { first: DEFAULT_RELATIONSHIPS_PER_PAGE };
  if (first !== undefined) {
    const n = typeof first === 'string' && /^\d+$/.test(first) ? Number(first) : NaN;
    if (!(n >= 1 && n <= MAX_RELATIONSHIPS_PER_PAGE))
      throw badInput(`"first" must be a whole number from 1 to ${MAX_RELATIONSHIPS_PER_PAGE}.`, {
        argument: 'first',
      });
    page.first = n;
  }
  if (after !== undefined) {
    if (typeof after !== 'string')
      throw badInput('Give "after" once, as text.', { argument: 'after' });
    page.after = after;
  }
  return page;
}

/** Accept names no type served here (406; not a DiplomapError code: only HTTP has it). */
class NotAcceptable extends Error {}

const STATUS: Record<string, number> = { NOT_FOUND: 404, STORE_UNAVAILABLE: 503 };

/** A DiplomapError as 4xx/503: an HTML page for browsers, JSON for everyone else. */
function answerError(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
  error: unknown,
): void {
  res.vary('Accept');
  if (error instanceof NotAcceptable) {
    res.status(406).json({ error: { code: 'NOT_ACCEPTABLE', message: error.message } });
    return;
  }
  if (!(error instanceof DiplomapError)) return next(error);
  const status = STATUS[error.code] ?? 400;
  if (req.accepts(['application/json', 'text/html']) === 'text/html') {
    res
      .status(status)
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} — Diplomap</title><link rel="stylesheet" href="/ld/page.css"></head><body><main><h1>${status}</h1><p>${escapeHtml(error.message)}</p><p><a href="/">Diplomap</a></p></main></body></html>`,
      );
    return;
  }
  res.status(status).json({ error: { code: error.code, message: error.message } });
}
