/**
 * The sources behind a fact, as the details panels show them: how each supports it (stated, a
 * reading, an editorial decision), its passages quoted, its note, and the source cited.
 */
import { h } from './dom.js';
import type { ExplorerProvenanceFragment } from './generated/graphql.js';

/** How each source supports a fact (Provenance.basis), as the panel says it. */
const BASIS_LABELS: Record<ExplorerProvenanceFragment['basis'], string> = {
  STATED: 'Stated by the source',
  READING: 'A reading of these passages together (no one of them says it alone)',
  EDITORIAL: 'An editorial decision of the curators',
};

export function provenance(sources: readonly ExplorerProvenanceFragment[]): HTMLElement | null {
  if (sources.length === 0) return null;
  return h(
    'ul',
    { class: 'sources' },
    ...sources.map((s) =>
      h(
        'li',
        { class: 'source', 'data-basis': s.basis },
        h('p', { class: 'basis' }, BASIS_LABELS[s.basis]),
        ...[s.quote, ...s.readWith].map((passage) =>
          passage ? h('blockquote', {}, `“${passage}”`) : null,
        ),
        s.note ? h('p', { class: 'note' }, s.note) : null,
        h(
          'cite',
          {},
          s.source?.url
            ? h('a', { href: s.source.url, rel: 'noopener', target: '_blank' }, s.source.name)
            : (s.source?.name ?? 'Unknown source'),
        ),
      ),
    ),
  );
}
