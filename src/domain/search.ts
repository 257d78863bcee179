/**
 * Full-text search, shared by both stores: the tokens, the ranker that decides what matches and
 * in which order, and the paging. A store only retrieves candidates — every node that the ranker
 * might accept, possibly more — and hands them to `searchPage`, so the embedded store and Neo4j
 * return identical pages as long as their candidates include every node the ranker accepts.
 *
 * What is searched: a node's name and aliases (English and Italian forms where the data has them:
 * `Firenze` with `Florence`, `Migration` with `Migrazione`), and its descriptions — the
 * description and, for SDGs, the Italian title (`titleIt`). Text is compared as `searchTokens`:
 * `normalizeText` (case and accents ignored) split into runs of letters and digits.
 *
 * How a query matches one name or alias, best first (all query tokens must match in that one text):
 *   exact     the text has the same tokens in the same order ("bogotà" = "Bogotá");
 *             scored higher still when it is equal before accents are removed ("Bogota" = alias "Bogota")
 *   words     every query token is a whole word of the text ("migration" in "Mayors Migration Council")
 *   prefix    every query token is a word of the text or starts one ("firenz" → "Firenze")
 *   fuzzy     … or is within `typoBudget` edits of one (optimal string alignment distance:
 *             insertions, deletions, substitutions and swaps of two neighbours; "florenze" → "Florenz")
 * and, only when no name or alias matches:
 *   description  every query token is a word of one description text, or starts one.
 * A node's score is its best match; nodes are ordered by score, then shorter name, then key.
 */
import type { GraphNode } from './graph-records.js';
import type { NodeType } from './node-types.js';
import { paginate, type Page, type PageRequest, type Position } from './pagination.js';
import { editDistance, searchTokens, typoBudget } from './search-tokens.js';

// The stores' indexes use these with the ranker; one import for all of search.
export { editDistance, MAX_FUZZY_TOKEN_LENGTH, searchTokens, typoBudget } from './search-tokens.js';
export { deletionVariants, swapVariants } from './search-variants.js';

export interface SearchQuery {
  /** Free text; blank or letter-less text matches nothing. */
  text: string;
  /** Only nodes of these types (all when omitted or empty). */
  types?: NodeType[];
}

export interface SearchHit {
  node: GraphNode;
  /** See `SCORES`: 5.5 exact as written, 5 exact, 4 words, 3 prefix, 2–2.4 fuzzy, 1 description. */
  score: number;
  /** The name or alias that matched best; the description text for a description-only match. */
  matched: string;
}

/** Longest search text the API accepts, in UTF-16 code units. */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/** Scores in tenths, so that every score is an exact decimal and ranks compare as integers. */
const UNITS = {
  verbatim: 55,
  exact: 50,
  words: 40,
  prefix: 30,
  /** Fuzzy: 24 with one edit in all, 23 with two, … down to 20. */
  fuzzy: 20,
  description: 10,
} as const;
const RANK_CEILING = 1000;

/** The score of each kind of match (for documentation and tests). */
export const SCORES = Object.fromEntries(
  Object.entries(UNITS).map(([kind, units]) => [kind, units / 10]),
) as Record<keyof typeof UNITS, number>;

/** What a node is searched by. */
export interface SearchTexts {
  /** The name first, then the aliases. */
  names: readonly string[];
  /** The description, then the Italian title where there is one. */
  descriptions: readonly string[];
}

export function searchTextsOf(node: GraphNode): SearchTexts {
  const descriptions: string[] = [];
  if (node.description !== undefined && node.description !== '')
    descriptions.push(node.description);
  const titleIt = node.props.titleIt;
  if (typeof titleIt === 'string' && titleIt !== '') descriptions.push(titleIt);
  return { names: [node.name, ...node.aliases], descriptions };
}

