/**
 * The `datapackage.json` of a release (Frictionless Data Package v2): one resource per file with
 * its bytes and sha256, Table Schemas for the CSV tables, the licences of the data (by SPDX id
 * where the sources name one, otherwise pointing at SOURCES.md) and every Source as a source.
 */
import type { SourceCredit } from './citation.js';
import type { Table } from './release-tables.js';
import { compareKeys } from '../domain/key-lists.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface PackageFile {
  path: string;
  bytes: number;
  /** `sha256:<hex>`. */
  hash: string;
  table?: Table;
  title?: string;
  mediatype?: string;
}

export interface PackageInput {
  version: string;
  changeNumber: number;
  /** The time of the change the release was cut at (absent for the seed state). */
  created?: string;
  base: string;
  credits: SourceCredit[];
  files: PackageFile[];
}

export function packageDescriptor(input: PackageInput): Record<string, unknown> {
  const licences = new Map<string, Record<string, string>>();
  for (const c of input.credits) {
    if (!c.licence) continue;
    const title = c.spdx ? c.licence : `${c.licence} (${c.title})`;
    licences.set(c.spdx || title, c.spdx ? { name: c.spdx, title } : { path: 'SOURCES.md', title });
  }
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'diplomap',
    title: 'Diplomap: a knowledge graph of city diplomacy',
    description: `The whole Diplomap graph at change ${input.changeNumber}: nodes, relationships, every citation with its quoted passage, the change log, the licences of every source, and the graph as RDF (node URIs ${input.base}/id/{key}). Credit the sources listed in licences.csv and SOURCES.md; CITATION.cff says how to cite the release.`,
    version: input.version,
    ...(input.created ? { created: input.created } : {}),
    homepage: input.base,
    keywords: ['city diplomacy', 'knowledge graph', 'twinning', 'SDG', 'linked data'],
    contributors: [{ title: 'Diplomap contributors', roles: ['creator'] }],
    licenses: [...licences.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([, entry]) => entry),
    sources: input.credits.map((c) => ({
      title: `${c.title}${c.publisher ? ` — ${c.publisher}` : ''}`,
      ...(c.url ? { path: c.url } : {}),
    })),
    diplomap: { changeNumber: input.changeNumber, baseUri: input.base },
    resources: input.files.map(resourceOf),
  };
}

function resourceOf(file: PackageFile): Record<string, unknown> {
  const common = { path: file.path, bytes: file.bytes, hash: file.hash };
  if (file.table) {
    const { table } = file;
    return {
      name: table.name,
      type: 'table',
      title: table.title,
      ...common,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"' },
      schema: table.schema,
    };
  }
  return {
    name: file.path.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
    ...(file.title ? { title: file.title } : {}),
    ...common,
    ...(file.mediatype ? { mediatype: file.mediatype } : {}),
    encoding: 'utf-8',
  };
}
