/**
 * `diplomap release`: the whole graph as a Frictionless Data Package (v2) in a new folder —
 * CSV tables with their schemas, the graph as N-Triples, the vocabulary, the licences of every
 * source, SOURCES.md, a CITATION.cff, a sha256 per resource and a SHA256SUMS file. The package
 * records the change it was cut at; it holds no clock time but the state's own (the last change's
 * time), and everything is in a fixed order, so two releases of one state are byte-identical.
 * Written beside the target and renamed into place: a release is whole or absent.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ChangeRecord } from '../domain/changes.js';
import { badInput } from '../domain/errors.js';
import type { GraphData } from '../domain/graph-records.js';
import { readSlice } from '../export/graph-slice.js';
import { TripleMapper } from '../linked-data/graph-triples.js';
import { writeNTriples, writeTurtle } from '../linked-data/rdf-formats.js';
import { uriSpace } from '../linked-data/uris.js';
import { vocabularyQuads } from '../linked-data/vocabulary-document.js';
import type { GraphStore } from '../store/graph-store.js';
import { citationCff, sourceCredits, type SourceCredit } from './citation.js';
import { packageDescriptor, type PackageFile } from './data-package.js';
import {
  changesTable,
  nodesTable,
  relationshipsTable,
  sourcesTable,
  tableCsv,
  type Table,
} from './release-tables.js';

export interface ReleaseOptions {
  /** The folder to create (must not exist, or be empty). */
  outDir: string;
  /** Base of the URIs in graph.nt (BASE_URI). */
  base: string;
  /** The reference SOURCES.md copied into the package. */
  sourcesFile: string;
  /** Diplomap's version: the release version is `<version>+change.<n>`. */
  softwareVersion: string;
  onProgress?: (step: string) => void;
}

export interface ReleaseReport {
  outDir: string;
  changeNumber: number;
  version: string;
  nodes: number;
  relationships: number;
  files: PackageFile[];
}

/** Nodes per chunk of graph.nt: bounded memory whatever the graph's size. */
const TRIPLE_CHUNK = 2_000;
const CHANGE_PAGE = 1_000;

export async function writeRelease(
  store: GraphStore,
  options: ReleaseOptions,
): Promise<ReleaseReport> {
  const progress = options.onProgress ?? (() => undefined);
  await checkTarget(options.outDir);
  progress('reading the graph');
  const data = await readSlice(store, {});
  progress(
    `read ${data.nodes.length} nodes and ${data.edges.length} relationships; reading changes`,
  );
  const changes = await readChanges(store);
  const changeNumber = changes.at(-1)?.seq ?? 0;
  const version = `${options.softwareVersion}+change.${changeNumber}`;

  const work = join(dirname(options.outDir), `.${basename(options.outDir)}.partial-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    const files: PackageFile[] = [];
    const credits = sourceCredits(data.nodes);
    const tables: Table[] = [
      nodesTable(data.nodes),
      relationshipsTable(data.edges),
      sourcesTable(data.nodes, data.edges),
      changesTable(changes),
      licencesTable(credits),
    ];
    for (const table of tables) {
      progress(`writing ${table.name}.csv (${table.rows.length} rows)`);
      files.push(await writeFileHashed(work, `${table.name}.csv`, tableCsv(table), { table }));
    }
    progress('writing graph.nt');
    files.push(await writeGraphTriples(work, data, options.base, progress));
    const uris = uriSpace(options.base);
    files.push(
      await writeFileHashed(
        work,
        'vocabulary.ttl',
        await writeTurtle(vocabularyQuads(uris), uris),
        {
          title: 'The Diplomap vocabulary (dm: terms) used by graph.nt',
          mediatype: 'text/turtle',
        },
      ),
    );
    files.push(
      await writeFileHashed(work, 'SOURCES.md', await readFile(options.sourcesFile, 'utf8'), {
        title: 'Reference data: sources and licences, as shipped with the seeds',
        mediatype: 'text/markdown',
      }),
    );

    const lastChange = changes.at(-1);
    const descriptor = packageDescriptor({
      version,
      changeNumber,
      ...(lastChange ? { created: lastChange.at } : {}),
      base: options.base,
      credits,
      files,
    });
    const written = [...files];
    written.push(
      await writeFileHashed(work, 'datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`),
    );
    written.push(
      await writeFileHashed(
        work,
        'CITATION.cff',
        citationCff({
          title: 'Diplomap: a knowledge graph of city diplomacy',
          version,
          ...(lastChange ? { date: lastChange.at.slice(0, 10) } : {}),
          credits,
          changeNumber,
        }),
      ),
    );
    const sums = written
      .map((f) => `${f.hash.slice('sha256:'.length)}  ${f.path}\n`)
      .sort()
      .join('');
    await writeFile(join(work, 'SHA256SUMS'), sums);
    progress('finishing');
    await rm(options.outDir, { recursive: true, force: true });
    await rename(work, options.outDir);
    return {
      outDir: options.outDir,
      changeNumber,
      version,
      nodes: data.nodes.length,
      relationships: data.edges.length,
      files: written,
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

async function checkTarget(outDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw badInput(`--out ${outDir} is a file: give a new folder.`);
    throw error;
  }
  if (entries.length > 0)
    throw badInput(
      `--out ${outDir} is not empty: give a new or empty folder (nothing was written).`,
    );
}

