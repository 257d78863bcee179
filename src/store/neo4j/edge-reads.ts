/**
 * The Neo4j store's reads of a node's relationships: all of some types (get-edges.cypher) or a
 * page of them with their other ends (get-edge-pages.cypher, many specs at once), for many nodes
 * in one round trip.
 */
import { compareKeys } from '../../domain/key-lists.js';
import neo4j from 'neo4j-driver';
import {
  edgePosition,
  emptyEdgePage,
  type EdgePageItem,
  type EdgePageRequest,
} from '../../domain/edge-pages.js';
import type { EdgeView } from '../../domain/graph-records.js';
import type { Page } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { CallOptions } from '../call-options.js';
import { pageFromRecord, pageParams, unique } from './query-results.js';
import { fromEdgeProperties, fromNodeProperties, type StoredProperties } from './records.js';
import { listColumn, numberColumn, textColumn } from './rows.js';
import type { Neo4jContext } from './sessions.js';

export async function getEdges(
  db: Neo4jContext,
  keys: readonly string[],
  spec: EdgeSpec,
  options?: CallOptions,
): Promise<EdgeView[][]> {
  if (keys.length === 0) return [];
  if (spec.types.length === 0) return keys.map(() => []);
  const records = await db.read(
    db.cypher.statements.getEdges,
    { keys: unique(keys), types: unique(spec.types), direction: spec.direction },
    options,
  );
  const byKey = new Map<string, EdgeView[]>();
  for (const record of records) {
    const key = textColumn(record, 'key');
    const views = listColumn<RawEdgeView>(record, 'views').map((view) => toEdgeView(key, view));
    views.sort(
      (a, b) =>
        compareKeys(a.edge.type, b.edge.type) ||
        compareKeys(a.otherKey, b.otherKey) ||
        compareKeys(a.edge.key, b.edge.key),
    );
    byKey.set(key, views);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

export async function getEdgePages(
  db: Neo4jContext,
  requests: readonly EdgePageRequest[],
  options?: CallOptions,
): Promise<Page<EdgePageItem>[][]> {
  // Every cursor is read first: a bad one fails the call before anything is asked.
  const params = requests.map((request) => pageParams(request.page));
  const asked = requests.flatMap((request, index) =>
    request.keys.length > 0 && request.spec.types.length > 0 ? [index] : [],
  );
  const pages = new Map<string, Page<EdgePageItem>>(); // by JSON [request index, key]
  if (asked.length > 0) {
    const records = await db.read(
      db.cypher.statements.getEdgePages,
      {
        first: neo4j.int(Math.max(...asked.map((index) => requests[index]!.page.first))),
        requests: asked.map((index) => {
          const { keys, spec } = requests[index]!;
          return {
            keys: unique(keys),
            types: unique(spec.types),
            direction: spec.direction,
            otherTypes: spec.otherTypes === undefined ? null : unique(spec.otherTypes),
            ...params[index],
          };
        }),
      },
      options,
    );
    for (const record of records) {
      const index = asked[numberColumn(record, 'request')]!;
      const key = textColumn(record, 'key');
      const items = listColumn<RawEdgePageItem>(record, 'page').map((raw): EdgePageItem => ({
        ...toEdgeView(key, raw),
        other: fromNodeProperties(raw.other),
      }));
      pages.set(
        JSON.stringify([index, key]),
        pageFromRecord(record, items, edgePosition, requests[index]!.page),
      );
    }
  }
  return requests.map(({ keys }, index) =>
    keys.map((key) => pages.get(JSON.stringify([index, key])) ?? emptyEdgePage<EdgePageItem>()),
  );
}

interface RawEdgeView {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  otherKey: string;
  properties: StoredProperties;
}

interface RawEdgePageItem extends RawEdgeView {
  other: StoredProperties;
}

/** A relationship as get-edges / get-edge-pages return it, seen from the node `key`. */
function toEdgeView(key: string, view: RawEdgeView): EdgeView {
  const [from, to] = view.direction === 'OUT' ? [key, view.otherKey] : [view.otherKey, key];
  return {
    edge: fromEdgeProperties(view.type, from, to, view.properties),
    otherKey: view.otherKey,
    direction: view.direction,
  };
}
