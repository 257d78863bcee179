/** `diplomap import --wikidata` as a process (the built CLI): the report of a dry run, and flag checks. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './io-fixtures.js';

const run = promisify(execFile);
const FILE = resolve(EXAMPLES, 'wikidata-entities.json');

describe('diplomap import --wikidata (the built CLI)', () => {
  let dataDir: string;
  const cli = (...args: string[]) =>
    run(process.execPath, [resolve(ROOT, 'dist/src/cli/main.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent' },
    });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'diplomap-wikidata-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('reports what the slice would change, and writes nothing on a dry run', async () => {
    const { stdout } = await cli('import', '--wikidata', FILE, '--dry-run', '--no-progress');
    expect(stdout).toContain('wikidata-entities.json: wikidata, Wikidata JSON, 2 entities');
    expect(stdout).toContain('Nodes: 2 created, 1 updated, 0 unchanged');
    expect(stdout).toContain('Relationships: 0 created, 8 updated, 0 unchanged');
    expect(stdout).toContain('Rejected: 7');
    expect(stdout).toContain('Dry run: nothing was written.');
  });

  it('refuses --wikidata with another --format', async () => {
    await expect(
      cli('import', '--wikidata', '--format', 'csv', FILE, '--dry-run'),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('--wikidata and --format csv disagree'),
    });
  });
});
