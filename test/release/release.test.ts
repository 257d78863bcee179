/**
 * `diplomap release`: two releases of one state are byte-identical (one from the built CLI in its
 * own process, one in this process); the package passes the official Data Package v2 profile
 * (ajv) and the frictionless validator from PyPI, its CITATION.cff the CFF 1.2.0 schema; the
 * checksums hold; graph.nt parses; a change moves the change number and the package's date.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { StreamParser } from 'n3';
import { createReadStream } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../src/ingest/seed/load-seeds.js';
import { DEFAULT_BASE_URI } from '../../src/linked-data/uris.js';
import { writeRelease } from '../../src/release/write-release.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { repoRoot } from '../../src/runtime/repo-root.js';

const ROOT = repoRoot();
const run = promisify(execFile);
const SOURCES_FILE = join(defaultSeedsDir(), 'reference', 'SOURCES.md');

async function schema(name: string): Promise<object> {
  return JSON.parse(await readFile(join(ROOT, 'test/fixtures/schemas', name), 'utf8')) as object;
}

function validator() {
  // The official schemas use annotation keywords of their own (propertyOrder, context…).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('textarea', true);
  return ajv;
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) out.set(name, await readFile(join(dir, name)));
  return out;
}

describe('diplomap release', () => {
  let tmp: string;
  let inProcess: string;
  let fromCli: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'diplomap-release-'));
    inProcess = join(tmp, 'a');
    fromCli = join(tmp, 'b');
    await writeRelease(await seededMemoryStore(), {
      outDir: inProcess,
      base: DEFAULT_BASE_URI,
      sourcesFile: SOURCES_FILE,
      softwareVersion: '0.1.0',
    });
    await run(
      process.execPath,
      [join(ROOT, 'dist/src/cli/main.js'), 'release', '--out', fromCli, '--no-progress'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: join(tmp, 'data'), NEO4J_URI: '', BASE_URI: '' },
        maxBuffer: 10_000_000,
      },
    );
  }, 300_000);
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('gives byte-identical releases of the same state', async () => {
    const a = await filesOf(inProcess);
    const b = await filesOf(fromCli);
    expect([...a.keys()]).toEqual([
      'CITATION.cff',
      'SHA256SUMS',
      'SOURCES.md',
      'changes.csv',
      'datapackage.json',
      'graph.nt',
      'licences.csv',
      'nodes.csv',
      'relationships.csv',
      'sources.csv',
      'vocabulary.ttl',
    ]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });

  it('passes the Data Package v2 profile, with checksums that hold', async () => {
    const descriptor = JSON.parse(await readFile(join(inProcess, 'datapackage.json'), 'utf8')) as {
      $schema: string;
      version: string;
      diplomap: { changeNumber: number };
      licenses: { name?: string; path?: string; title: string }[];
      resources: { path: string; bytes: number; hash: string; name: string }[];
    };
    const validate = validator().compile(await schema('datapackage-2.0.json'));
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.version).toBe('0.1.0+change.0');
    expect(descriptor.diplomap.changeNumber).toBe(0);
    expect(descriptor.licenses.map((l) => l.name ?? l.path)).toEqual(
      expect.arrayContaining([
        'CC-BY-4.0',
        'CC-BY-SA-4.0',
        'CC-BY-3.0-IT',
        'CC0-1.0',
        'MIT',
        'SOURCES.md',
      ]),
    );
    for (const resource of descriptor.resources) {
      const bytes = await readFile(join(inProcess, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    const sums = (await readFile(join(inProcess, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    expect(sums).toHaveLength(10);
    for (const line of sums) {
      const [hash, file] = line.split('  ');
      const bytes = await readFile(join(inProcess, file!));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(hash);
    }
  });

  it('keeps every source, its licence and each quote', async () => {
    const licences = parseCsv<{ source: string; licence: string }>(
      await readFile(join(inProcess, 'licences.csv')),
      { columns: true },
    );
    expect(licences.find((l) => l.source === 'source:geonames')?.licence).toBe('CC BY 4.0');
    expect(licences.find((l) => l.source === 'source:istat-comuni')?.licence).toBe('CC BY 3.0 IT');
    expect(licences.map((l) => l.source)).toContain('source:anci-profile');
    const sources = parseCsv<{ subject: string; source: string; quote: string }>(
      await readFile(join(inProcess, 'sources.csv')),
      { columns: true },
    );
    expect(sources).toContainEqual(
      expect.objectContaining({
        subject: 'anci',
        source: 'source:anci-profile',
        quote: 'The action of ANCI is declined according to the following points',
      }),
    );
    const sourcesMd = await readFile(join(inProcess, 'SOURCES.md'), 'utf8');
    expect(sourcesMd).toBe(await readFile(SOURCES_FILE, 'utf8'));
  });

  it('writes a CITATION.cff valid against the CFF 1.2.0 schema', async () => {
    const cff = parseYaml(await readFile(join(inProcess, 'CITATION.cff'), 'utf8')) as {
      version: string;
      references: { title: string; notes: string }[];
    };
    const validate = validator().compile(await schema('cff-1.2.0.json'));
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff.version).toBe('0.1.0+change.0');
    expect(cff.references.find((r) => r.notes.includes('source:geonames'))?.notes).toContain(
      'Licence: CC BY 4.0.',
    );
  });

  it('writes the whole graph as N-Triples that parse', async () => {
    let triples = 0;
    await new Promise<void>((resolveParse, reject) => {
      createReadStream(join(inProcess, 'graph.nt'))
        .pipe(new StreamParser({ format: 'N-Triples' }))
        .on('data', () => triples++)
        .on('error', reject)
        .on('end', resolveParse);
    });
    const lines = (await readFile(join(inProcess, 'graph.nt'), 'utf8')).split('\n').filter(Boolean);
    expect(triples).toBe(lines.length);
    expect(lines).toContain(
      `<${DEFAULT_BASE_URI}/id/istat:048017> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q2044> .`,
    );
  });

  it('passes the frictionless validator (PyPI, scripts/frictionless)', async () => {
    const { stdout } = await run(
      'bash',
      [join(ROOT, 'scripts/frictionless/validate.sh'), join(inProcess, 'datapackage.json')],
      { cwd: ROOT, maxBuffer: 50_000_000 },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`frictionless: ${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    const report = JSON.parse(stdout) as { valid: boolean; tasks: { errors: unknown[] }[] };
    expect(report.tasks.flatMap((t) => t.errors)).toEqual([]);
    expect(report.valid).toBe(true);
  }, 300_000);

  it('records the change it was cut at, and refuses a folder that is not empty', async () => {
    const store = await MemoryStore.fromData({
      nodes: [
        {
          key: 'source:x',
          type: 'Source',
          name: 'X',
          aliases: [],
          props: { licence: 'CC0' },
          sources: [{ source: 'source:x' }],
        },
      ],
      edges: [],
    });
    const change = await store.applyChange({
      operation: 'createActor',
      by: 'cli:test',
      source: { source: 'source:x', quote: 'Y is a city' },
      summary: 'Y',
      changes: {
        putNodes: [
          {
            key: 'y',
            type: 'Municipality',
            name: 'Y',
            aliases: [],
            props: {},
            sources: [{ source: 'source:x', quote: 'Y is a city' }],
          },
        ],
        deleteNodes: [],
        putEdges: [],
        deleteEdges: [],
      },
    });
    const options = { base: DEFAULT_BASE_URI, sourcesFile: SOURCES_FILE, softwareVersion: '0.1.0' };
    const first = join(tmp, 'changed-1');
    const second = join(tmp, 'changed-2');
    const report = await writeRelease(store, { ...options, outDir: first });
    await writeRelease(store, { ...options, outDir: second });
    expect(report.changeNumber).toBe(1);
    const descriptor = JSON.parse(await readFile(join(first, 'datapackage.json'), 'utf8')) as {
      version: string;
      created: string;
    };
    expect(descriptor).toMatchObject({ version: '0.1.0+change.1', created: change.at });
    const changes = await readFile(join(first, 'changes.csv'), 'utf8');
    expect(changes).toContain(
      '1,' + change.at + ',createActor,cli:test,source:x,STATED,Y is a city',
    );
    const a = await filesOf(first);
    const b = await filesOf(second);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);

    const busy = join(tmp, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'keep.txt'), 'mine');
    await expect(writeRelease(store, { ...options, outDir: busy })).rejects.toThrow(/not empty/);
    expect(await readdir(busy)).toEqual(['keep.txt']);
  });
});
