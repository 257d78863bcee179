/**
 * The bulk half of `diplomap generate --into neo4j-bulk` and `diplomap seed --bulk`: the bulk
 * initial load (src/store/neo4j/bulk-import.ts) with a progress bar per phase, and its report.
 */
import cliProgress from 'cli-progress';
import type { GraphData } from '../domain/graph-records.js';
import type { Neo4jConfig } from '../config/config.js';
import { bulkLoad, type BulkLoadReport, type BulkProgress } from '../store/neo4j/bulk-import.js';

export async function bulkLoadWithProgress(
  data: GraphData,
  neo4j: Neo4jConfig,
  options: { progress: boolean; overwrite: boolean; keepFiles?: boolean },
): Promise<BulkLoadReport> {
  const bar =
    options.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: 'Bulk load [{bar}] {percentage}% | {phase}',
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(100, 0, { phase: 'writing CSV files' });
  let lastLine = '';
  const say = (line: string) => {
    if (line !== lastLine) process.stderr.write(`  ${(lastLine = line)}\n`);
  };
  const onProgress = (p: BulkProgress) => {
    const { phase, percent } = describe(p);
    if (bar) bar.update(percent, { phase });
    else if (options.progress)
      say(p.phase === 'import' ? `${phase} ${roughly(p.percent)}%` : phase);
  };
  try {
    const report = await bulkLoad(data, {
      neo4j,
      homeDir: process.env.NEO4J_HOME_DIR,
      overwrite: options.overwrite,
      keepFiles: options.keepFiles,
      onProgress,
    });
    bar?.update(100, { phase: 'done' });
    return report;
  } finally {
    bar?.stop();
  }
}

/** The report's lines, for the CLI and the benchmark. */
export function describeBulkLoad(report: BulkLoadReport): string {
  const s = (x: number) => x.toFixed(1);
  return (
    `Bulk-loaded ${report.nodes} nodes and ${report.relationships} relationships in ${s(report.totalSeconds)} s ` +
    `(${report.totalRelationshipsPerSecond} relationships/s, everything included); neo4j-admin import ${s(report.importSeconds)} s ` +
    `(${report.importRelationshipsPerSecond} relationships/s). CSV files ${s(report.writeSeconds)} s (${(report.csvBytes / 1e6).toFixed(0)} MB), ` +
    `stop + import + start ${s(report.stopImportStartSeconds)} s, constraints and indexes ${s(report.schemaSeconds)} s, ` +
    `empty lists and checks ${s(report.finishSeconds)} s` +
    (report.leftovers > 0 ? `; ${report.leftovers} records upserted afterwards` : '') +
    '.\n'
  );
}

function describe(p: BulkProgress): { phase: string; percent: number } {
  switch (p.phase) {
    case 'write':
      return { phase: 'writing CSV files', percent: p.total === 0 ? 20 : (20 * p.done) / p.total };
    case 'import':
      return {
        phase: `neo4j-admin import (${p.step}/${p.steps}) ${p.stage}`,
        percent: 20 + (60 * (p.step - 1 + p.percent / 100)) / p.steps,
      };
    case 'stop':
      return { phase: 'stopping Neo4j', percent: 20 };
    case 'start':
      return { phase: 'starting Neo4j', percent: 80 };
    case 'lists':
      return { phase: 'empty lists', percent: 82 };
    case 'schema':
      return { phase: 'constraints and indexes', percent: 86 };
  }
}

/** Without a terminal: a line when a stage starts, is half done and is done. */
function roughly(percent: number): number {
  return Math.floor(percent / 50) * 50;
}
