/**
 * The details panel: an actor (what it is, its projects, agreements, networks, twins, and the
 * sources with their passages and how each supports the fact) or a partnership (the shared links and the relationships and
 * passages behind each — why we say they are partners).
 */
import { loadActor, loadPartnership, type PartnershipEvidence } from './api.js';
import { h, present } from './dom.js';
import type { ExplorerProvenanceFragment } from './generated/graphql.js';
import { fundingSection, showFlow } from './funding-panel.js';
import { ACTOR_LABELS, PARTNERSHIP_LABELS } from './palette.js';
import type { SelectionEdge, SelectionNode } from './selection.js';

export interface DetailsHost {
  panel: HTMLElement;
  /** Selects another actor (a partner or twin named in the panel). */
  select(key: string): void;
  /** Draws a network's members on the map. */
  showMembers(key: string): void;
}

/** How each source supports a fact (Provenance.basis), as the panel says it. */
const BASIS_LABELS: Record<ExplorerProvenanceFragment['basis'], string> = {
  STATED: 'Stated by the source',
  READING: 'A reading of these passages together (no one of them says it alone)',
  EDITORIAL: 'An editorial decision of the curators',
};

function provenance(sources: readonly ExplorerProvenanceFragment[]): HTMLElement | null {
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

function section(title: string, total: number, items: HTMLElement[]): HTMLElement | null {
  if (total === 0) return null;
  const more = total > items.length ? ` (showing ${items.length} of ${total})` : ` (${total})`;
  return h('section', {}, h('h3', {}, title, more), h('ul', { class: 'relations' }, ...items));
}

function membersButton(host: DetailsHost, key: string): HTMLElement {
  const button = h('button', { type: 'button', id: 'show-members' }, 'Show its members on the map');
  button.addEventListener('click', () => host.showMembers(key));
  return h('p', {}, button);
}

function loading(panel: HTMLElement, title: string): void {
  panel.replaceChildren(h('h2', { tabindex: '-1' }, title), h('p', { role: 'status' }, 'Loading…'));
}

function failed(panel: HTMLElement, error: unknown): void {
  panel.append(h('p', { role: 'alert', class: 'error' }, `Could not load: ${String(error)}`));
}

export async function showActor(
  host: DetailsHost,
  key: string,
  node: SelectionNode | undefined,
  asOf: string | undefined,
): Promise<void> {
  const { panel } = host;
  loading(panel, node?.name ?? key);
  let actor;
  try {
    actor = (await loadActor(key, asOf)).actor;
  } catch (error) {
    failed(panel, error);
    return;
  }
  const link = (key: string, name: string) =>
    h('button', { type: 'button', class: 'link', 'data-key': key }, name);
  panel.replaceChildren(
    ...present(
      h('h2', { tabindex: '-1', 'data-key': actor.id }, actor.name),
      h(
        'p',
        { class: 'meta' },
        ACTOR_LABELS[actor.kind],
        actor.country ? ` · ${actor.country.name}` : '',
        actor.population ? ` · population ${actor.population.toLocaleString('en')}` : '',
        ` · `,
        h('code', {}, actor.id),
      ),
      actor.aliases.length > 0
        ? h('p', { class: 'aliases' }, `Also: ${actor.aliases.join(', ')}`)
        : null,
      actor.description ? h('p', {}, actor.description) : null,
      actor.wikidataId
        ? h(
            'p',
            {},
            h(
              'a',
              {
                href: `https://www.wikidata.org/wiki/${actor.wikidataId}`,
                rel: 'noopener',
                target: '_blank',
              },
              `Wikidata ${actor.wikidataId}`,
            ),
          )
        : null,
      !node
        ? h('p', { class: 'note' }, 'Not in the current selection.')
        : node.place
          ? h(
              'p',
              { class: 'note' },
              node.place.by === 'own'
                ? 'On the map at its coordinates.'
                : node.place.by === 'seat'
                  ? 'On the map at its seat.'
                  : 'On the map at its country’s centre (no coordinates of its own).',
            )
          : h('p', { class: 'note' }, 'Not on the map: no coordinates and no country.'),
      actor.members.totalCount > 0 ? membersButton(host, actor.id) : null,
      h(
        'section',
        { class: 'actor-sources' },
        h('h3', {}, 'Sources'),
        provenance(actor.sources) ?? h('p', {}, 'None given.'),
      ),
      fundingSection(actor.id, asOf),
      section(
        'Projects',
        actor.projects.totalCount,
        actor.projects.edges.map((e) =>
          h(
            'li',
            {},
            h('strong', {}, e.node.name),
            e.relationship.role ? ` — ${e.relationship.role.toLowerCase()}` : '',
            e.node.startYear
              ? ` (${e.node.startYear}${e.node.endYear ? `–${e.node.endYear}` : ''})`
              : '',
            provenance(e.relationship.sources),
          ),
        ),
      ),
      section(
        'Agreements',
        actor.agreements.totalCount,
        actor.agreements.edges.map((e) =>
          h(
            'li',
            {},
            h('strong', {}, e.node.name),
            e.node.dateSigned ? ` (signed ${e.node.dateSigned})` : '',
            e.relationship.role ? ` — ${e.relationship.role.toLowerCase()}` : '',
            provenance(e.relationship.sources),
          ),
        ),
      ),
      section(
        'Networks',
        actor.memberships.totalCount,
        actor.memberships.edges.map((e) =>
          h(
            'li',
            {},
            link(e.node.id, e.node.name),
            e.relationship.role ? ` — ${e.relationship.role.toLowerCase()}` : '',
            e.relationship.since ? ` (since ${e.relationship.since})` : '',
            provenance(e.relationship.sources),
          ),
        ),
      ),
      section(
        'Twinned with',
        actor.twins.totalCount,
        actor.twins.edges.map((e) =>
          h(
            'li',
            {},
            link(e.node.id, e.node.name),
            e.relationship.since ? ` (since ${e.relationship.since})` : '',
            provenance(e.relationship.sources),
          ),
        ),
      ),
    ),
  );
  bindLinks(host);
  panel.addEventListener('funding-ready', () => bindLinks(host));
}

function bindLinks(host: DetailsHost): void {
  for (const button of host.panel.querySelectorAll<HTMLButtonElement>('button.link[data-key]')) {
    if (button.dataset.bound) continue;
    button.dataset.bound = 'yes';
    button.addEventListener('click', () => host.select(button.dataset.key ?? ''));
  }
}

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
    h(
      'p',
      {},
      h('button', { type: 'button', class: 'link', 'data-key': a.key }, a.name),
      ' · ',
      h('button', { type: 'button', class: 'link', 'data-key': b.key }, b.name),
    ),
    ...(partnership
      ? evidence(partnership, names)
      : [h('p', { role: 'alert' }, 'The API no longer lists this partnership.')]),
  );
  bindLinks(host);
}
