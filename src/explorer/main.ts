/**
 * The explorer page: filters and search on the left, the map or the network in the middle, the
 * details on the right. The URL holds the view (filters, focus, selected item, tab), so a link
 * restores it; every datum comes from the public GraphQL API (./api.ts). This file wires the
 * parts together and owns the view state, the loaded selection and what is selected.
 */
import { markSelected, renderActorList } from './actor-list.js';
import { showActor } from './actor-details.js';
import { loadSelection } from './api.js';
import { showBrokers } from './brokers-list.js';
import type { DetailsHost } from './details.js';
import { byId, h } from './dom.js';
import { FilterForm } from './filters.js';
import { initialPosition } from './layout-start.js';
import { followChanges, noteUpdate, settled } from './live-updates.js';
import { MapView, type Pick } from './map-view.js';
import { MembersPanel } from './members-panel.js';
import { NetworkView } from './network-view.js';
import {
  buildButtons,
  buildExports,
  buildTabs,
  showTab,
  type PageControls,
} from './page-controls.js';
import type { ExplorerHooks } from './page-hooks.js';
import { showFundingFlow, showPartnership } from './partnership-details.js';
import { buildSearch } from './search-box.js';
import { Selection } from './selection.js';
import { describeView, loadedStatus, loadingStatus } from './selection-status.js';
import { DEFAULT_LIMIT, readState, sameSelection, writeState, type ViewState } from './state.js';

let state = readState(window.location.search);
let selection = new Selection();
let loadingController: AbortController | undefined;
const names = new Map<string, string>();

const mapView = new MapView(byId('map'), (pick) => onPick(pick));
const networkView = new NetworkView(
  byId('network'),
  (node) => initialPosition(node, mapView.projection),
  (pick) => onPick(pick),
);
const members = new MembersPanel(mapView, names);
const details: DetailsHost = {
  panel: byId('details-body'),
  select: (key) => selectItem(key),
  showMembers: (key) => navigate({ ...state, members: key, view: 'map' }),
};

function setStatus(text: string): void {
  byId('status').textContent = text;
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
  showTab(state.view, networkView);
  if (!previous || !sameSelection(previous, state)) void reload();
  else showSelected();
  if (previous?.members !== state.members) void members.show(state.members);
}

window.addEventListener('popstate', () => {
  const previous = state;
  state = readState(window.location.search);
  apply(previous);
});

const filters = new FilterForm(
  () => state,
  (next) => navigate(next),
);

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
      setStatus(loadingStatus(partial));
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
    byId('load-all').hidden = loaded.total - loaded.loaded <= 0;
    byId('load-all').textContent = `Load all ${loaded.total.toLocaleString('en')} actors`;
    setStatus(loadedStatus(loaded, state.flows));
    for (const node of loaded.nodes.values()) names.set(node.key, node.name);
    filters.show(state, names);
    showSelected();
    document.body.dataset.state = 'ready';
    void showBrokers(state, controller.signal, selectItem);
  } catch (error) {
    if (controller.signal.aborted) return;
    document.body.dataset.state = 'error';
    setStatus(`Could not load the selection: ${String(error)}`);
    byId('status').setAttribute('role', 'alert');
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

const hooks: ExplorerHooks = {
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
window.diplomapExplorer = hooks;

// Live updates: a change to what is on screen redraws it.
const redraw = settled(() => void reload());
followChanges((change) => {
  if (!change.touches.some((key) => selection.nodes.has(key) || key === state.selected)) return;
  noteUpdate(change);
  redraw();
});

const controls: PageControls = {
  state: () => state,
  navigate,
  selection: () => selection,
  title: () => describeView(state, names),
  setStatus,
  mapView,
  networkView,
};
buildButtons(controls);
// A search starts afresh from the actor chosen: all its partners (the year is kept).
buildSearch(names, (key) =>
  navigate({
    kinds: [],
    view: state.view,
    limit: DEFAULT_LIMIT,
    asOf: state.asOf,
    focus: key,
    selected: key,
  }),
);
buildTabs(controls);
buildExports(controls);
void filters
  .loadOptions(names)
  .catch((error: unknown) => setStatus(`Could not load the filters: ${String(error)}`))
  .finally(() => apply(undefined));