async function readChanges(store: GraphStore): Promise<ChangeRecord[]> {
  const out: ChangeRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listChanges({}, { first: CHANGE_PAGE, ...(after ? { after } : {}) });
    out.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items.at(-1)!.cursor;
  }
}

function licencesTable(credits: SourceCredit[]): Table {
  const field = (name: string, description: string) => ({
    name,
    type: 'string' as const,
    description,
  });
  return {
    name: 'licences',
    title: 'Every Source node with its publisher, licence and origin (credit them)',
    schema: {
      primaryKey: ['source'],
      foreignKeys: [{ fields: ['source'], reference: { resource: 'nodes', fields: ['key'] } }],
      fields: [
        field('source', 'Key of the Source node.'),
        field('title', 'Its title.'),
        field('publisher', 'Who publishes it.'),
        field('licence', 'The licence as the source states it; empty when it states none.'),
        field('spdx', 'The SPDX identifier of that licence, where it names one.'),
        field('origin', 'Where the data was taken from (repository and commit, or document file).'),
        field('url', 'Its address, when known.'),
      ],
    },
    rows: credits.map((c) => [c.key, c.title, c.publisher, c.licence, c.spdx, c.origin, c.url]),
  };
}

async function writeFileHashed(
  dir: string,
  name: string,
  text: string,
  about: Omit<PackageFile, 'path' | 'bytes' | 'hash'> = {},
): Promise<PackageFile> {
  const bytes = Buffer.from(text, 'utf8');
  await writeFile(join(dir, name), bytes);
  return { path: name, bytes: bytes.length, hash: sha256(bytes), ...about };
}

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** graph.nt, written a chunk of nodes (then relationships) at a time, hashed as it is written. */
async function writeGraphTriples(
  dir: string,
  data: GraphData,
  base: string,
  progress: (step: string) => void,
): Promise<PackageFile> {
  const mapper = new TripleMapper(uriSpace(base));
  const hash = createHash('sha256');
  const out = createWriteStream(join(dir, 'graph.nt'));
  let bytes = 0;
  const write = async (text: string) => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  const total = data.nodes.length + data.edges.length;
  let done = 0;
  for (let i = 0; i < data.nodes.length; i += TRIPLE_CHUNK) {
    const chunk = data.nodes.slice(i, i + TRIPLE_CHUNK);
    await write(await writeNTriples(chunk.flatMap((n) => mapper.node(n))));
    done += chunk.length;
    progress(`graph.nt: ${done}/${total} records`);
  }
  for (let i = 0; i < data.edges.length; i += TRIPLE_CHUNK) {
    const chunk = data.edges.slice(i, i + TRIPLE_CHUNK);
    await write(await writeNTriples(chunk.flatMap((e) => mapper.relationship(e))));
    done += chunk.length;
    progress(`graph.nt: ${done}/${total} records`);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return {
    path: 'graph.nt',
    bytes,
    hash: `sha256:${hash.digest('hex')}`,
    title: 'The whole graph as RDF (N-Triples), in the vocabulary of vocabulary.ttl',
    mediatype: 'application/n-triples',
  };
}
