/**
 * The worker-thread side of an HTTP export (HeavyWork.inWorker): writing a whole graph as GEXF,
 * GraphML or CSV takes seconds of CPU, so it runs off the event loop. The text goes back as UTF-8
 * bytes, moved (not copied) to the main thread.
 */
import { move } from 'piscina';
import type { GraphData } from '../domain/graph-records.js';
import { toCsv, type CsvPart } from './csv.js';
import { exportFiles, type ExportFormat } from './export-format.js';

export interface ExportTask {
  data: GraphData;
  format: ExportFormat;
  /** CSV: the one table to write. */
  part?: CsvPart;
}

/** The file's UTF-8 bytes (its name is `exportFileName`'s). */
export default function writeExport(task: ExportTask): Uint8Array {
  const [file] = task.part
    ? [{ text: toCsv(task.data, task.part) }]
    : exportFiles(task.data, task.format);
  return move(Buffer.from(file!.text, 'utf8')) as Uint8Array;
}

/** The name of the one file an export task writes. */
export function exportFileName(task: ExportTask): string {
  return task.part ? `${task.part}.csv` : `graph.${task.format}`;
}
