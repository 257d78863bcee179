/**
 * An import run: files (CSV tables or IATI activity XML) read into one batch, planned against the
 * store, and applied as one change (`import:csv`, `import:iati`) — or only reported (dry run).
 * Reading is pure; the caller reads the files and owns the store.
 */
import { basename, extname } from 'node:path';
import type { ChangeRecord, ChangeRequest } from '../../domain/changes.js';
import { isEmptyChangeSet } from '../../domain/changes.js';
import type { GraphNode, Provenance } from '../../domain/graph-records.js';
import { CURATION_SOURCE } from '../../domain/provenance.js';
import { slugify } from '../../domain/text.js';
import { ACTOR_KINDS } from '../../domain/node-types.js';
import { WHOLE_LIST } from '../../domain/pagination.js';
import type { GraphStore } from '../../store/graph-store.js';
import { readCsvImport } from '../csv/csv-import.js';
import {
  looksLikeIati,
  readIatiImport,
  reportNameConflicts,
  type FileRefusal,
} from '../iati/iati-import.js';
import { OrganisationNames } from '../iati/iati-organisations.js';
import { readWikidataImport } from '../wikidata/wikidata-import.js';
import {
  indexByWikidataId,
  looksLikeWikidata,
  type WikidataIndex,
} from '../wikidata/wikidata-source.js';
import { ImportBatch } from './import-batch.js';
import { planImport, type ImportPlan, type ImportReport } from './import-plan.js';

export const IMPORT_FORMATS = ['csv', 'iati', 'wikidata'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportFile {
  /** Path or name; reports and provenance notes use its base name. */
  path: string;
  text: string;
}

export interface ReadOptions {
  /** Forced format; otherwise by extension (.csv, .xml), then by content. */
  format?: ImportFormat;
  /** Where the files come from, kept on their Source nodes. */
  sourceUrl?: string;
  /** The graph's nodes by Wikidata id: needed to read Wikidata files (readWikidataIndex). */
  wikidataIndex?: WikidataIndex;
}

export interface FileSummary {
  file: string;
  format: ImportFormat;
  /** The CSV table the file was read as, or the IATI version. */
  kind: string;
  /** The file's Source node; none for exported records, which keep their own sources. */
  source?: string;
}

export function detectFormat(path: string, text: string): ImportFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xml') return 'iati';
  if (looksLikeIati(text)) return 'iati';
  if (looksLikeWikidata(text)) return 'wikidata';
  return undefined;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV',
  iati: 'IATI activity',
  wikidata: 'Wikidata entity JSON',
};

/** The Source node every fact of a file ultimately cites: `source:import:<file name slug>`. */
export function fileSourceNode(file: string, format: ImportFormat, url?: string): GraphNode {
  const key = `source:import:${slugify(file)}`;
  return {
    key,
    type: 'Source',
    name: file,
    aliases: [],
    description: `Imported from the ${FORMAT_NAMES[format]} file ${file}.`,
    props: { kind: 'IMPORT', format, file, ...(url ? { url } : {}) },
    sources: [{ source: key }],
  };
}

export interface ReadFiles {
  batch: ImportBatch;
  /** The files read. */
  files: FileSummary[];
  /** Files refused whole (not well-formed, not IATI, unknown format): nothing is applied then. */
  refused: FileRefusal[];
}

export function readImportFiles(files: ImportFile[], options: ReadOptions = {}): ReadFiles {
  const batch = new ImportBatch();
  const summaries: FileSummary[] = [];
  const refused: FileRefusal[] = [];
  const names = new OrganisationNames();
  const refuse = (refusal: FileRefusal) => {
    refused.push(refusal);
    batch.reject(refusal, refusal.reason);
  };
  for (const { path, text } of files) {
    const file = basename(path);
    const format = options.format ?? detectFormat(path, text);
    if (!format) {
      refuse({ file, line: 1, reason: 'unknown format: name it .csv or .xml, or pass --format' });
      continue;
    }
    const source = fileSourceNode(file, format, options.sourceUrl);
    const origin = { file, line: 1 };
    if (format === 'csv') {
      const table = readCsvImport(text, batch, { file, fileSource: source.key });
      if (!table) continue;
      if (table.ownSources) {
        summaries.push({ file, format, kind: table.name });
        continue;
      }
      batch.addNode(source, origin);
      summaries.push({ file, format, kind: table.name, source: source.key });
    } else if (format === 'wikidata') {
      const index = options.wikidataIndex;
      if (!index) throw new Error('readImportFiles: a Wikidata file needs options.wikidataIndex');
      const summary = readWikidataImport(text, batch, { file, fileSource: source.key, index });
      if (!summary) continue;
      batch.addNode(source, origin);
      summaries.push({
        file,
        format,
        kind: `Wikidata JSON, ${summary.entities} entities`,
        source: source.key,
      });
    } else {
      const summary = readIatiImport(text, batch, { file, fileSource: source.key, names });
      if ('reason' in summary) {
        refuse(summary);
        continue;
      }
      batch.addNode(source, origin);
      summaries.push({ file, format, kind: `IATI ${summary.version}`, source: source.key });
    }
  }
  reportNameConflicts(names, batch);
  return { batch, files: summaries, refused };
}

