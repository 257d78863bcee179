/**
 * The explorer's view state — filters, focus, selected item, tab — and its URL form, so a view
 * can be sent to a colleague and restored from the link.
 */
import type { ActorKind } from './generated/graphql.js';

export const ACTOR_KINDS = [
  'MUNICIPALITY',
  'ASSOCIATION',
  'GOVERNMENT',
  'INTERNATIONAL_ORGANIZATION',
  'CIVIL_SOCIETY',
  'FOUNDATION',
  'NETWORK',
  'PERSON',
  'ORGANIZATION',
] as const satisfies readonly ActorKind[];

export type ViewTab = 'map' | 'network';

export interface ViewState {
  region?: string;
  theme?: string;
  sdg?: string;
  kinds: ActorKind[];
  /** YYYY, YYYY-MM or YYYY-MM-DD: the network as it stood then. */
  asOf?: string;
  /** An actor whose partners make the selection (chosen through the search box). */
  focus?: string;
  /** The actor (key) or partnership (`a|b`) shown in the details panel. */
  selected?: string;
  view: ViewTab;
  /** How many matching actors to load (pages of 100); the rest on request. */
  limit: number;
  /** A network whose members are drawn on the map (clustered at wide zoom). */
  members?: string;
  /** Also draw the funding flows of the filters (width by amount). */
  flows?: boolean;
}

export const DEFAULT_LIMIT = 1000;
export const HEADLINE: Partial<ViewState> = {
  region: 'region:mediterranean',
  theme: 'theme:migration',
};

const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const kinds = (params.get('kinds') ?? '')
    .split(',')
    .filter((k): k is ActorKind => (ACTOR_KINDS as readonly string[]).includes(k));
  const asOf = text('asOf');
  const limit = Number(params.get('limit'));
  return {
    region: text('region'),
    theme: text('theme'),
    sdg: text('sdg'),
    kinds,
    asOf: asOf && AS_OF.test(asOf) ? asOf : undefined,
    focus: text('focus'),
    members: text('members'),
    selected: text('selected'),
    view: params.get('view') === 'network' ? 'network' : 'map',
    limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT,
    ...(params.get('flows') === '1' ? { flows: true } : {}),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.region) params.set('region', state.region);
  if (state.theme) params.set('theme', state.theme);
  if (state.sdg) params.set('sdg', state.sdg);
  if (state.kinds.length > 0) params.set('kinds', state.kinds.join(','));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.focus) params.set('focus', state.focus);
  if (state.selected) params.set('selected', state.selected);
  if (state.members) params.set('members', state.members);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.limit !== DEFAULT_LIMIT) params.set('limit', String(state.limit));
  if (state.flows) params.set('flows', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether two states ask for the same selection (so only the panel or tab changed). */
export function sameSelection(a: ViewState, b: ViewState): boolean {
  return (
    a.region === b.region &&
    a.theme === b.theme &&
    a.sdg === b.sdg &&
    a.kinds.join() === b.kinds.join() &&
    a.asOf === b.asOf &&
    a.focus === b.focus &&
    a.limit === b.limit &&
    Boolean(a.flows) === Boolean(b.flows)
  );
}
