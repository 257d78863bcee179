/** Small nodes and search texts for the search tests (search-ranking, search-retrieval). */
import type { GraphNode } from '../../src/domain/graph-records.js';

/** A municipality with the given names and description, for the ranker to read. */
export function node(
  key: string,
  name: string,
  aliases: string[] = [],
  description?: string,
): GraphNode {
  return {
    key,
    type: 'Municipality',
    name,
    aliases,
    props: {},
    sources: [],
    ...(description === undefined ? {} : { description }),
  };
}

/** The texts the ranker matches: the name and aliases, then the descriptions. */
export const texts = (name: string, aliases: string[] = [], descriptions: string[] = []) => ({
  names: [name, ...aliases],
  descriptions,
});
