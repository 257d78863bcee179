/**
 * The layout of bench/RESULTS.md, kept by the benchmark rather than by hand: one current run per
 * scale, in order of scale, each followed by its analysis. A new run at a scale takes that place,
 * and the run it replaces — with the analysis written for it — moves to bench/history/, one file
 * per run named by its date and scale. The analysis of a new run starts as a note that it is not
 * written yet, with a link to the previous one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const BLOCK = /<!-- bench:run actors=(\d+) -->\n([\s\S]*?)<!-- bench:end actors=\1 -->\n?/g;

export const RESULTS_HEADER = `# Benchmark results

The current run at each scale, as \`npm run bench\` printed it (docs/operations.md, "Benchmarks"),
each followed by its analysis against the targets. When a scale runs again, the benchmark moves
the run it replaces, with its analysis, to [history/](history/) (a file per run, named by date
and scale). Each run says where, when and how it ran; the machine is shared, so absolute numbers
are noisy and the ratios measured within one run are the figures to read.
`;

/** One run's section as the report formats it: it starts with `## <date> — <N> actors`. */
export interface RunSection {
  actors: number;
  text: string;
}

export interface PlacedRun {
  results: string;
  /** The run it replaced, for bench/history/: its file name and its text. */
  archived?: { name: string; text: string };
}

const thousands = (n: number) => n.toLocaleString('en-US');

function dateOf(section: string): string {
  const date = /^## (\S+) — /m.exec(section)?.[1];
  if (!date) throw new Error('A benchmark run section must start with "## <date> — <N> actors".');
  return date;
}

/** bench/history/ file name of a run: its date (colons as hyphens) and scale. */
export function historyName(section: string, actors: number): string {
  return `${dateOf(section).replaceAll(':', '-')}-${actors}-actors.md`;
}

function block(actors: number, body: string): string {
  return `<!-- bench:run actors=${actors} -->\n${body.trimEnd()}\n\n<!-- bench:end actors=${actors} -->\n`;
}

function newAnalysis(previous: string | undefined): string {
  return [
    '### Analysis',
    '',
    previous
      ? `Not written yet for this run. The previous run at this scale, with its analysis: [history/${previous}](history/${previous}).`
      : 'Not written yet for this run.',
  ].join('\n');
}

/** RESULTS.md with `run` as the current run at its scale. */
export function placeRun(results: string, run: RunSection): PlacedRun {
  const text = results.trim() === '' ? RESULTS_HEADER : results;
  const blocks = [...text.matchAll(BLOCK)].map((m) => ({
    actors: Number(m[1]),
    body: m[2]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  const current = blocks.find((b) => b.actors === run.actors);
  const archived = current && {
    name: historyName(current.body, run.actors),
    text: [
      `# Benchmark run: ${dateOf(current.body)}, ${thousands(run.actors)} actors`,
      '',
      `Moved here from bench/RESULTS.md when the run of ${dateOf(run.text)} replaced it as the current run at this scale.`,
      '',
      // Its links into history/ are now links beside it.
      current.body.trimEnd().replaceAll('](history/', ']('),
      '',
    ].join('\n'),
  };
  const placed = block(run.actors, `${run.text.trimEnd()}\n\n${newAnalysis(archived?.name)}`);
  if (current) {
    return {
      results: text.slice(0, current.start) + placed + text.slice(current.end),
      ...(archived ? { archived } : {}),
    };
  }
  // A new scale goes before the first larger one, else after the last run (or the header).
  const next = blocks.find((b) => b.actors > run.actors);
  if (next) return { results: `${text.slice(0, next.start)}${placed}\n${text.slice(next.start)}` };
  const at = blocks.at(-1)?.end ?? text.length;
  const before = text.slice(0, at);
  return { results: `${before}${before.endsWith('\n\n') ? '' : '\n'}${placed}${text.slice(at)}` };
}

/** Writes `run` into the results file (creating it), and the run it replaces into history/. */
export function writeRun(
  resultsPath: string,
  run: RunSection,
): { results: string; archived?: string } {
  const before = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
  const placed = placeRun(before, run);
  let archivedPath: string | undefined;
  if (placed.archived) {
    const dir = join(dirname(resultsPath), 'history');
    mkdirSync(dir, { recursive: true });
    archivedPath = join(dir, placed.archived.name);
    // Never overwrite a run already archived (the same run placed twice).
    for (let n = 2; existsSync(archivedPath); n++)
      archivedPath = join(dir, placed.archived.name.replace(/\.md$/, `-${n}.md`));
    writeFileSync(archivedPath, placed.archived.text);
  }
  writeFileSync(resultsPath, placed.results);
  return { results: resultsPath, ...(archivedPath ? { archived: archivedPath } : {}) };
}
