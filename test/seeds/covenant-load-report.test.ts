/**
 * The Covenant of Mayors load report the seed step writes: every row of the JRC's file counted
 * once, in its country, under one outcome; and docs/covenant-load-report.md is the report the
 * current seeds give (regenerate it with `diplomap seed --check --report docs/covenant-load-report.md`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedsWithReport } from '../../src/ingest/seed/load-seeds.js';
import type { CovenantLoadReport } from '../../src/ingest/seed/covenant/report.js';
import { repoRoot } from '../../src/runtime/repo-root.js';

const root = repoRoot();
const rows = parseCsv<{ country_code: string; organisation_name: string }>(
  readFileSync(
    resolve(root, 'seeds/reference/networks/covenant-of-mayors-signatories-2024.csv'),
    'utf8',
  ),
  { columns: true, skip_empty_lines: true },
);

describe('the Covenant of Mayors load report', () => {
  let report: CovenantLoadReport;
  beforeAll(async () => {
    report = (await loadSeedsWithReport()).report.covenant;
  });

  it('counts every row of the file once, in its country, under one outcome', () => {
    const perCountry: Record<string, number> = {};
    for (const row of rows) {
      const country = row.country_code.toUpperCase();
      perCountry[country] = (perCountry[country] ?? 0) + 1;
    }
    const counts = report.perCountry();
    expect(Object.fromEntries(counts.map((c) => [c.country, c.signatories]))).toEqual(perCountry);
    for (const c of counts)
      expect(c.matched + c.new + c.ambiguous + c.group + c.body, c.country).toBe(c.signatories);
    expect(report.totals().signatories).toBe(11_973);
    expect(counts[0]).toMatchObject({ country: 'IT', name: 'Italy', signatories: 5215 });
  });

  it('lists the Italian rows no comune matched, by the name the row gives', () => {
    const italy = report.perCountry().find((c) => c.country === 'IT')!;
    expect(report.italianNew).toHaveLength(italy.new);
    // Crespellano merged into Valsamoggia in 2014: ISTAT's current list no longer has it.
    expect(report.italianNew.map((n) => n.name)).toContain('Crespellano');
  });

  it('is the report docs/covenant-load-report.md shows', () => {
    expect(readFileSync(resolve(root, 'docs/covenant-load-report.md'), 'utf8')).toBe(
      report.markdown(),
    );
  });
});