/** Text compared as written: case and spacing ignored, accents and punctuation kept. */
function verbatim(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface PreparedQuery {
  tokens: string[];
  verbatim: string;
}

function prepare(queryText: string): PreparedQuery {
  return { tokens: searchTokens(queryText), verbatim: verbatim(queryText) };
}

interface Match {
  units: number;
  matched: string;
}

/** The units of one name or alias, or 0 when it does not match. */
function nameUnits(query: PreparedQuery, text: string): number {
  const tokens = searchTokens(text);
  let allWhole = true;
  let allPrefix = true;
  let edits = 0;
  for (const q of query.tokens) {
    if (tokens.includes(q)) continue;
    allWhole = false;
    if (tokens.some((t) => t.startsWith(q))) continue;
    allPrefix = false;
    const budget = typoBudget(q);
    if (budget === 0) return 0;
    let best = budget + 1;
    for (const t of tokens) best = Math.min(best, editDistance(q, t, budget));
    if (best > budget) return 0;
    edits += best;
  }
  if (allWhole) {
    if (tokens.length === query.tokens.length && tokens.every((t, i) => t === query.tokens[i]))
      return verbatim(text) === query.verbatim ? UNITS.verbatim : UNITS.exact;
    return UNITS.words;
  }
  if (allPrefix) return UNITS.prefix;
  return UNITS.fuzzy + Math.max(0, 5 - edits);
}

/** Whether every query token is a word of the description, or starts one. */
function descriptionMatches(query: PreparedQuery, text: string): boolean {
  const tokens = searchTokens(text);
  return query.tokens.every((q) => tokens.some((t) => t.startsWith(q)));
}

function bestMatch(query: PreparedQuery, texts: SearchTexts): Match | null {
  if (query.tokens.length === 0) return null;
  let best: Match | null = null;
  for (const text of texts.names) {
    const units = nameUnits(query, text);
    if (units > 0 && (best === null || units > best.units)) best = { units, matched: text };
  }
  if (best !== null) return best;
  for (const text of texts.descriptions) {
    if (descriptionMatches(query, text)) return { units: UNITS.description, matched: text };
  }
  return null;
}

/**
 * The ranker: how well `queryText` matches a node's texts, or null when it does not match (the
 * node is then not a hit, whatever the store retrieved). Deterministic; see the module comment.
 */
export function scoreMatch(
  queryText: string,
  texts: SearchTexts,
): { score: number; matched: string } | null {
  const match = bestMatch(prepare(queryText), texts);
  return match && { score: match.units / 10, matched: match.matched };
}

/** Keyset position of a hit: the sort value orders by score (highest first), then name length. */
function positionOf(units: number, node: GraphNode): Position {
  const rank = String(RANK_CEILING - units).padStart(4, '0');
  return { sort: `${rank}:${String(node.name.length).padStart(6, '0')}`, key: node.key };
}

/**
 * Ranks the candidates a store retrieved and cuts the page: the one implementation of search
 * results, used by both stores. Candidates the ranker does not accept, of other types, or seen
 * twice are dropped; `totalCount` counts every accepted hit.
 */
export function searchPage(
  query: SearchQuery,
  candidates: Iterable<GraphNode>,
  page: PageRequest,
): Page<SearchHit> {
  const prepared = prepare(query.text);
  const types = query.types && query.types.length > 0 ? new Set<string>(query.types) : undefined;
  const seen = new Set<string>();
  const ranked: { position: Position; hit: SearchHit }[] = [];
  if (prepared.tokens.length > 0) {
    for (const node of candidates) {
      if (seen.has(node.key) || (types && !types.has(node.type))) continue;
      seen.add(node.key);
      const match = bestMatch(prepared, searchTextsOf(node));
      if (match === null) continue;
      ranked.push({
        position: positionOf(match.units, node),
        hit: { node, score: match.units / 10, matched: match.matched },
      });
    }
  }
  ranked.sort((a, b) => comparePosition(a.position, b.position));
  const result = paginate(ranked, (item) => item.position, page);
  return { ...result, items: result.items.map((item) => ({ ...item, value: item.value.hit })) };
}

function comparePosition(a: Position, b: Position): number {
  if (a.sort !== b.sort) return a.sort < b.sort ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
