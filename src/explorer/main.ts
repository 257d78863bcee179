/**
 * The explorer page: filters and search on the left, the map or the network in the middle, the
 * details on the right. The URL holds the view (filters, focus, selected item, tab), so a link
 * restores it; every datum comes from the public GraphQL API (./api.ts).
 */
import { markSelected, renderActorList } from './actor-list.js';
import { loadBrokers, loadSelection, searchActors } from './api.js';
import { showActor, showFundingFlow, showPartnership, type DetailsHost } from './details.js';
import { byId, h } from './dom.js';
import { download, gexf, mapSvg, networkSvg, pngOf } from './export.js';
import { MapView, type Pick } from './map-view.js';
import type { MembersDrawn } from './member-layer.js';
import { MembersPanel } from './members-panel.js';
import { NetworkView } from './network-view.js';
import { FilterForm } from './filters.js';
import { followChanges, noteUpdate, settled } from './live-updates.js';
import { ACTOR_LABELS } from './palette.js';
import { Selection, type SelectionNode } from './selection.js';
import {
  DEFAULT_LIMIT,
  HEADLINE,
  readState,
  sameSelection,
  writeState,
  type ViewState,
} from './state.js';

let state = readState(window.location.search);
let selection = new Selection();
let loadingController: AbortController | undefined;
const names = new Map<string, string>();

const mapView = new MapView(byId('map'), (pick) => onPick(pick));
const networkView = new NetworkView(
  byId('network'),
  (node) => initialPosition(node),
  (pick) => onPick(pick),
);
const members = new MembersPanel(mapView, names);
const details: DetailsHost = {
  panel: byId('details-body'),
  select: (key) => selectItem(key),
  showMembers: (key) => navigate({ ...state, members: key, view: 'map' }),
};

