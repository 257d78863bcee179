/**
 * The list of the actors in view, mirroring what the map and the network draw: a button per
 * actor (keyboard and screen-reader access to everything on the canvases), marked with where it
 * is drawn, plus the note naming the actors the map cannot place.
 */
import { byId, h } from './dom.js';
import { ACTOR_COLOURS, ACTOR_LABELS } from './palette.js';
import type { Selection } from './selection.js';

/** Above this many the list stops (the views still draw them all). */
const LIST_LIMIT = 2000;

export interface ListContext {
  onMap: Set<string>;
  inNetwork: Set<string>;
  selected: string | undefined;
  select(key: string): void;
}

export function renderActorList(selection: Selection, context: ListContext): void {
  const nodes = [...selection.nodes.values()].sort(
    (a, b) =>
      Number(b.match) - Number(a.match) ||
      selection.degree(b.key) - selection.degree(a.key) ||
      a.name.localeCompare(b.name),
  );
  byId('selection-list').replaceChildren(
    ...nodes.slice(0, LIST_LIMIT).map((node) => {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'actor',
          'data-key': node.key,
          'data-kind': node.kind,
          'data-match': String(node.match),
          'data-on-map': String(context.onMap.has(node.key)),
          'data-in-network': String(context.inNetwork.has(node.key)),
          'aria-pressed': String(context.selected === node.key),
        },
        h('span', { class: 'swatch', style: `background:${ACTOR_COLOURS[node.kind]}` }),
        node.name,
      );
      button.addEventListener('click', () => context.select(node.key));
      const kind = ` ${ACTOR_LABELS[node.kind]}${node.match ? '' : ' · partner'}`;
      return h('li', {}, button, h('span', { class: 'kind' }, kind));
    }),
  );

  const unplaced = nodes.filter((n) => !context.onMap.has(n.key));
  const note = byId('unplaced');
  note.hidden = unplaced.length === 0;
  note.textContent =
    `Not on the map (no coordinates, seat or country in the data): ` +
    unplaced
      .slice(0, 8)
      .map((n) => n.name)
      .join(', ') +
    (unplaced.length > 8 ? ` and ${unplaced.length - 8} more` : '') +
    '.';

  const more = nodes.length - LIST_LIMIT;
  byId('list-more').textContent =
    more > 0 ? `and ${more.toLocaleString('en')} more (zoom the map or narrow the filters).` : '';
  byId('list-heading').textContent =
    `Actors in view: ${selection.matches.length.toLocaleString('en')} matching, ` +
    `${(selection.nodes.size - selection.matches.length).toLocaleString('en')} partners`;
}

export function markSelected(key: string | undefined): void {
  for (const button of byId('selection-list').querySelectorAll<HTMLButtonElement>('button.actor')) {
    button.setAttribute('aria-pressed', String(button.dataset.key === key));
  }
}
