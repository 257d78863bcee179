/** The write half of `diplomap seed` and `diplomap generate --into neo4j`: batched upsert with a progress bar. */
import cliProgress from 'cli-progress';
import type { GraphData } from '../domain/graph-records.js';
import type { GraphStore } from '../store/graph-store.js';

export interface LoadReport {
  seconds: number;
  relationshipsPerSecond: number;
}

/** Upserts `data` into the store, drawing a bar on a terminal (or a line every 2 s otherwise). */
export async function loadWithProgress(
  store: GraphStore,
  data: GraphData,
  options: { progress: boolean; label: string },
): Promise<LoadReport> {
  const bar =
    options.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: `${options.label} [{bar}] {percentage}% | {value}/{total} records | {eta}s left`,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(data.nodes.length + data.edges.length, 0);
  const started = Date.now();
  let lastReport = 0;
  await store.upsert(data, (done, total) => {
    bar?.update(done);
    if (!bar && (done === total || Date.now() - lastReport > 2000)) {
      lastReport = Date.now();
      process.stderr.write(`  ${done}/${total} records\n`);
    }
  });
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  return { seconds, relationshipsPerSecond: Math.round(data.edges.length / seconds) };
}
