/**
 * The Neo4j store's reads of a node's relationships: all of some types (get-edges.cypher) or a
 * page of them (get-edge-pages.cypher), for many nodes in one round trip.
 */
import { compareKeys } from '../../domain/key-lists.js';
import { edgePosition, emptyEdgePage, type EdgePageSpec } from '../../domain/edge-pages.js';
import type { EdgeView } from '../../domain/graph-records.js';
import type { Page, PageRequest } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { CallOptions } from '../call-options.js';
import { pageFromRecord, pageParams, unique } from './query-results.js';
import { fromEdgeProperties, type StoredProperties } from './records.js';
import { listColumn, textColumn } from './rows.js';
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
  keys: readonly string[],
  spec: EdgePageSpec,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<EdgeView>[]> {
  if (keys.length === 0) return [];
  const params = pageParams(page); // a bad cursor fails before the empty answer below
  if (spec.types.length === 0) return keys.map(emptyEdgePage);
  const records = await db.read(
    db.cypher.statements.getEdgePages,
    {
      keys: unique(keys),
      types: unique(spec.types),
      direction: spec.direction,
      otherTypes: spec.otherTypes === undefined ? null : unique(spec.otherTypes),
      ...params,
    },
    options,
  );
  const byKey = new Map<string, Page<EdgeView>>();
  for (const record of records) {
    const key = textColumn(record, 'key');
    const views = listColumn<RawEdgeView>(record, 'page').map((view) => toEdgeView(key, view));
    byKey.set(key, pageFromRecord(record, views, edgePosition, page));
  }
  return keys.map((key) => byKey.get(key) ?? emptyEdgePage());
}

interface RawEdgeView {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  otherKey: string;
  properties: StoredProperties;
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
