/**
 * NodeQuery's filters (membership, country, region, topics, name) as one test per node, read with the rules'
 * evaluator: what findNodes keeps and what the aggregates count.
 */
import type { NodeQuery } from '../../domain/queries.js';
import type { Semantics } from '../../domain/semantics/evaluator.js';
import { normalizeText } from '../../domain/text.js';

export type NodeFilter = Omit<NodeQuery, 'types' | 'keys' | 'orderBy' | 'direction'>;

/** A test of whether a node matches the filter; each filter's set is computed once. */
export function nodeFilter(
  semantics: Semantics,
  filter: NodeFilter,
  searchTextOf: (key: string) => string | undefined,
): (key: string) => boolean {
  const needle = filter.nameContains === undefined ? undefined : normalizeText(filter.nameContains);
  const region = filter.region;
  const closure = region === undefined ? undefined : semantics.regionClosure(region);
  const topicSets = (filter.topics ?? []).map((topic) => semantics.topicsOf(topic));
  return (key) => {
    if (needle !== undefined && !(searchTextOf(key) ?? '').includes(needle)) return false;
    if (filter.memberOf !== undefined && !semantics.isMemberOf(key, filter.memberOf)) return false;
    if (filter.country !== undefined && !semantics.isInCountry(key, filter.country)) return false;
    if (closure !== undefined && semantics.regionEvidence(key, region!, closure) === null)
      return false;
    return topicSets.every((topics) => semantics.worksOn(key, topics));
  };
}
