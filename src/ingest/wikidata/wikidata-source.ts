/**
 * Wikidata as a source of the graph: its Source node, how its JSON is recognised, and the index
 * that matches Wikidata ids to the graph's nodes.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import { QID } from './wikidata-entities.js';

export const WIKIDATA_SOURCE = 'source:wikidata';

/** A node of the graph as a Wikidata id stands for it. */
export interface WikidataMatch {
  key: string;
  type: NodeType;
  name: string;
}

/** The graph's nodes by Wikidata id; `null` when two nodes claim the same id. */
export type WikidataIndex = Map<string, WikidataMatch | null>;

export function wikidataSourceNode(): GraphNode {
  return {
    key: WIKIDATA_SOURCE,
    type: 'Source',
    name: 'Wikidata',
    aliases: [],
    description: 'The free knowledge base of the Wikimedia movement; statements cited by their id.',
    props: {
      publisher: 'Wikimedia Foundation',
      licence: 'CC0 1.0 (Wikidata structured data)',
      url: 'https://www.wikidata.org/',
      kind: 'REFERENCE_DATA',
    },
    sources: [{ source: WIKIDATA_SOURCE }],
  };
}

/** Whether a text looks like Wikidata entity JSON (for choosing the format by content). */
export function looksLikeWikidata(text: string): boolean {
  const head = text.slice(0, 4_096);
  return (
    /^\s*[[{]/.test(head) && /"claims"\s*:/.test(text.slice(0, 200_000)) && /"Q[1-9]/.test(head)
  );
}

/** The Wikidata ids of the graph's actors and countries, from what the store lists. */
export function indexByWikidataId(nodes: Iterable<GraphNode>): WikidataIndex {
  const index: WikidataIndex = new Map();
  for (const node of nodes) {
    const qid = node.props.wikidataId;
    if (typeof qid !== 'string' || !QID.test(qid)) continue;
    index.set(qid, index.has(qid) ? null : { key: node.key, type: node.type, name: node.name });
  }
  return index;
}
