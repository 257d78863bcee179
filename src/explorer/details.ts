/**
 * The details panel on the right: what every panel shares (its host, the loading and failure
 * lines, a titled list of relations, links to other actors). What it shows: an actor
 * (./actor-details.ts), a partnership (./partnership-details.ts) or a funding flow
 * (./funding-panel.ts).
 */
import { h } from './dom.js';

export interface DetailsHost {
  panel: HTMLElement;
  /** Selects another actor (a partner or twin named in the panel). */
  select(key: string): void;
  /** Draws a network's members on the map. */
  showMembers(key: string): void;
}

/** A titled list, "(showing n of total)" when the API gave only a page; nothing when empty. */
export function section(title: string, total: number, items: HTMLElement[]): HTMLElement | null {
  if (total === 0) return null;
  const more = total > items.length ? ` (showing ${items.length} of ${total})` : ` (${total})`;
  return h('section', {}, h('h3', {}, title, more), h('ul', { class: 'relations' }, ...items));
}

export function loading(panel: HTMLElement, title: string): void {
  panel.replaceChildren(h('h2', { tabindex: '-1' }, title), h('p', { role: 'status' }, 'Loading…'));
}

export function failed(panel: HTMLElement, error: unknown): void {
  panel.append(h('p', { role: 'alert', class: 'error' }, `Could not load: ${String(error)}`));
}

/** Makes the panel's actor names (buttons with a data-key) select those actors, once each. */
export function bindLinks(host: DetailsHost): void {
  for (const button of host.panel.querySelectorAll<HTMLButtonElement>('button.link[data-key]')) {
    if (button.dataset.bound) continue;
    button.dataset.bound = 'yes';
    button.addEventListener('click', () => host.select(button.dataset.key ?? ''));
  }
}

/** An actor's name as a link that selects it (once bindLinks has run). */
export function actorLink(key: string, name: string): HTMLElement {
  return h('button', { type: 'button', class: 'link', 'data-key': key }, name);
}

/** The two ends of an edge as links, `joiner` between them. */
export function endLinks(a: Named, joiner: string, b: Named): HTMLElement {
  return h('p', {}, actorLink(a.key, a.name), joiner, actorLink(b.key, b.name));
}

interface Named {
  key: string;
  name: string;
}
