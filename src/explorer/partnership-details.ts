/**
 * The details of an edge between two actors: a partnership (the shared links and the
 * relationships and passages behind each — why we say they are partners) or a funding flow
 * (./funding-panel.ts), their names linking to the actors.
 */
import { loadPartnership, type PartnershipEvidence } from './api.js';
import { bindLinks, endLinks, failed, loading, type DetailsHost } from './details.js';
import { h } from './dom.js';
import { showFlow } from './funding-panel.js';
import { PARTNERSHIP_LABELS } from './palette.js';
import { provenance } from './provenance-list.js';
import type { SelectionEdge, SelectionNode } from './selection.js';

/** A funding flow's panel (funding-panel.ts), its names linking to the actors. */
export async function showFundingFlow(
  host: DetailsHost,
  edge: SelectionEdge,
  from: SelectionNode,
  to: SelectionNode,
  asOf: string | undefined,
): Promise<void> {
  await showFlow(host.panel, edge, from, to, asOf, provenance);
  bindLinks(host);
}

function evidence(partnership: PartnershipEvidence, names: Map<string, string>): HTMLElement[] {
  for (const via of partnership.via) names.set(via.node.id, via.node.name);
  const s = partnership.strength;
  const counts = [
    [s.agreements, 'agreement'],
    [s.projects, 'project'],
    [s.networks, 'network'],
    [s.twinnings, 'twinning'],
    [s.relations, 'stated relation'],
  ] as const;
  const summary = counts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}${n > 1 ? 's' : ''}`)
    .join(', ');
  return [
    h(
      'p',
      { class: 'meta' },
      `Strength ${s.total}: ${summary}`,
      s.since ? `; since ${s.since}` : '',
    ),
    ...partnership.via.map((via) =>
      h(
        'section',
        { class: 'via' },
        h('h3', {}, `${PARTNERSHIP_LABELS[via.kind]}: `, via.node.name),
        h(
          'ul',
          { class: 'relations' },
          ...via.relationships.map((r) =>
            h(
              'li',
              {},
              h('span', { class: 'rel' }, names.get(r.fromKey) ?? r.fromKey),
              ` ${r.type.replace(/_/g, ' ').toLowerCase()} `,
              h('span', { class: 'rel' }, names.get(r.toKey) ?? r.toKey),
              r.role ? ` (${r.role.toLowerCase()})` : '',
              r.since ? `, since ${r.since}` : '',
              provenance(r.sources),
            ),
          ),
        ),
      ),
    ),
  ];
}

export async function showPartnership(
  host: DetailsHost,
  edge: SelectionEdge,
  a: SelectionNode,
  b: SelectionNode,
  asOf: string | undefined,
): Promise<void> {
  const { panel } = host;
  loading(panel, `${a.name} — ${b.name}`);
  // Ask from the side with fewer partners: fewer pages to find the other.
  const [from, to] = (a.partnerCount ?? Infinity) <= (b.partnerCount ?? Infinity) ? [a, b] : [b, a];
  let partnership;
  try {
    partnership = await loadPartnership(from.key, to.key, to.kind, asOf);
  } catch (error) {
    failed(panel, error);
    return;
  }
  const names = new Map([
    [a.key, a.name],
    [b.key, b.name],
  ]);
  panel.replaceChildren(
    h('h2', { tabindex: '-1', 'data-edge': edge.key }, 'Why partners: ', a.name, ' — ', b.name),
    endLinks(a, ' · ', b),
    ...(partnership
      ? evidence(partnership, names)
      : [h('p', { role: 'alert' }, 'The API no longer lists this partnership.')]),
  );
  bindLinks(host);
}
