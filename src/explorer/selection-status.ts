/**
 * The words the page says about a view: its title (for downloads), and the status line while a
 * selection loads and once it has.
 */
import { ACTOR_LABELS } from './palette.js';
import type { Selection } from './selection.js';
import type { ViewState } from './state.js';

/** The view in words: its filters and focus, by name where the page knows the names. */
export function describeView(s: ViewState, names: Map<string, string>): string {
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

export function loadingStatus(partial: Selection): string {
  return `Loading… ${partial.loaded.toLocaleString('en')} of ${partial.total.toLocaleString('en')} actors`;
}

/** What a loaded selection holds: matches, partners, partnerships, flows, what is left to load. */
export function loadedStatus(loaded: Selection, flows: boolean | undefined): string {
  const rest = loaded.total - loaded.loaded;
  const flowsDrawn = flowCount(loaded);
  return (
    `${loaded.matches.length.toLocaleString('en')} actors match` +
    (rest > 0
      ? ` (first ${loaded.loaded.toLocaleString('en')} of ${loaded.total.toLocaleString('en')} loaded)`
      : '') +
    `, with ${(loaded.nodes.size - loaded.matches.length).toLocaleString('en')} partners and ` +
    `${(loaded.edges.size - flowsDrawn).toLocaleString('en')} partnerships.` +
    (flows
      ? ` Funding flows: ${flowsDrawn.toLocaleString('en')} drawn of ${loaded.flowTotal.toLocaleString('en')} (those naming both ends).`
      : '') +
    (loaded.partial.size > 0
      ? ` ${loaded.partial.size} of them show only their first partnerships (15 each).`
      : '')
  );
}

function flowCount(s: Selection): number {
  let n = 0;
  for (const edge of s.edges.values()) if (edge.funding) n += 1;
  return n;
}
