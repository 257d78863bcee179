/** Stores and files for the import/export tests. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { GraphData } from '../../src/domain/graph-records.js';
import {
  runImport,
  type ImportFile,
  type ImportRun,
} from '../../src/ingest/import/import-files.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { seededGraph } from '../support/seeded-stores.js';
import { repoRoot } from '../../src/runtime/repo-root.js';

export const ROOT = repoRoot();
export const EXAMPLES = resolve(ROOT, 'seeds/examples/import');
export const FIXTURES = resolve(ROOT, 'test/fixtures');
export const EXAMPLE_FILES = [
  'actors.csv',
  'memberships.csv',
  'agreements.csv',
  'projects.csv',
  'twinnings.csv',
].map((name) => resolve(EXAMPLES, name));

/** The hand-written IATI fixtures, one per generation, written from the standard's reference pages. */
export const IATI_ACTIVITIES_1_03 = resolve(FIXTURES, 'iati/activities-1.03.xml');
export const IATI_ACTIVITIES_2_03 = resolve(FIXTURES, 'iati/activities-2.03.xml');

/**
 * Real IATI files of four publishers, both generations (test/fixtures/iati/SOURCES.md): the DFID
 * one is also the example the docs use (seeds/examples/import/).
 */
export const REAL_IATI_FILES = [
  resolve(EXAMPLES, 'iati-dfid-albania.xml'),
  resolve(FIXTURES, 'iati/tearfund-drc-1.0x.xml'),
  resolve(FIXTURES, 'iati/worldvision-uk-drc-1.0x.xml'),
  resolve(FIXTURES, 'iati/maec-spain-indonesia-2.01.xml'),
];

/** Imports the four real IATI files into `store`, as one change (not a dry run). */
export async function importRealIatiFiles(store: GraphStore): Promise<ImportRun> {
  return runImport(store, await filesAt(REAL_IATI_FILES), { dryRun: false, by: 'cli:test' });
}

const REFERENCE_TYPES = new Set(['Country', 'Region', 'Sdg', 'Theme', 'Framework', 'Source']);

/**
 * Only the reference part of the seeded graph — countries, regions, SDGs, themes, sources and the
 * relationships among them — so the curated facts the examples restate are new to it.
 */
export async function referenceGraph(): Promise<GraphData> {
  const seeds = await seededGraph();
  const nodes = seeds.nodes.filter((n) => REFERENCE_TYPES.has(n.type));
  const keys = new Set(nodes.map((n) => n.key));
  const edges = seeds.edges.filter((e) => keys.has(e.from) && keys.has(e.to));
  return structuredClone({ nodes, edges });
}

export async function referenceStore(): Promise<MemoryStore> {
  return MemoryStore.fromData(await referenceGraph());
}

export async function seededStore(): Promise<MemoryStore> {
  return MemoryStore.fromData(structuredClone(await seededGraph()));
}

export async function filesAt(paths: string[]): Promise<ImportFile[]> {
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(path, 'utf8') })));
}

export function names(paths: string[]): string[] {
  return paths.map((p) => basename(p));
}
