/**
 * Live updates: the explorer follows the change feed (a graphql-ws subscription to this server's
 * /graphql, the same origin, so the content security policy's connect-src 'self' covers it). A
 * change that touches what is on screen redraws it and says so for a few seconds in #live.
 */
import { createDiplomapSubscriptions, watchChanges } from '../client/diplomap-subscriptions.js';
import { byId } from './dom.js';
import { ExplorerChangesDocument, type ExplorerChangesSubscription } from './generated/graphql.js';

export type LiveChange = ExplorerChangesSubscription['changes'];

/** Changes arriving close together redraw once. */
const SETTLE_MS = 250;
/** How long the note stays. */
const NOTE_MS = 8_000;

export function followChanges(onChange: (change: LiveChange) => void): void {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  // A page stays open for hours: keep reconnecting (graphql-ws backs off between tries).
  const client = createDiplomapSubscriptions(url.href, { retryAttempts: Number.POSITIVE_INFINITY });
  watchChanges(client, ExplorerChangesDocument, {}, onChange);
}

/** Shows "Updated: …" for the change that redrew the view. */
export function noteUpdate(change: LiveChange): void {
  const note = byId('live');
  note.textContent = `Updated just now: ${change.summary} (change ${change.seq}, by ${change.by}).`;
  note.hidden = false;
  note.classList.remove('flash');
  void note.offsetWidth; // restart the animation
  note.classList.add('flash');
  window.clearTimeout(Number(note.dataset.timer));
  note.dataset.timer = String(window.setTimeout(() => (note.hidden = true), NOTE_MS));
}

/** Calls `redraw` once after a burst of changes. */
export function settled(redraw: () => void): () => void {
  let timer: number | undefined;
  return () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(redraw, SETTLE_MS);
  };
}
