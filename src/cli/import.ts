/** `diplomap import`: CSV or IATI files into the store as one change, or a dry run that only reports. */
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import cliProgress from 'cli-progress';
import {
  importRequest,
  needsWikidataIndex,
  readImportFiles,
  readWikidataIndex,
  shouldApply,
  type FileSummary,
  type ImportFile,
  type ImportFormat,
} from '../ingest/import/import-files.js';
import type { FileRefusal } from '../ingest/iati/iati-import.js';
import { planImport, type ImportReport } from '../ingest/import/import-plan.js';
import { readConfig } from '../config/config.js';
import { openGraph } from './open-graph.js';

export interface ImportOptions {
  format?: ImportFormat;
  /** Same as `--format wikidata`. */
  wikidata?: boolean;
  dryRun: boolean;
  progress: boolean;
  as?: string;
  sourceUrl?: string;
  /** Where to write the whole report as JSON. */
  report?: string;
}

export async function importFiles(paths: string[], options: ImportOptions): Promise<void> {
  const config = readConfig();
  if (!config.neo4j && !config.dataDir && !options.dryRun)
    throw new Error(
      'DATA_DIR=off and no NEO4J_URI: the import would be lost when this command ends. Set DATA_DIR (the embedded store) or NEO4J_URI, or use --dry-run.',
    );
  const bar =
    options.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'Importing [{bar}] {value}/{total} | {step}', stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  // One step per file read, then opening the store, planning and (unless a dry run) applying.
  bar?.start(paths.length + (options.dryRun ? 2 : 3), 0, { step: 'reading' });
  const files: ImportFile[] = [];
  for (const path of paths) {
    files.push({ path, text: await readFile(path, 'utf8') });
    bar?.increment({ step: `read ${path}` });
  }
  if (options.wikidata && options.format && options.format !== 'wikidata')
    throw new Error(`--wikidata and --format ${options.format} disagree: give one of them.`);
  const format = options.wikidata ? 'wikidata' : options.format;
  const readOptions = {
    ...(format ? { format } : {}),
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
  };

  const store = await openGraph({
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    ...(config.seedsDir ? { seedsDir: config.seedsDir } : {}),
    // A dry run only reads: the data directory is opened without its lock, so it works while the
    // server runs; an import takes the lock (stop the server, or import into Neo4j).
    ...(config.dataDir && !config.neo4j
      ? { dataDir: config.dataDir, ...(options.dryRun ? { readOnly: true } : {}) }
      : {}),
  });
  try {
    bar?.increment({ step: `store: ${store.kind}` });
    // Wikidata files are matched to the graph by Wikidata id: read the ids first.
    const wikidataIndex = needsWikidataIndex(files, readOptions)
      ? await readWikidataIndex(store)
      : undefined;
    const read = readImportFiles(files, {
      ...readOptions,
      ...(wikidataIndex ? { wikidataIndex } : {}),
    });
    const plan = await planImport(read.batch, store);
    bar?.increment({ step: 'planned' });
    let applied: number | undefined;
    if (shouldApply(read, plan, options.dryRun)) {
      const by = options.as ?? `cli:${userInfo().username}`;
      applied = (await store.applyChange(importRequest(plan, read.files, by))).seq;
      bar?.increment({ step: 'applied' });
    }
    bar?.stop();
    for (const f of read.files) process.stdout.write(`${f.file}: ${f.format}, ${f.kind}\n`);
    process.stdout.write(formatElements(plan.report));
    process.stdout.write(formatReport(plan.report));
    process.stdout.write(formatWarnings(plan.report));
    if (read.refused.length > 0) {
      process.stdout.write(
        `Refused whole: ${read.refused.map((r) => `${r.file}:${r.line}: ${r.reason}`).join('; ')}\n`,
      );
      process.stdout.write('Nothing was written: fix or leave out the refused files.\n');
      // A refused file is a failed run, whatever else went well.
      process.exitCode = 1;
    } else if (options.dryRun) process.stdout.write('Dry run: nothing was written.\n');
    else if (applied !== undefined) process.stdout.write(`Applied as change ${applied}.\n`);
    else process.stdout.write('Nothing to change.\n');
    if (options.report)
      await writeFile(
        options.report,
        `${JSON.stringify(jsonReport(read.files, read.refused, plan.report, options, applied), null, 2)}\n`,
      );
  } finally {
    bar?.stop();
    await store.close();
  }
}

export function formatReport(report: ImportReport): string {
  const tally = (t: ImportReport['nodes']) =>
    `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
  const lines = [
    `Nodes: ${tally(report.nodes)}`,
    `Relationships: ${tally(report.relationships)}`,
    `Rejected: ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.file}:${r.line}: ${r.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Per element kind: how many were taken, and how many skipped, why (IATI files). */
export function formatElements(report: ImportReport): string {
  const kinds = Object.entries(report.elements);
  if (kinds.length === 0) return '';
  const lines = ['Elements (taken / skipped):'];
  for (const [kind, tally] of kinds) {
    const skipped = Object.entries(tally.skipped);
    const total = skipped.reduce((n, [, count]) => n + count, 0);
    const why = skipped.map(([reason, count]) => `${count} ${reason}`).join('; ');
    lines.push(`  ${kind}: ${tally.taken} taken, ${total} skipped${why ? ` (${why})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatWarnings(report: ImportReport): string {
  if (report.warnings.length === 0) return '';
  return `${[
    `Warnings: ${report.warnings.length}`,
    ...report.warnings.map((w) => `  ${w.file}:${w.line}: ${w.reason}`),
  ].join('\n')}\n`;
}

/** What `--report file.json` writes: everything the printed report says, as data. */
export function jsonReport(
  files: FileSummary[],
  refused: FileRefusal[],
  report: ImportReport,
  options: ImportOptions,
  applied: number | undefined,
) {
  return {
    files,
    refused,
    dryRun: options.dryRun,
    applied: applied === undefined ? null : { change: applied },
    nodes: report.nodes,
    relationships: report.relationships,
    elements: report.elements,
    rejected: report.rejected,
    warnings: report.warnings,
  };
}
