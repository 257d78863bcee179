/**
 * The search box: actors by name from the API's search, listed as buttons; choosing one hands its
 * key to the page (which starts afresh from that actor). Names found are remembered for labels.
 */
import { searchActors } from './api.js';
import { asyncListener, byId, h } from './dom.js';

export function buildSearch(names: Map<string, string>, choose: (key: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const results = byId('search-results');
  const showFailure = (error: unknown) =>
    results.replaceChildren(h('li', { role: 'alert' }, `Search failed: ${String(error)}`));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault(); // before the first await: the listener's synchronous part
    const text = input.value.trim();
    if (!text) return;
    results.replaceChildren(h('li', { role: 'status' }, 'Searching…'));
    const { search } = await searchActors(text);
    results.replaceChildren(
      ...(search.edges.length === 0 ? [h('li', {}, 'No actor found.')] : []),
      ...search.edges.map(({ node }) => {
        names.set(node.id, node.name);
        const button = h('button', { type: 'button', 'data-key': node.id }, node.name);
        button.addEventListener('click', () => {
          results.replaceChildren();
          choose(node.id);
        });
        return h(
          'li',
          {},
          button,
          h('span', { class: 'kind' }, ` ${node.type.toLowerCase().replace(/_/g, ' ')}`),
        );
      }),
    );
  };
  byId<HTMLFormElement>('search-form').addEventListener(
    'submit',
    asyncListener(submit, showFailure),
  );
}
