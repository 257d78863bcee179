/**
 * The brokers list: the actors with the highest betweenness in the filtered network (none while an
 * actor is in focus), each a button that selects it.
 */
import { loadBrokers } from './api.js';
import { byId, h } from './dom.js';
import type { ViewState } from './state.js';

export async function showBrokers(
  state: ViewState,
  signal: AbortSignal,
  select: (key: string) => void,
): Promise<void> {
  const list = byId('brokers-list');
  list.replaceChildren();
  if (state.focus) return;
  const brokers = await loadBrokers(state);
  if (signal.aborted) return;
  if (!brokers) {
    list.append(h('li', {}, 'Too large a network for betweenness: narrow the region or theme.'));
    return;
  }
  for (const broker of brokers) {
    const button = h(
      'button',
      { type: 'button', class: 'link', 'data-key': broker.actor.id },
      broker.actor.name,
    );
    button.addEventListener('click', () => select(broker.actor.id));
    list.append(h('li', {}, button, ` ${broker.degree} partners`));
  }
}
