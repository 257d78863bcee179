/**
 * The page's buttons that are not filters: clear, headline, leave the focus, hide the members,
 * load all; the map/network tabs (arrow keys move between them); and the downloads and the link.
 */
import { asyncListener, byId } from './dom.js';
import { download, gexf, mapSvg, networkSvg, pngOf } from './export.js';
import type { MapView } from './map-view.js';
import type { NetworkView } from './network-view.js';
import type { Selection } from './selection.js';
import { DEFAULT_LIMIT, HEADLINE, type ViewState } from './state.js';

/** What the controls read and change of the page. */
export interface PageControls {
  // Functions, not methods: they are handed around on their own (no `this`).
  state: () => ViewState;
  navigate: (next: ViewState, push?: boolean) => void;
  selection: () => Selection;
  /** The view in words, for the downloads' titles. */
  title: () => string;
  setStatus: (text: string) => void;
  mapView: MapView;
  networkView: NetworkView;
}

export function buildButtons(page: PageControls): void {
  const { navigate, state } = page;
  byId('clear').addEventListener('click', () =>
    navigate({ kinds: [], view: state().view, limit: DEFAULT_LIMIT }),
  );
  byId('headline').addEventListener('click', () =>
    navigate({ kinds: [], view: state().view, limit: DEFAULT_LIMIT, ...HEADLINE }),
  );
  byId('clear-focus').addEventListener('click', () =>
    navigate({ ...state(), focus: undefined, selected: undefined }),
  );
  byId('hide-members').addEventListener('click', () =>
    navigate({ ...state(), members: undefined }),
  );
  byId('load-all').addEventListener('click', () =>
    navigate({ ...state(), limit: Math.max(page.selection().total, state().limit) }),
  );
}

export function showTab(view: ViewState['view'], networkView: NetworkView): void {
  for (const tab of ['map', 'network'] as const) {
    const selected = tab === view;
    byId(`tab-${tab}`).setAttribute('aria-selected', String(selected));
    byId(`tab-${tab}`).tabIndex = selected ? 0 : -1;
    byId(`${tab}-panel`).hidden = !selected;
  }
  if (view === 'network') networkView.resize();
}

export function buildTabs({ navigate, state }: PageControls): void {
  for (const tab of ['map', 'network'] as const) {
    byId(`tab-${tab}`).addEventListener('click', () => navigate({ ...state(), view: tab }, false));
  }
  byId('tablist').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = state().view === 'map' ? 'network' : 'map';
    navigate({ ...state(), view: next }, false);
    byId(`tab-${next}`).focus();
  });
}

export function buildExports(page: PageControls): void {
  const { mapView, networkView } = page;
  const name = () => `diplomap-${page.state().view}`;
  const svg = () =>
    page.state().view === 'map'
      ? mapSvg(mapView, page.selection(), page.title())
      : networkSvg(networkView, page.title());
  byId('export-svg').addEventListener('click', () =>
    download(`${name()}.svg`, 'image/svg+xml', svg()),
  );
  byId('export-png').addEventListener(
    'click',
    asyncListener(
      async () => download(`${name()}.png`, 'image/png', await pngOf(svg())),
      (error) => page.setStatus(`PNG export failed: ${String(error)}`),
    ),
  );
  byId('export-gexf').addEventListener('click', () => {
    if (networkView.graph)
      download('diplomap.gexf', 'application/gexf+xml', gexf(networkView.graph));
  });
  // Without the clipboard (refused, or not a secure context) the status shows the link instead.
  const showLink = () => page.setStatus(`Link to this view: ${window.location.href}`);
  byId('copy-link').addEventListener(
    'click',
    asyncListener(async () => {
      await navigator.clipboard.writeText(window.location.href);
      page.setStatus('Link copied: it opens this view.');
    }, showLink),
  );
}
