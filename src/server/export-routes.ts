/**
 * Exports over HTTP: `GET /export/graph.gexf`, `/export/graph.graphml`, and the CSV tables
 * `/export/nodes.csv` and `/export/edges.csv` (`/export/graph.csv` is the nodes table), of the
 * whole graph or a slice (`?region=…&theme=…&kinds=Municipality,Association`). The same read
 * access rule as GraphQL queries applies.
 */
import express from 'express';
import { DiplomapError } from '../domain/errors.js';
import { toCsv, type CsvPart } from '../export/csv.js';
import { CONTENT_TYPES, exportFiles, type ExportFormat } from '../export/export-format.js';
import type { GraphData } from '../domain/graph-records.js';
import { parseSliceFilter, readSlice } from '../export/graph-slice.js';
import type { GraphStore } from '../store/graph-store.js';

/** Writes one export file; the server runs it in a worker thread (create-server.ts). */
export type WriteExport = (
  data: GraphData,
  format: ExportFormat,
  part?: CsvPart,
) => Promise<{ name: string; body: string | Uint8Array }>;

/** In process: for callers without a worker pool. */
export const writeExportHere: WriteExport = async (data, format, part) => {
  const [file] = part
    ? [{ name: `${part}.csv`, text: toCsv(data, part) }]
    : exportFiles(data, format);
  return { name: file!.name, body: file!.text };
};

export function exportRouter(
  store: GraphStore,
  readAccess: express.RequestHandler,
  writeExport: WriteExport = writeExportHere,
): express.Router {
  const router = express.Router();
  const send =
    (format: ExportFormat, part?: CsvPart): express.RequestHandler =>
    async (req, res, next) => {
      try {
        const filter = parseSliceFilter({
          region: single(req.query.region, 'region'),
          theme: single(req.query.theme, 'theme'),
          kinds: single(req.query.kinds, 'kinds'),
        });
        const data = await readSlice(store, filter);
        const file = await writeExport(data, format, part);
        res
          .status(200)
          .type(CONTENT_TYPES[format])
          .set('Content-Disposition', `attachment; filename="diplomap-${file.name}"`)
          .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
      } catch (error) {
        if (!(error instanceof DiplomapError)) return next(error);
        const status = error.code === 'STORE_UNAVAILABLE' ? 503 : 400;
        res.status(status).json({ error: { code: error.code, message: error.message } });
      }
    };
  router.get('/export/graph.gexf', readAccess, send('gexf'));
  router.get('/export/graph.graphml', readAccess, send('graphml'));
  router.get('/export/graph.csv', readAccess, send('csv', 'nodes'));
  router.get('/export/nodes.csv', readAccess, send('csv', 'nodes'));
  router.get('/export/edges.csv', readAccess, send('csv', 'edges'));
  return router;
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new DiplomapError('BAD_USER_INPUT', `Give "${name}" once, as text.`, { argument: name });
  return value;
}
