/**
 * The embedded store's full-text index: MiniSearch over each node's names (name and aliases) and
 * descriptions, kept up to date on every upsert. It only retrieves candidates; `searchPage`
 * (src/domain/search.ts) ranks them, exactly as for Neo4j.
 *
 * Recall: every node the ranker accepts must be retrieved. Each query token is looked up as a word,
 * as a prefix, and with MiniSearch's fuzzy search. MiniSearch counts Levenshtein edits, in which
 * swapping two neighbouring letters costs two, while the ranker counts a swap as one; so the token
 * is also looked up with its swaps made (`swapVariants`), each with the edits left. All query
 * tokens must match (AND), in any field: a superset of what the ranker accepts.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { GraphNode } from '../../domain/graph-records.js';
import { searchTextsOf, searchTokens, swapVariants, typoBudget } from '../../domain/search.js';
import { normalizeText } from '../../domain/text.js';

interface SearchDocument {
  key: string;
  names: string;
  descriptions: string;
}

export class MemorySearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['names', 'descriptions'],
    storeFields: [],
    // The same tokens as the ranker: normalised text split into runs of letters and digits.
    tokenize: (text) => searchTokens(text),
    processTerm: (term) => normalizeText(term) || null,
  });

  /** Adds the node, or replaces what was indexed for its key. */
  upsert(node: GraphNode): void {
    const texts = searchTextsOf(node);
    const document: SearchDocument = {
      key: node.key,
      names: texts.names.join('\n'),
      descriptions: texts.descriptions.join('\n'),
    };
    if (this.index.has(node.key)) this.index.replace(document);
    else this.index.add(document);
  }

  remove(key: string): void {
    if (this.index.has(key)) this.index.discard(key);
  }

  /** Keys of every node that may match `text` (a superset of the ranker's hits), unordered. */
  candidates(text: string): string[] {
    const tokens = [...new Set(searchTokens(text))];
    if (tokens.length === 0) return [];
    const query: Query = {
      combineWith: 'AND',
      queries: tokens.map((token): Query => {
        const budget = typoBudget(token);
        return {
          combineWith: 'OR',
          queries: swapVariants(token, budget).map(({ term, swaps }) => ({
            queries: [term],
            // The token itself as a word or a prefix; its swapped forms only as whole words.
            prefix: swaps === 0,
            fuzzy: budget - swaps,
          })),
        };
      }),
    };
    return this.index.search(query).map((result) => result.id as string);
  }
}
