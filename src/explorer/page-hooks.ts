/**
 * What the explorer page puts on `window.diplomapExplorer`, for tests and the console: where an
 * actor or arc is drawn, the network's edges, when the layout has settled, and the members layer.
 * The browser tests read the same declaration (so it imports nothing of the page).
 */

/** What the members layer's last paint drew: for the status line and the page's test hook. */
export interface MembersDrawn {
  zoom: number;
  clusters: number;
  points: number;
}

/** The members layer: what is loaded and what the last paint drew. */
export type MembersSummary = MembersDrawn & {
  network: string;
  total: number;
  loaded: number;
  unplaced: number;
};

export interface ExplorerHooks {
  mapPoint(key: string): { x: number; y: number } | undefined;
  mapArcPoint(key: string): { x: number; y: number } | undefined;
  networkPoint(key: string): { x: number; y: number } | undefined;
  /** An edge of the network (a partnership `a|b` or a flow `flow:a>b`): its kind, width, colour. */
  networkEdge(key: string): { kind: string; size: number; color: string } | undefined;
  settled(): Promise<void>;
  members(): MembersSummary | undefined;
}

declare global {
  interface Window {
    diplomapExplorer: ExplorerHooks;
  }
}
