/** The hand-curated YAML files in seeds/curated (format: seeds/README.md). */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { NODE_TYPES } from '../../domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { Provenance } from '../../domain/graph-records.js';
import { defaultBasis, PROVENANCE_BASES } from '../../domain/provenance.js';
import type { GraphBuilder } from './graph-builder.js';

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const props = z.record(z.string(), propertyValue.nullable()).optional();

const provenanceFields = {
  source: z.string().min(1),
  /** STATED when absent (EDITORIAL for source:diplomap-curation): see docs/provenance.md. */
  basis: z.enum(PROVENANCE_BASES).optional(),
  quote: z.string().min(1).optional(),
  /** A READING's further passages, read together with `quote`. */
  readWith: z.array(z.string().min(1)).min(1).optional(),
  note: z.string().min(1).optional(),
};

const sourceSchema = z.object({
  key: z.string().startsWith('source:'),
  title: z.string().min(1),
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  url: z.string().nullable().optional(),
  document: z.string().nullable().optional(),
  description: z.string().optional(),
});

const nodeSchema = z.object({
  key: z.string().min(1),
  type: z.enum(NODE_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  description: z.string().optional(),
  props,
  ...provenanceFields,
});

const relationshipSchema = z.object({
  type: z.enum(RELATIONSHIP_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  // `stated` is not written by hand: it follows from the basis (Relationship.stated in the API).
  props: props.refine((p) => p?.stated === undefined, {
    message: 'stated follows from the basis of the sources; give basis instead',
  }),
  id: z.string().optional(),
  ...provenanceFields,
});

const fileSchema = z.object({
  sources: z.array(sourceSchema).optional(),
  nodes: z.array(nodeSchema).optional(),
  relationships: z.array(relationshipSchema).optional(),
});
export type CuratedFile = z.infer<typeof fileSchema>;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Curated facts need a quote; editorial decisions a note; a reading its passages and a note
 * (the builder checks each basis's rules, provenanceProblems).
 */
function provenanceOf(
  item: {
    source: string;
    basis?: Provenance['basis'];
    quote?: string;
    readWith?: string[];
    note?: string;
  },
  where: string,
  builder: GraphBuilder,
): Provenance {
  if (!item.quote && !item.note)
    builder.problem(`${where}: needs a quote (or, for an editorial decision, a note)`);
  const p: Provenance = { source: item.source, basis: item.basis ?? defaultBasis(item.source) };
  if (item.quote) p.quote = collapse(item.quote);
  if (item.readWith) p.readWith = item.readWith.map(collapse);
  if (item.note) p.note = item.note;
  return p;
}

function withoutNulls(values: Record<string, z.infer<typeof propertyValue> | null> | undefined) {
  const out: Record<string, z.infer<typeof propertyValue>> = {};
  for (const [k, v] of Object.entries(values ?? {})) if (v !== null) out[k] = v;
  return out;
}

export async function readCuratedFiles(
  curatedDir: string,
): Promise<{ file: string; data: CuratedFile }[]> {
  const names = (await readdir(curatedDir))
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort();
  return Promise.all(
    names.map(async (file) => {
      const raw: unknown = parseYaml(await readFile(join(curatedDir, file), 'utf8'));
      const parsed = fileSchema.safeParse(raw ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
        throw new Error(`Invalid curated seed file:\n${issues.join('\n')}`);
      }
      return { file, data: parsed.data };
    }),
  );
}

/** Adds the sources first (every file may cite any source), then nodes, then relationships. */
export function addCurated(
  builder: GraphBuilder,
  files: { file: string; data: CuratedFile }[],
): void {
  for (const { data } of files) {
    for (const s of data.sources ?? []) {
      builder.addNode({
        key: s.key,
        type: 'Source',
        name: s.title,
        ...(s.description ? { description: s.description } : {}),
        props: withoutNulls({
          publisher: s.publisher ?? null,
          year: s.year ?? null,
          url: s.url ?? null,
          document: s.document ?? null,
          kind: 'DOCUMENT',
        }),
        // A source cites itself; the curators' own source is their decision, so it says why.
        source:
          defaultBasis(s.key) === 'EDITORIAL'
            ? { source: s.key, note: s.description ?? s.title }
            : { source: s.key },
      });
    }
  }
  for (const { file, data } of files) {
    for (const n of data.nodes ?? []) {
      builder.addNode({
        key: n.key,
        type: n.type,
        name: n.name,
        ...(n.aliases ? { aliases: n.aliases } : {}),
        ...(n.description ? { description: n.description } : {}),
        props: withoutNulls(n.props),
        source: provenanceOf(n, `${file}: node ${n.key}`, builder),
      });
    }
  }
  for (const { file, data } of files) {
    for (const r of data.relationships ?? []) {
      builder.addEdge({
        type: r.type,
        from: r.from,
        to: r.to,
        props: withoutNulls(r.props),
        ...(r.id ? { discriminator: r.id } : {}),
        source: provenanceOf(r, `${file}: ${r.type} ${r.from} -> ${r.to}`, builder),
      });
    }
  }
}
