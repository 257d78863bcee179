/**
 * The Neo4j store's reads of nodes and relationships by key, of node lists (find-nodes.cypher)
 * and of full-text search candidates (search-nodes.cypher), each one round trip.
 */
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { NODE_TYPES } from '../../domain/node-types.js';
import type { Page, PageRequest, Position } from '../../domain/pagination.js';
import type { NodeQuery } from '../../domain/queries.js';
import { searchPage, type SearchHit, type SearchQuery } from '../../domain/search.js';
import { normalizeText } from '../../domain/text.js';
import type { CallOptions } from '../call-options.js';
import { onlyRecord, pageFromRecord, pageParams, unique } from './query-results.js';
import { edgeFromRecord, fromNodeProperties, type StoredProperties } from './records.js';
import { listColumn, propertiesColumn, textColumn } from './rows.js';
import { luceneQueriesFor } from './search-index.js';
import type { Neo4jContext } from './sessions.js';

export async function getNodes(
  db: Neo4jContext,
  keys: readonly string[],
  options?: CallOptions,
): Promise<(GraphNode | null)[]> {
  if (keys.length === 0) return [];
  const records = await db.read(db.cypher.statements.getNodes, { keys: unique(keys) }, options);
  const byKey = new Map<string, GraphNode>();
  for (const record of records) {
    byKey.set(
      textColumn(record, 'key'),
      fromNodeProperties(propertiesColumn(record, 'properties')),
    );
  }
  return keys.map((key) => byKey.get(key) ?? null);
}

export async function getRelationships(
  db: Neo4jContext,
  keys: readonly string[],
  options?: CallOptions,
): Promise<(GraphEdge | null)[]> {
  if (keys.length === 0) return [];
  const records = await db.read(
    db.cypher.statements.getRelationships,
    { keys: unique(keys) },
    options,
  );
  const byKey = new Map<string, GraphEdge>();
  for (const record of records) byKey.set(textColumn(record, 'key'), edgeFromRecord(record));
  return keys.map((key) => byKey.get(key) ?? null);
}

export async function findNodes(
  db: Neo4jContext,
  query: NodeQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<GraphNode>> {
  const records = await db.read(
    db.cypher.statements.findNodes,
    {
      types: query.types ?? [...NODE_TYPES],
      keys: query.keys === undefined ? null : [...new Set(query.keys)],
      needle: query.nameContains === undefined ? null : normalizeText(query.nameContains),
      country: query.country ?? null,
      region: query.region ?? null,
      topics: query.topics ?? [],
      memberOf: query.memberOf ?? null,
      orderBy: query.orderBy,
      descending: query.direction === 'DESC',
      ...pageParams(page),
    },
    options,
  );
  const record = onlyRecord(records, 'findNodes');
  const nodes = listColumn<StoredProperties>(record, 'page').map(fromNodeProperties);
  const positionOf = (node: GraphNode): Position => ({
    sort: query.orderBy === 'NAME' ? node.name : node.key,
    key: node.key,
  });
  return pageFromRecord(record, nodes, positionOf, page);
}

export async function search(
  db: Neo4jContext,
  query: SearchQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<SearchHit>> {
  const clauses = luceneQueriesFor(query.text);
  const records =
    clauses.length === 0
      ? []
      : await db.read(
          db.cypher.statements.searchNodes,
          {
            clauses,
            types: query.types && query.types.length > 0 ? unique(query.types) : [...NODE_TYPES],
          },
          options,
        );
  const candidates = records.map((record) =>
    fromNodeProperties(propertiesColumn(record, 'properties')),
  );
  return searchPage(query, candidates, page);
}
