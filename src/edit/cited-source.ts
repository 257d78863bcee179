/**
 * The provenance of a change: a known Source with the quote and note; or a URL, for which a
 * Source node is made (keyed by the URL, so citing it again reuses it); or a note alone, filed
 * under the curators' own Source.
 */
import { createHash } from 'node:crypto';
import type { GraphNode, Provenance } from '../domain/graph-records.js';
import {
  CURATION_SOURCE,
  defaultBasis,
  provenanceProblems,
  sameProvenance,
} from '../domain/provenance.js';
import type { GraphStore } from '../store/graph-store.js';
import { sourceInput } from './edit-inputs.js';
import { fieldErrors, parseFields } from './field-errors.js';

export interface CitedSource {
  provenance: Provenance;
  /** The Source node a cited URL needs, when the graph lacks it. */
  newNodes: GraphNode[];
}

export async function resolveSource(store: GraphStore, value: unknown): Promise<CitedSource> {
  const input = parseFields(sourceInput, value ?? {}, 'source');
  const provenance = (sourceKey: string): Provenance => {
    const p: Provenance = {
      source: sourceKey,
      basis: input.basis ?? defaultBasis(sourceKey),
      ...(input.quote !== undefined ? { quote: input.quote } : {}),
      ...(input.readWith !== undefined ? { readWith: input.readWith } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    const problems = provenanceProblems(p);
    if (problems.length > 0)
      throw fieldErrors(problems.map((message) => ({ field: 'source', message })));
    return p;
  };
  if (input.url !== undefined) {
    const key = `source:url-${createHash('sha256').update(input.url).digest('hex').slice(0, 16)}`;
    const [known] = await store.getNodes([key]);
    const newNodes: GraphNode[] = known
      ? []
      : [
          {
            key,
            type: 'Source',
            name: input.title ?? input.url,
            aliases: [],
            props: { url: input.url, kind: 'web page' },
            sources: [],
          },
        ];
    return { provenance: provenance(key), newNodes };
  }
  const key = input.source ?? CURATION_SOURCE;
  const [known] = await store.getNodes([key]);
  if (known?.type !== 'Source') {
    throw fieldErrors([
      {
        field: 'source.source',
        message: known ? `${key} is a ${known.type}, not a Source` : `no Source has the key ${key}`,
      },
    ]);
  }
  return { provenance: provenance(key), newNodes: [] };
}

/** The sources with `added` appended, unless it is already among them. */
export function withSource(sources: Provenance[], added: Provenance): Provenance[] {
  return sources.some((p) => sameProvenance(p, added)) ? sources : [...sources, added];
}
