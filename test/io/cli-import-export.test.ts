/** `diplomap import` and `diplomap export` as processes (the built CLI), on a durable embedded store. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/import.js';
import { readImportFiles } from '../../src/ingest/import/import-files.js';
import { planImport } from '../../src/ingest/import/import-plan.js';
import { seededGraph } from '../support/seeded-stores.js';
import { EXAMPLE_FILES, FIXTURES, ROOT, filesAt, seededStore } from './io-fixtures.js';

const main = resolve(ROOT, 'dist/src/cli/main.js');
const run = promisify(execFile);

describe('diplomap import / export (the built CLI)', () => {
  let dataDir: string;
  let outDir: string;
  const cli = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, [main, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent' },
    });
    return stdout;
  };
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'diplomap-io-data-'));
    outDir = await mkdtemp(join(tmpdir(), 'diplomap-io-out-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  it('a dry run prints the report of what would change, and writes nothing', async () => {
    const expected = await planImport(
      readImportFiles(await filesAt(EXAMPLE_FILES)).batch,
      await seededStore(),
    );
    // Against the seeded graph everything the examples restate exists: only the files' Sources are new.
    expect(expected.report.nodes).toEqual({ created: 5, updated: 26, unchanged: 0 });
    const out = await cli('import', ...EXAMPLE_FILES, '--dry-run', '--no-progress');
    expect(out).toContain(formatReport(expected.report));
    expect(out).toContain('Dry run: nothing was written.');
  });

  it('imports as one change that the next run (a new process, replaying the data dir) finds done', async () => {
    const applied = await cli('import', ...EXAMPLE_FILES, '--no-progress', '--as', 'cli:tester');
    expect(applied).toContain('Nodes: 5 created, 26 updated, 0 unchanged');
    expect(applied).toContain('Applied as change 1.');
    const again = await cli('import', ...EXAMPLE_FILES, '--no-progress');
    expect(again).toContain('Nodes: 0 created, 0 updated, 31 unchanged');
    expect(again).toContain('Relationships: 0 created, 0 updated, 57 unchanged');
    expect(again).toContain('Nothing to change.');
  });

  it('imports IATI files chosen by extension and reports what it took, skipped and refused', async () => {
    const report = join(outDir, 'report.json');
    const out = await cli(
      'import',
      resolve(FIXTURES, 'iati/activities-2.03.xml'),
      '--no-progress',
      '--report',
      report,
    );
    expect(out).toContain('activities-2.03.xml: iati, IATI 2.03');
    expect(out).toContain('Elements (taken / skipped):');
    expect(out).toContain(
      '  participating-org: 5 taken, 1 skipped (1 type not on the OrganisationType codelist)',
    );
    expect(out).toContain('Nodes: 10 created, 0 updated, 0 unchanged');
    expect(out).toContain(
      '  activities-2.03.xml:65: tag (vocabulary 2) "18" must be an SDG goal (1–17) or target (11.3)',
    );
    expect(out).toContain('Applied as change 2.');
    const written = JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      files: [{ file: 'activities-2.03.xml', format: 'iati', kind: 'IATI 2.03' }],
      refused: [],
      dryRun: false,
      applied: { change: 2 },
      nodes: { created: 10, updated: 0, unchanged: 0 },
      elements: {
        'participating-org': {
          taken: 5,
          skipped: { 'type not on the OrganisationType codelist': 1 },
        },
      },
      warnings: [],
    });
    expect(written.rejected).toHaveLength(2);
  });

  it('refuses a malformed file with its line, writes nothing and exits with 1', async () => {
    const broken = join(outDir, 'broken.xml');
    await writeFile(
      broken,
      '<iati-activities version="2.03">\n<iati-activity>\n</iati-activities>',
    );
    const failed = await run(
      process.execPath,
      [main, 'import', resolve(FIXTURES, 'iati/activities-1.03.xml'), broken, '--no-progress'],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent' } },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/Refused whole: broken\.xml:3: not well-formed XML/);
    expect(failed?.stdout).toContain('Nothing was written: fix or leave out the refused files.');
    const after = await cli(
      'import',
      resolve(FIXTURES, 'iati/activities-1.03.xml'),
      '--dry-run',
      '--no-progress',
    );
    // activities-1.03.xml was not applied: its projects are still new.
    expect(after).toContain('Nodes: 5 created');
  });

  it('exports what the store holds, and the CSV export imports back as unchanged', async () => {
    const seeds = await seededGraph();
    const csv = await cli('export', '--format', 'csv', '--out', outDir);
    // The seeds, the 5 CSV files' Sources and the 10 nodes of the IATI file.
    expect(csv).toContain(`Exported ${seeds.nodes.length + 15} nodes`);
    const nodes = await readFile(join(outDir, 'nodes.csv'), 'utf8');
    expect(nodes).toContain('source:import:actors-csv,Source,actors.csv');
    const back = await cli(
      'import',
      join(outDir, 'nodes.csv'),
      join(outDir, 'edges.csv'),
      '--dry-run',
      '--no-progress',
    );
    expect(back).toContain(`Nodes: 0 created, 0 updated, ${seeds.nodes.length + 15} unchanged`);

    const file = join(outDir, 'middle-east.gexf');
    await cli(
      'export',
      '--format',
      'gexf',
      '--region',
      'region:middle-east',
      '--kinds',
      'Project',
      '--out',
      file,
    );
    const graph = parseGexf(Graph.MultiGraph, await readFile(file, 'utf8'));
    // The imported IATI activity in Lebanon is in the slice, with its organisations as context.
    expect(graph.hasNode('project:iati:AA-AAA-123456789-DEF001')).toBe(true);
    expect(graph.hasNode('iati-org:CC-CCC-123456789:agency-c')).toBe(true);
  });
});
