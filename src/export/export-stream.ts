/**
 * An export as a stream of text pieces: a first reading of the slice learns the columns, a second
 * writes the nodes a page at a time, then the relationships. Memory holds one page of records and
 * the keys written, whatever the size of the graph. Stopping the iteration (a client that went
 * away) stops the reading.
 */
import type { CsvPart } from './csv.js';
import { csvWriter } from './csv.js';
import { emptyModels, observeEdges, observeNodes, type ExportWriter } from './export-writer.js';
import type { ExportFormat } from './export-format.js';
import { gexfWriter } from './gexf.js';
import type { SliceReader } from './graph-slice.js';
import { graphmlWriter } from './graphml.js';
import type { ColumnModels } from './export-writer.js';

export interface ExportCounts {
  nodes: number;
  edges: number;
}

/** The writer of one file: GEXF, GraphML, or one of the CSV tables. */
export function writerFor(format: ExportFormat, part: CsvPart = 'nodes') {
  return (models: ColumnModels): ExportWriter => {
    switch (format) {
      case 'gexf':
        return gexfWriter(models);
      case 'graphml':
        return graphmlWriter(models);
      case 'csv':
        return csvWriter(part, models);
    }
  };
}

/** The file's text, piece by piece (never an empty piece: a byte stream reads it as nothing). */
export async function* exportChunks(
  reader: SliceReader,
  make: (models: ColumnModels) => ExportWriter,
  counts: ExportCounts = { nodes: 0, edges: 0 },
): AsyncGenerator<string> {
  for await (const piece of pieces(reader, make, counts)) if (piece !== '') yield piece;
}

async function* pieces(
  reader: SliceReader,
  make: (models: ColumnModels) => ExportWriter,
  counts: ExportCounts,
): AsyncGenerator<string> {
  const needs = make(emptyModels()).needs;
  const models = emptyModels();
  if (needs.nodes) for await (const page of reader.nodePages()) observeNodes(models, page);
  if (needs.edges) for await (const page of reader.edgePages()) observeEdges(models, page);
  const writer = make(models);
  yield writer.head();
  let written: Set<string>;
  if (needs.nodes) {
    written = new Set<string>();
    for await (const page of reader.nodePages()) {
      for (const node of page) written.add(node.key);
      counts.nodes += page.length;
      yield writer.nodes(page);
    }
  } else written = new Set(await reader.nodeKeys()); // a relationships table: keys suffice
  yield writer.middle();
  if (needs.edges)
    for await (const page of reader.edgePages((key) => written.has(key))) {
      counts.edges += page.length;
      yield writer.edges(page);
    }
  yield writer.tail();
}
