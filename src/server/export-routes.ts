/**
 * GET /export/graph.gexf | .graphml | .csv — the whole graph or a slice (`region`, `theme`,
 * `kinds`) as a file for Gephi, Cytoscape, yEd or a spreadsheet. CSV comes as two files: `part`
 * chooses nodes (the default) or edges. Bad parameters get 400 with a BAD_USER_INPUT code.
 */
import express from 'express';
import { DiplomapError } from '../domain/errors.js';
import {
  CONTENT_TYPES,
  CSV_PARTS,
  EXPORT_FORMATS,
  toCsv,
  toGexf,
  toGraphml,
  type CsvPart,
  type ExportFormat,
} from '../export/formats.js';
import { checkSlice, loadSlice, sliceName } from '../export/graph-slice.js';
import type { GraphStore } from '../store/graph-store.js';

const PARAMETERS = new Set(['region', 'theme', 'kinds', 'part']);

function badRequest(res: express.Response, message: string): void {
  res.status(400).json({ error: { code: 'BAD_USER_INPUT', message } });
}

/**
 * The export routes. `readAccess` runs first on every request: the server's read rule (public, or
 * an API key or token), the same as for GraphQL queries.
 */
export function exportRouter(
  store: GraphStore,
  readAccess: express.RequestHandler,
): express.Router {
  const router = express.Router();
  router.get('/export/graph.:format', readAccess, async (req, res, next) => {
    const format = req.params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      return badRequest(
        res,
        `Unknown export format "${req.params.format}": use ${EXPORT_FORMATS.join(', ')}.`,
      );
    const query: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.query)) {
      if (!PARAMETERS.has(name))
        return badRequest(
          res,
          `Unknown parameter "${name}": use region, theme, kinds (and part for CSV).`,
        );
      if (typeof value !== 'string') return badRequest(res, `Give "${name}" once, as text.`);
      query[name] = value;
    }
    let part: CsvPart = 'nodes';
    if (query.part !== undefined) {
      if (format !== 'csv') return badRequest(res, '"part" applies to the CSV export only.');
      if (!(CSV_PARTS as readonly string[]).includes(query.part))
        return badRequest(res, `"part" must be ${CSV_PARTS.join(' or ')}.`);
      part = query.part as CsvPart;
    }
    try {
      const filter = await checkSlice(store, query);
      const data = await loadSlice(store, filter);
      const body =
        format === 'gexf'
          ? toGexf(data)
          : format === 'graphml'
            ? toGraphml(data)
            : toCsv(data, part);
      const name = `diplomap-${sliceName(filter)}${format === 'csv' ? `-${part}` : ''}.${format}`;
      res
        .status(200)
        .type(CONTENT_TYPES[format])
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .set('X-Diplomap-Nodes', String(data.nodes.length))
        .set('X-Diplomap-Relationships', String(data.edges.length))
        .send(body);
    } catch (error) {
      if (error instanceof DiplomapError && error.code === 'BAD_USER_INPUT')
        return badRequest(res, error.message);
      if (error instanceof DiplomapError && error.code === 'STORE_UNAVAILABLE') {
        res.status(503).json({ error: { code: error.code, message: error.message } });
        return;
      }
      next(error);
    }
  });
  return router;
}
