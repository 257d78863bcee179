/**
 * The Neo4j store's answers to the network questions (GraphStore.shortestPaths, .neighbourhood,
 * .aggregate, .counts): one statement each (cypher/network/, cypher/aggregates/), so the search, the
 * ordering, the cut and the counting happen in Neo4j and only the answer crosses the wire. The
 * embedded store's compositions (src/store/memory/network-answers.ts) are the reference; the
 * contract suite and test/neo4j/ hold the two to the same answers.
 */
import neo4j from 'neo4j-driver';
import type { GraphEdge } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  comparePaths,
  SDG_GOALS,
  type AggregateBucket,
  type AggregateQuery,
  type GraphPath,
  type Neighbourhood,
  type NeighbourhoodQuery,
  type ShortestPathQuery,
} from '../../domain/network-queries.js';
import { NODE_TYPES } from '../../domain/node-types.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationship-types.js';
import { normalizeText } from '../../domain/text.js';
import { yearOf } from '../../domain/time.js';
import { compareKeys } from '../../domain/key-lists.js';
import type { CallOptions } from '../call-options.js';
import type { GraphCounts } from '../graph-store.js';
import { onlyRecord } from './query-results.js';
import { fromEdgeProperties, type StoredProperties } from './records.js';
import { listColumn } from './rows.js';
import type { Neo4jContext } from './sessions.js';

/**
 * Text Neo4j may order unlike JavaScript: a character from U+E000 up (supplementary ones
 * included). Stored strings compare by code point, JavaScript by UTF-16 code unit; the two
 * agree unless such a character is involved (sortable-text.ts).
 */
const UNSAFE_TEXT = '(?s).*[\\x{E000}-\\x{10FFFF}].*';

interface RawRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties: StoredProperties;
}

interface RawPath {
  nodes: string[];
  steps: (RawRelationship & { direction: 'OUT' | 'IN' })[];
}

function typesOrAll(types: RelationshipType[] | undefined): RelationshipType[] {
  return types && types.length > 0 ? [...new Set(types)] : [...RELATIONSHIP_TYPES];
}

function toEdge(raw: RawRelationship): GraphEdge {
  return fromEdgeProperties(raw.type, raw.from, raw.to, raw.properties);
}

export async function neo4jShortestPaths(
  db: Neo4jContext,
  query: ShortestPathQuery,
  options?: CallOptions,
): Promise<GraphPath[]> {
  if (query.from === query.to) return [{ nodes: [query.from], steps: [] }];
  if (query.maxHops < 1 || query.k < 1) return [];
  const records = await db.read(
    db.cypher.shortestPathsFor(query.maxHops),
    {
      from: query.from,
      to: query.to,
      types: typesOrAll(query.types),
      first: neo4j.int(query.k),
      unsafeText: UNSAFE_TEXT,
    },
    options,
  );
  const record = onlyRecord(records, 'shortestPaths');
  const paths = listColumn<RawPath>(record, 'paths').map((raw): GraphPath => ({
    nodes: raw.nodes,
    steps: raw.steps.map((step) => ({ edge: toEdge(step), direction: step.direction })),
  }));
  // Already in order and cut, unless a relationship key could order differently in Neo4j.
  return paths.sort(comparePaths).slice(0, query.k);
}

export async function neo4jNeighbourhood(
  db: Neo4jContext,
  query: NeighbourhoodQuery,
  options?: CallOptions,
): Promise<Neighbourhood> {
  const records = await db.read(
    db.cypher.statements.neighbourhood,
    {
      keys: [...new Set(query.keys)],
      depth: neo4j.int(Math.max(query.depth, 0)),
      types: typesOrAll(query.types),
      limit: neo4j.int(Math.max(query.limit, 0)),
    },
    options,
  );
  const record = onlyRecord(records, 'neighbourhood');
  const rings = listColumn<string[]>(record, 'rings');
  return {
    nodes: rings.flatMap((ring, distance) => ring.map((key) => ({ key, distance }))),
    edges: listColumn<RawRelationship>(record, 'edges')
      .map(toEdge)
      .sort((a, b) => compareKeys(a.key, b.key)),
    truncated: record.get('truncated') as boolean,
  };
}

export async function neo4jAggregate(
  db: Neo4jContext,
  query: AggregateQuery,
  options?: CallOptions,
): Promise<AggregateBucket[]> {
  const { filter, groupBy } = query;
  const inputs = {
    types: query.types ?? [...NODE_TYPES],
    needle: filter.nameContains === undefined ? null : normalizeText(filter.nameContains),
    country: filter.country ?? null,
    region: filter.region ?? null,
    topics: filter.topics ?? [],
    memberOf: filter.memberOf ?? null,
    memberships: query.count === 'MEMBERSHIPS',
    groupBy,
  };
  const byTopic = groupBy === 'THEME' || groupBy === 'SDG';
  const records = byTopic
    ? await db.read(
        db.cypher.statements.countByTopic,
        {
          ...inputs,
          goals: [...SDG_GOALS],
          // No filter and items counted: each group counts its items in place.
          unfiltered:
            inputs.needle === null &&
            inputs.country === null &&
            inputs.region === null &&
            inputs.topics.length === 0 &&
            inputs.memberOf === null &&
            !inputs.memberships,
        },
        options,
      )
    : await db.read(db.cypher.statements.countByGroup, inputs, options);
  const counts = new Map<string, number>();
  for (const record of records) {
    const raw: unknown = record.get('group');
    // YEAR rows carry the raw start value (time-rules.ts): the year is read from it with yearOf.
    const group = groupBy === 'YEAR' ? yearOf(raw) : (raw as string);
    if (group === undefined) continue;
    const key = String(group);
    counts.set(key, (counts.get(key) ?? 0) + (record.get('count') as number));
  }
  return [...counts]
    .map(([group, count]) => ({ group, count }))
    .filter((bucket) => bucket.count > 0)
    .sort(byCountThenGroup);
}

/** Nodes and relationships by type (counts.cypher), types without any left out. */
export async function neo4jCounts(db: Neo4jContext, options?: CallOptions): Promise<GraphCounts> {
  const records = await db.read(db.cypher.statements.counts, {}, options);
  const rows = records
    .map((record) => ({
      kind: record.get('kind') as string,
      type: record.get('type') as string,
      count: record.get('count') as number,
    }))
    .filter((row) => row.count > 0)
    .sort((a, b) => compareKeys(a.type, b.type));
  const byKind = (kind: string) =>
    Object.fromEntries(rows.filter((row) => row.kind === kind).map((row) => [row.type, row.count]));
  return { nodesByType: byKind('node'), relationshipsByType: byKind('relationship') };
}