/** Whether reading these files needs the graph's Wikidata ids. */
export function needsWikidataIndex(files: ImportFile[], options: ReadOptions): boolean {
  return files.some((f) => (options.format ?? detectFormat(f.path, f.text)) === 'wikidata');
}

/**
 * The graph's actors and countries by Wikidata id, in one store call. Reads every actor: fine for
 * an import from the command line, and the limit to lift (a store-side lookup) for huge graphs.
 */
export async function readWikidataIndex(store: GraphStore): Promise<WikidataIndex> {
  const page = await store.findNodes(
    { types: [...ACTOR_KINDS, 'Country'], orderBy: 'KEY', direction: 'ASC' },
    { first: WHOLE_LIST },
  );
  return indexByWikidataId(page.items.map((i) => i.value));
}

export interface ImportRun {
  files: FileSummary[];
  /** Files refused whole; when there are any, nothing was applied. */
  refused: FileRefusal[];
  report: ImportReport;
  plan: ImportPlan;
  /** The recorded change; absent on a dry run or when nothing changes. */
  change?: ChangeRecord;
}

export interface RunOptions extends ReadOptions {
  dryRun: boolean;
  /** Who imports (`cli:<user>`). */
  by: string;
}

/** Plans the files against the store and, unless a dry run, applies them as one change. */
export async function runImport(
  store: GraphStore,
  files: ImportFile[],
  options: RunOptions,
): Promise<ImportRun> {
  const wikidataIndex = needsWikidataIndex(files, options)
    ? await readWikidataIndex(store)
    : undefined;
  const read = readImportFiles(files, { ...options, ...(wikidataIndex ? { wikidataIndex } : {}) });
  const plan = await planImport(read.batch, store);
  const run: ImportRun = { files: read.files, refused: read.refused, report: plan.report, plan };
  if (!shouldApply(read, plan, options.dryRun)) return run;
  run.change = await store.applyChange(importRequest(plan, read.files, options.by));
  return run;
}

/**
 * Whether a run writes: not a dry run, something to change, and every file read — a file refused
 * whole (malformed, not IATI) stops the run, so the change never holds half of what was asked.
 */
export function shouldApply(read: ReadFiles, plan: ImportPlan, dryRun: boolean): boolean {
  return (
    !dryRun && read.refused.length === 0 && read.files.length > 0 && !isEmptyChangeSet(plan.changes)
  );
}

export function importRequest(plan: ImportPlan, files: FileSummary[], by: string): ChangeRequest {
  const formats = [...new Set(files.map((f) => f.format))].sort();
  const { nodes, relationships, rejected } = plan.report;
  return {
    operation: `import:${formats.join('+')}`,
    by,
    source: requestSource(files),
    summary:
      `Import of ${files.map((f) => f.file).join(', ')}: ` +
      `${nodes.created} nodes created, ${nodes.updated} updated; ` +
      `${relationships.created} relationships created, ${relationships.updated} updated; ` +
      `${rejected.length} refused`,
    changes: plan.changes,
    conditions: plan.conditions,
  };
}

/**
 * What the change log gives as the import's source: the first file's Source node; for exported
 * records, which keep their own sources, a curation note naming the files.
 */
function requestSource(files: FileSummary[]): Provenance {
  const names = files.map((f) => f.file).join(', ');
  const cited = files.find((f) => f.source !== undefined)?.source;
  return cited
    ? { source: cited, note: `files: ${names}` }
    : {
        source: CURATION_SOURCE,
        note: `re-import of exported records (each keeps its own sources): ${names}`,
      };
}
