/**
 * Full-text search on Neo4j: what a node stores for the `entity_search` full-text index
 * (cypher/schema.cypher) and the Lucene queries that ask it. The index only retrieves candidates;
 * `searchPage` (src/domain/search.ts) ranks them, exactly as for the embedded store.
 *
 * Both properties hold `searchTokens` already normalised and joined by spaces, and the index uses
 * the `whitespace` analyzer, so Lucene sees exactly the ranker's words (Lucene's standard analyzers
 * keep accents and split differently: `l'urbanizzazione` is one word to them, `11.3` one number).
 *
 * - `searchTokens`: the distinct words of the name, aliases and descriptions. A query token is
 *   looked up as a prefix (`token*`, which includes the word itself).
 * - `searchVariants`: for each distinct word of the name and aliases, the strings made by
 *   deleting up to two of its characters (`deletionVariants`). A query token with a typo budget
 *   is also looked up by its own deletion variants: two words are within k edits only if they
 *   share such a variant. Lucene's own fuzzy query (`token~2`) is not used: it expands to at most
 *   50 words, and a name like "Ariano" has 130 within two edits in the seeded graph, so it would
 *   miss nodes that the embedded store finds.
 *
 * A node must match every query token (one Lucene query per token, intersected in Cypher): a
 * superset of what the ranker accepts. Tokens contain only letters and digits; they are escaped
 * all the same, and no other text reaches a query.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  deletionVariants,
  MAX_FUZZY_TOKEN_LENGTH,
  searchTextsOf,
  searchTokens,
  typoBudget,
} from '../../domain/search.js';

/** The most edits a query token tolerates (typoBudget), so the deletions stored per word. */
const MAX_TYPOS = 2;

export interface SearchProperties {
  searchTokens: string;
  searchVariants: string;
}

export function searchPropertiesOf(node: GraphNode): SearchProperties {
  const texts = searchTextsOf(node);
  const nameTokens = new Set(texts.names.flatMap(searchTokens));
  const allTokens = new Set([...nameTokens, ...texts.descriptions.flatMap(searchTokens)]);
  const variants = new Set<string>();
  for (const token of nameTokens) {
    // A word longer than this is more than MAX_TYPOS edits from any query token with a budget.
    if (token.length > MAX_FUZZY_TOKEN_LENGTH + MAX_TYPOS) continue;
    addTwoDeletionVariants(token, variants);
  }
  return {
    searchTokens: [...allTokens].join(' '),
    searchVariants: [...variants].sort().join(' '),
  };
}

/**
 * `deletionVariants(token, 2)` (src/domain/search.ts) added to `into`, without its per-word sets
 * and sort: every string made by deleting up to two characters, at least two characters long.
 * Loads compute it for every node, so it counts (a test checks both agree).
 */
export function addTwoDeletionVariants(token: string, into: Set<string>): void {
  const n = token.length;
  if (n < 2) return;
  into.add(token);
  if (n < 3) return;
  for (let i = 0; i < n; i++) {
    const one = token.slice(0, i) + token.slice(i + 1);
    into.add(one);
    // Deleting a second character at j >= i covers every pair once (j < i is the pair (j, i)).
    if (n >= 4) for (let j = i; j < n - 1; j++) into.add(one.slice(0, j) + one.slice(j + 1));
  }
}

/** Escapes Lucene query syntax, so that `text` is one literal term. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, '\\$&');
}

/** One Lucene query per distinct token of `text`; a node must match all of them. */
export function luceneQueriesFor(text: string): string[] {
  return [...new Set(searchTokens(text))].map((token) => {
    const prefix = `searchTokens:${escapeLucene(token)}*`;
    const budget = typoBudget(token);
    if (budget === 0) return prefix;
    const variants = deletionVariants(token, budget).map(escapeLucene);
    return `${prefix} OR searchVariants:(${variants.join(' OR ')})`;
  });
}
