/**
 * An actor's details: what it is, its sources with their passages and how each supports the fact,
 * its funding, projects, agreements, networks (with a button to map a network's members) and
 * twins.
 */
import { loadActor } from './api.js';
import { actorLink, bindLinks, failed, loading, section, type DetailsHost } from './details.js';
import type { ExplorerProvenanceFragment } from './generated/graphql.js';
import { h, present } from './dom.js';
import { fundingSection } from './funding-panel.js';
import { ACTOR_LABELS } from './palette.js';
import { provenance } from './provenance-list.js';
import type { SelectionNode } from './selection.js';

function membersButton(host: DetailsHost, key: string): HTMLElement {
  const button = h('button', { type: 'button', id: 'show-members' }, 'Show its members on the map');
  button.addEventListener('click', () => host.showMembers(key));
  return h('p', {}, button);
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
          relationItem(h('strong', {}, e.node.name), e.relationship, [
            role(e.relationship.role),
            e.node.startYear
              ? ` (${e.node.startYear}${e.node.endYear ? `–${e.node.endYear}` : ''})`
              : '',
          ]),
        ),
      ),
      section(
        'Agreements',
        actor.agreements.totalCount,
        actor.agreements.edges.map((e) =>
          relationItem(h('strong', {}, e.node.name), e.relationship, [
            e.node.dateSigned ? ` (signed ${e.node.dateSigned})` : '',
            role(e.relationship.role),
          ]),
        ),
      ),
      section(
        'Networks',
        actor.memberships.totalCount,
        actor.memberships.edges.map((e) =>
          relationItem(actorLink(e.node.id, e.node.name), e.relationship, [
            role(e.relationship.role),
            since(e.relationship.since),
          ]),
        ),
      ),
      section(
        'Twinned with',
        actor.twins.totalCount,
        actor.twins.edges.map((e) =>
          relationItem(actorLink(e.node.id, e.node.name), e.relationship, [
            since(e.relationship.since),
          ]),
        ),
      ),
    ),
  );
  bindLinks(host);
  panel.addEventListener('funding-ready', () => bindLinks(host));
}

/** One of the actor's relationships: its other end, what is said of it, and its sources. */
function relationItem(
  end: HTMLElement,
  relationship: { sources: readonly ExplorerProvenanceFragment[] },
  said: string[],
): HTMLElement {
  return h('li', {}, end, ...said, provenance(relationship.sources));
}

const role = (role: string | null | undefined) => (role ? ` — ${role.toLowerCase()}` : '');
const since = (since: string | null | undefined) => (since ? ` (since ${since})` : '');
