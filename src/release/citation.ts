/**
 * Who to credit in a release: every Source node with its licence as the data gives it, the SPDX
 * identifier where the licence text names one unambiguously, and the CITATION.cff (CFF 1.2.0)
 * that lists them as references.
 */
import { stringify } from 'yaml';
import type { GraphNode } from '../domain/graph-records.js';

/** Licence texts (as Source nodes and SOURCES.md give them) → SPDX identifiers. */
const SPDX: [RegExp, string][] = [
  [/^CC BY-SA 4\.0/, 'CC-BY-SA-4.0'],
  [/^CC BY 4\.0/, 'CC-BY-4.0'],
  [/^CC BY 3\.0 IT/, 'CC-BY-3.0-IT'],
  [/^CC0/, 'CC0-1.0'],
  [/^MIT\b/, 'MIT'],
];

/** SPDX identifiers CFF 1.2.0 accepts among ours (its list lacks CC-BY-3.0-IT). */
const CFF_LICENCES = new Set(['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0', 'MIT']);

export function spdxOf(licence: string): string | undefined {
  return SPDX.find(([pattern]) => pattern.test(licence.trim()))?.[1];
}

export interface SourceCredit {
  key: string;
  title: string;
  publisher: string;
  /** As the data states it; empty when the source states none (quoted documents). */
  licence: string;
  spdx: string;
  origin: string;
  url: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function sourceCredits(nodes: readonly GraphNode[]): SourceCredit[] {
  return nodes
    .filter((n) => n.type === 'Source')
    .map((n) => ({
      key: n.key,
      title: n.name,
      publisher: text(n.props.publisher),
      licence: text(n.props.licence),
      spdx: spdxOf(text(n.props.licence)) ?? '',
      origin: text(n.props.origin) || text(n.props.document),
      url: /^https?:\/\//.test(text(n.props.url)) ? text(n.props.url) : '',
    }));
}

export interface CitationInput {
  title: string;
  version: string;
  /** The date of the change the release was cut at (YYYY-MM-DD); none for the seed state. */
  date?: string;
  credits: SourceCredit[];
  changeNumber: number;
}

export function citationCff(input: CitationInput): string {
  const cff: Record<string, unknown> = {
    'cff-version': '1.2.0',
    message:
      'If you use this dataset, please cite it as below, and credit the sources it lists: several licences require attribution.',
    type: 'dataset',
    title: input.title,
    version: input.version,
    ...(input.date ? { 'date-released': input.date } : {}),
    authors: [{ name: 'Diplomap contributors' }],
    abstract: `A knowledge graph of city diplomacy with a source and a quote for every fact, released at change ${input.changeNumber}.`,
    keywords: ['city diplomacy', 'knowledge graph', 'twinning', 'Sustainable Development Goals'],
    // No licence for the whole: CFF reads a list as a choice, and each source's terms apply to
    // its part (the references say which).
    references: input.credits.map((c) => ({
      type: c.licence ? 'data' : 'generic',
      title: c.title,
      authors: [{ name: c.publisher || c.title }],
      ...(c.url ? { url: c.url } : {}),
      ...(c.spdx && CFF_LICENCES.has(c.spdx) ? { license: c.spdx } : {}),
      notes: [
        `Diplomap source ${c.key}.`,
        c.licence ? `Licence: ${c.licence}.` : 'No licence stated: only short quotations are used.',
        c.origin ? `Origin: ${c.origin}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    })),
  };
  return stringify(cff, { lineWidth: 0 });
}