/** Network layouts start from the map (west left, north up), so they settle fast and read alike. */
function initialPosition(node: SelectionNode): [number, number] {
  // A deterministic offset from the key, so layouts repeat and actors sharing a place part.
  let hash = 0;
  for (const c of node.key) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  const jitter: [number, number] = [
    (hash & 0xffff) / 65535 - 0.5,
    ((hash >>> 16) & 0xffff) / 65535 - 0.5,
  ];
  if (node.place) {
    const xy = mapView.projection([node.place.lon, node.place.lat]);
    // Actors at their country's centre share it: spread them wider, the layout does the rest.
    const spread = node.place.by === 'country' ? 40 : 4;
    if (xy) return [xy[0] + spread * jitter[0], -xy[1] + spread * jitter[1]];
  }
  return [1000 * jitter[0], 1000 * jitter[1]];
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function describe(s: ViewState): string {
  const parts = [
    s.region && `region ${names.get(s.region) ?? s.region}`,
    s.theme && `theme ${names.get(s.theme) ?? s.theme}`,
    s.sdg && (names.get(s.sdg) ?? s.sdg),
    s.kinds.length > 0 && s.kinds.map((k) => ACTOR_LABELS[k]).join(', '),
    s.asOf && `as of ${s.asOf}`,
    s.focus && `partners of ${names.get(s.focus) ?? s.focus}`,
  ].filter(Boolean);
  return `Diplomap — ${parts.length > 0 ? parts.join(' · ') : 'all partnerships'}`;
}

// ---- state and URL ----

function navigate(next: ViewState, push = true): void {
  const previous = state;
  state = next;
  const url = `${window.location.pathname}${writeState(state)}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  apply(previous);
}

function apply(previous: ViewState | undefined): void {
  filters.show(state, names);
  showTab(state.view);
  if (!previous || !sameSelection(previous, state)) void reload();
  else showSelected();
  if (previous?.members !== state.members) void members.show(state.members);
}

window.addEventListener('popstate', () => {
  const previous = state;
  state = readState(window.location.search);
  apply(previous);
});

// ---- filters ----

const filters = new FilterForm(
  () => state,
  (next) => navigate(next),
);

function buildButtons(): void {
  byId('clear').addEventListener('click', () =>
    navigate({ kinds: [], view: state.view, limit: DEFAULT_LIMIT }),
  );
  byId('headline').addEventListener('click', () =>
    navigate({ kinds: [], view: state.view, limit: DEFAULT_LIMIT, ...HEADLINE }),
  );
  byId('clear-focus').addEventListener('click', () =>
    navigate({ ...state, focus: undefined, selected: undefined }),
  );
  byId('hide-members').addEventListener('click', () => navigate({ ...state, members: undefined }));
  byId('load-all').addEventListener('click', () =>
    navigate({ ...state, limit: Math.max(selection.total, state.limit) }),
  );
}

// ---- search ----

function buildSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const results = byId('search-results');
  byId<HTMLFormElement>('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    results.replaceChildren(h('li', { role: 'status' }, 'Searching…'));
    try {
      const { search } = await searchActors(text);
      results.replaceChildren(
        ...(search.edges.length === 0 ? [h('li', {}, 'No actor found.')] : []),
        ...search.edges.map(({ node }) => {
          names.set(node.id, node.name);
          const button = h('button', { type: 'button', 'data-key': node.id }, node.name);
          button.addEventListener('click', () => {
            results.replaceChildren();
            // A search starts afresh from that actor: all its partners (the year is kept).
            navigate({
              kinds: [],
              view: state.view,
              limit: DEFAULT_LIMIT,
              asOf: state.asOf,
              focus: node.id,
              selected: node.id,
            });
          });
          return h(
            'li',
            {},
            button,
            h('span', { class: 'kind' }, ` ${node.type.toLowerCase().replace(/_/g, ' ')}`),
          );
        }),
      );
    } catch (error) {
      results.replaceChildren(h('li', { role: 'alert' }, `Search failed: ${String(error)}`));
    }
  });
}

// ---- tabs ----

function showTab(view: ViewState['view']): void {
  for (const tab of ['map', 'network'] as const) {
    const selected = tab === view;
    byId(`tab-${tab}`).setAttribute('aria-selected', String(selected));
    byId(`tab-${tab}`).tabIndex = selected ? 0 : -1;
    byId(`${tab}-panel`).hidden = !selected;
  }
  if (view === 'network') networkView.resize();
}

function buildTabs(): void {
  for (const tab of ['map', 'network'] as const) {
    byId(`tab-${tab}`).addEventListener('click', () => navigate({ ...state, view: tab }, false));
  }
  byId('tablist').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = state.view === 'map' ? 'network' : 'map';
    navigate({ ...state, view: next }, false);
    byId(`tab-${next}`).focus();
  });
}

// ---- exports ----

function buildExports(): void {
  const name = () => `diplomap-${state.view}`;
  const svg = () =>
    state.view === 'map'
      ? mapSvg(mapView, selection, describe(state))
      : networkSvg(networkView, describe(state));
  byId('export-svg').addEventListener('click', () =>
    download(`${name()}.svg`, 'image/svg+xml', svg()),
  );
  byId('export-png').addEventListener('click', async () =>
    download(`${name()}.png`, 'image/png', await pngOf(svg())),
  );
  byId('export-gexf').addEventListener('click', () => {
    if (networkView.graph)
      download('diplomap.gexf', 'application/gexf+xml', gexf(networkView.graph));
  });
  byId('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied: it opens this view.');
    } catch {
      setStatus(`Link to this view: ${window.location.href}`);
    }
  });
}

// ---- loading and drawing ----

async function reload(): Promise<void> {
  loadingController?.abort();
  const controller = new AbortController();
  loadingController = controller;
  document.body.dataset.state = 'loading';
  setStatus('Loading…');
  byId('load-all').hidden = true;
  selection = new Selection();
  mapView.setSelection(selection);
  try {
    const loaded = await loadSelection(state, controller.signal, (partial) => {
      if (controller.signal.aborted) return;
      selection = partial;
      mapView.setSelection(partial);
      setStatus(
        `Loading… ${partial.loaded.toLocaleString('en')} of ${partial.total.toLocaleString('en')} actors`,
      );
    });
    if (controller.signal.aborted) return;
    selection = loaded;
    mapView.setSelection(loaded);
    mapView.fitToSelection();
    networkView.setSelection(loaded);
    networkView.render();
    await networkView.settled;
    if (controller.signal.aborted) return;
    renderActorList(loaded, {
      onMap: mapView.drawnKeys(),
      inNetwork: networkView.drawnKeys(),
      selected: state.selected,
      select: selectItem,
    });
    const rest = loaded.total - loaded.loaded;
    byId('load-all').hidden = rest <= 0;
    byId('load-all').textContent = `Load all ${loaded.total.toLocaleString('en')} actors`;
    setStatus(
      `${loaded.matches.length.toLocaleString('en')} actors match` +
        (rest > 0
          ? ` (first ${loaded.loaded.toLocaleString('en')} of ${loaded.total.toLocaleString('en')} loaded)`
          : '') +
        `, with ${(loaded.nodes.size - loaded.matches.length).toLocaleString('en')} partners and ` +
        `${(loaded.edges.size - flowCount(loaded)).toLocaleString('en')} partnerships.` +
        (state.flows
          ? ` Funding flows: ${flowCount(loaded).toLocaleString('en')} drawn of ${loaded.flowTotal.toLocaleString('en')} (those naming both ends).`
          : '') +
        (loaded.partial.size > 0
          ? ` ${loaded.partial.size} of them show only their first partnerships (15 each).`
          : ''),
    );
    for (const node of loaded.nodes.values()) names.set(node.key, node.name);
    filters.show(state, names);
    showSelected();
    document.body.dataset.state = 'ready';
    void showBrokers(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return;
    document.body.dataset.state = 'error';
    setStatus(`Could not load the selection: ${String(error)}`);
    byId('status').setAttribute('role', 'alert');
  }
}

function flowCount(s: Selection): number {
  let n = 0;
  for (const edge of s.edges.values()) if (edge.funding) n += 1;
  return n;
}

async function showBrokers(signal: AbortSignal): Promise<void> {
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
    button.addEventListener('click', () => selectItem(broker.actor.id));
    list.append(h('li', {}, button, ` ${broker.degree} partners`));
  }
}

// ---- picking and details ----

function onPick(pick: Pick): void {
  if (!pick) return;
  if ('node' in pick) selectItem(pick.node.key);
  else if ('member' in pick) selectItem(pick.member);
  else selectItem(pick.edge.key);
}

function selectItem(key: string): void {
  navigate({ ...state, selected: key });
}

function showSelected(): void {
  const key = state.selected;
  markSelected(key);
  if (!key) {
    mapView.highlight(undefined);
    networkView.highlight(undefined);
    details.panel.replaceChildren(
      h(
        'p',
        {},
        'Choose an actor or a partnership on the map, in the network or in the list to see why it is there.',
      ),
    );
    return;
  }
  const edge = selection.edges.get(key);
  if (edge) {
    const a = selection.nodes.get(edge.source);
    const b = selection.nodes.get(edge.target);
    if (a && b && edge.funding) void showFundingFlow(details, edge, a, b, state.asOf);
    else if (a && b) void showPartnership(details, edge, a, b, state.asOf);
    mapView.highlight(undefined);
    return;
  }
  const node = selection.nodes.get(key);
  mapView.highlight(key);
  networkView.highlight(key);
  void showActor(details, key, node, state.asOf);
}

// ---- start ----

declare global {
  interface Window {
    /** For tests and the console: where an actor is drawn, and when the layout has settled. */
    diplomapExplorer: {
      mapPoint(key: string): { x: number; y: number } | undefined;
      mapArcPoint(key: string): { x: number; y: number } | undefined;
      networkPoint(key: string): { x: number; y: number } | undefined;
      /** An edge of the network (a partnership `a|b` or a flow `flow:a>b`): its kind, width, colour. */
      networkEdge(key: string): { kind: string; size: number; color: string } | undefined;
      settled(): Promise<void>;
      /** The members layer: what is loaded and what the last paint drew. */
      members():
        | (MembersDrawn & { network: string; total: number; loaded: number; unplaced: number })
        | undefined;
    };
  }
}

window.diplomapExplorer = {
  mapPoint: (key) => mapView.screenPoint(key),
  mapArcPoint: (key) => mapView.arcPoint(key),
  networkPoint: (key) => networkView.screenPoint(key),
  networkEdge: (key) => {
    const graph = networkView.graph;
    if (!graph?.hasEdge(key)) return undefined;
    const { kind, size, color } = graph.getEdgeAttributes(key);
    return { kind, size, color };
  },
  settled: () => networkView.settled,
  members: () => members.summary(),
};

// ---- live updates: a change to what is on screen redraws it ----

const redraw = settled(() => void reload());
followChanges((change) => {
  if (!change.touches.some((key) => selection.nodes.has(key) || key === state.selected)) return;
  noteUpdate(change);
  redraw();
});

buildButtons();
buildSearch();
buildTabs();
buildExports();
void filters
  .loadOptions(names)
  .catch((error: unknown) => setStatus(`Could not load the filters: ${String(error)}`))
  .finally(() => apply(undefined));
