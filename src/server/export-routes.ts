/**
 * Exports over HTTP: `GET /export/graph.gexf`, `/export/graph.graphml`, and the CSV tables
 * `/export/nodes.csv` and `/export/edges.csv` (`/export/graph.csv` is the nodes table), of the
 * whole graph or a slice (`?region=…&theme=…&kinds=Municipality,Association`). The same read
 * access rule as GraphQL queries applies.
 *
 * Anything the route does not know — a parameter, a file, a kind, a region or theme key — is a
 * 400 naming the allowed values, never a silent whole-graph export. At most
 * `maxConcurrentExports` are built at once and `maxQueuedExports` wait; beyond, 503 with
 * Retry-After. The file is streamed as it is written, and a client that goes away stops the work.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { DiplomapError } from '../domain/errors.js';
import type { CsvPart } from '../export/csv.js';
import { CONTENT_TYPES, type ExportFormat } from '../export/export-format.js';
import { exportChunks, writerFor } from '../export/export-stream.js';
import { parseSliceFilter, SliceReader } from '../export/graph-slice.js';
import type { GraphStore } from '../store/graph-store.js';
import { WorkQueue } from './export-queue.js';
import { sendError } from './http-errors.js';

export interface ExportLimits {
  /** Exports built at once. */
  maxConcurrentExports: number;
  /** Exports waiting for a turn; more are refused with 503. */
  maxQueuedExports: number;
}

/** What a refused client is told to wait before trying again. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

const FILES: Record<string, { format: ExportFormat; part?: CsvPart }> = {
  'graph.gexf': { format: 'gexf' },
  'graph.graphml': { format: 'graphml' },
  'graph.csv': { format: 'csv', part: 'nodes' },
  'nodes.csv': { format: 'csv', part: 'nodes' },
  'edges.csv': { format: 'csv', part: 'edges' },
};
const PARAMETERS = ['region', 'theme', 'kinds'];

export function exportRouter(
  store: GraphStore,
  readAccess: express.RequestHandler,
  limits: ExportLimits,
): express.Router {
  const router = express.Router();
  const queue = new WorkQueue(limits.maxConcurrentExports, limits.maxQueuedExports);

  router.get('/export/:file', readAccess, async (req, res, next) => {
    const stopped = new AbortController();
    res.on('close', () => stopped.abort(new Error('the client went away')));
    let release: (() => void) | undefined;
    try {
      const name = String(req.params.file);
      const file = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
      if (!file) throw badRequest(`There is no export /export/${name}.`, 'file', exportPaths());
      const unknown = Object.keys(req.query).filter((name) => !PARAMETERS.includes(name));
      if (unknown.length > 0)
        throw badRequest(
          `Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
          unknown[0]!,
          PARAMETERS,
        );
      const filter = parseSliceFilter({
        region: single(req.query.region, 'region'),
        theme: single(req.query.theme, 'theme'),
        kinds: single(req.query.kinds, 'kinds'),
      });
      // Keys are checked before queueing: a mistake is a 400 even when the queue is full.
      const reader = await SliceReader.open(store, filter, { signal: stopped.signal });
      release = await queue.enter(stopped.signal);
      if (!release) {
        res.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
        return sendError(
          req,
          res,
          'OVERLOADED',
          `The export queue is full (${limits.maxConcurrentExports} being built, ${limits.maxQueuedExports} waiting): try again in ${EXPORT_RETRY_AFTER_SECONDS} s.`,
        );
      }
      const chunks = exportChunks(reader, writerFor(file.format, file.part));
      // The first piece comes after the columns are read: a failure until then is still an answer.
      const first = await chunks.next();
      res
        .status(200)
        .type(CONTENT_TYPES[file.format])
        .set('Content-Disposition', `attachment; filename="diplomap-${name}"`);
      // Bytes, not objects: at most one piece waits ahead of the socket.
      await pipeline(Readable.from(rest(first, chunks), { objectMode: false }), res);
    } catch (error) {
      if (stopped.signal.aborted) return; // nobody to answer
      if (res.headersSent) return void res.destroy(error as Error);
      if (!(error instanceof DiplomapError)) return next(error);
      sendError(req, res, error.code, error.message, error.details);
    } finally {
      release?.();
    }
  });
  return router;
}

async function* rest(
  first: IteratorResult<string>,
  chunks: AsyncGenerator<string>,
): AsyncGenerator<string> {
  if (first.done) return;
  yield first.value;
  yield* chunks;
}

function exportPaths(): string[] {
  return Object.keys(FILES).map((name) => `/export/${name}`);
}

function badRequest(message: string, argument: string, allowed: string[]): DiplomapError {
  return new DiplomapError('BAD_USER_INPUT', `${message} Allowed: ${allowed.join(', ')}.`, {
    argument,
    allowed,
  });
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new DiplomapError('BAD_USER_INPUT', `Give "${name}" once, as text.`, { argument: name });
  return value;
}
