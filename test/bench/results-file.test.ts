/**
 * bench/RESULTS.md's layout is the benchmark's to keep (bench/results-file.ts): one current run per
 * scale in order of scale, each with its analysis; a new run at a scale replaces it and the old run,
 * analysis included, moves to history/. Hand-written text around the runs stays.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeRun, RESULTS_HEADER, writeRun } from '../../bench/results-file.js';

const run = (date: string, actors: number, p50: number) => ({
  actors,
  text: `## ${date} — ${actors.toLocaleString('en-US')} actors (seed 1)\n\n| partners | ${p50} |\n`,
});

const blocks = (results: string) =>
  [...results.matchAll(/<!-- bench:run actors=(\d+) -->/g)].map((m) => Number(m[1]));

describe('bench/RESULTS.md layout', () => {
  it('starts a missing file with the header and places runs in order of scale', () => {
    let results = placeRun('', run('2026-01-01T10:00:00Z', 100_000, 300)).results;
    results = placeRun(results, run('2026-01-01T11:00:00Z', 10_000, 30)).results;
    results = placeRun(results, run('2026-01-01T12:00:00Z', 1_000_000, 3000)).results;
    expect(results.startsWith(RESULTS_HEADER)).toBe(true);
    expect(blocks(results)).toEqual([10_000, 100_000, 1_000_000]);
    expect(results).toContain('### Analysis\n\nNot written yet for this run.\n');
  });

  it('replaces the run at a scale and hands the old one, with its analysis, to history', () => {
    const first = placeRun('', run('2026-01-01T10:00:00Z', 10_000, 30)).results;
    const analysed = first.replace(
      'Not written yet for this run.',
      'Partners within 1.2× of raw Cypher.',
    );
    const withNotes = `${analysed}\n## Notes written by hand\n\nKept.\n`;
    const second = placeRun(withNotes, run('2026-02-01T10:00:00Z', 10_000, 25));
    expect(blocks(second.results)).toEqual([10_000]);
    expect(second.results).toContain('| partners | 25 |');
    expect(second.results).not.toContain('| partners | 30 |');
    expect(second.results).toContain('## Notes written by hand\n\nKept.\n');
    expect(second.results).toContain(
      'The previous run at this scale, with its analysis: [history/2026-01-01T10-00-00Z-10000-actors.md](history/2026-01-01T10-00-00Z-10000-actors.md).',
    );
    expect(second.archived?.name).toBe('2026-01-01T10-00-00Z-10000-actors.md');
    expect(second.archived?.text).toContain('| partners | 30 |');
    expect(second.archived?.text).toContain('Partners within 1.2× of raw Cypher.');
    expect(second.archived?.text).toContain('the run of 2026-02-01T10:00:00Z replaced it');
  });

  describe('on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplomap-results-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the results file and the replaced run into history/ beside it', () => {
      const path = join(dir, 'RESULTS.md');
      expect(writeRun(path, run('2026-01-01T10:00:00Z', 10_000, 30)).archived).toBeUndefined();
      const written = writeRun(path, run('2026-02-01T10:00:00Z', 10_000, 25));
      expect(written.archived).toBe(join(dir, 'history', '2026-01-01T10-00-00Z-10000-actors.md'));
      expect(readFileSync(written.archived!, 'utf8')).toContain('| partners | 30 |');
      expect(readFileSync(path, 'utf8')).toContain('| partners | 25 |');
      // The same run placed again never overwrites what history holds.
      writeRun(path, run('2026-02-01T10:00:00Z', 10_000, 25));
      writeRun(path, run('2026-03-01T10:00:00Z', 10_000, 20));
      // A run moved to history/ links to the one before it from there.
      const moved = readFileSync(
        join(dir, 'history', '2026-02-01T10-00-00Z-10000-actors-2.md'),
        'utf8',
      );
      expect(moved).toContain(
        '[history/2026-02-01T10-00-00Z-10000-actors.md](2026-02-01T10-00-00Z-10000-actors.md)',
      );
      expect(existsSync(join(dir, 'history', '2026-02-01T10-00-00Z-10000-actors.md'))).toBe(true);
      expect(existsSync(join(dir, 'history', '2026-02-01T10-00-00Z-10000-actors-2.md'))).toBe(true);
    });
  });
});
