/**
 * `asOf` for answers computed by the stores without time (partners, paths, neighbourhoods): the
 * relationships and nodes they rest on are fetched in one batched call each and checked with the
 * domain's rule (`edgeStoodAt`), so every store applies time identically.
 */
import type { EdgeView, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { edgeStoodAt, nodeStart } from '../../domain/semantics/time-rules.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { PartnerWithPartnerships } from './partner-list.js';

async function nodesByKey(
  store: GraphStore,
  keys: Iterable<string>,
): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(keys)];
  const nodes = await store.getNodes(unique);
  return new Map(nodes.filter((n): n is GraphNode => n !== null).map((n) => [n.key, n]));
}

/**
 * Partner hits as they stood on `asOf`: a partnership link counts only when every relationship
 * carrying it stood then; a partner with no link left goes; an actor with no partner, or (when a
 * topic was asked) no project evidence left, goes.
 */
export async function partnerHitsAsOf(
  store: GraphStore,
  hits: PartnerWithPartnerships[],
  asOf: string,
  topicAsked: boolean,
): Promise<PartnerWithPartnerships[]> {
  const edgeKeys = new Set<string>();
  const nodeKeys = new Set<string>();
  for (const hit of hits) {
    nodeKeys.add(hit.actorKey);
    for (const e of hit.topicEvidence) nodeKeys.add(e.nodeKey);
    for (const p of hit.partnerships) {
      nodeKeys.add(p.partnerKey);
      for (const via of p.via) {
        nodeKeys.add(via.nodeKey);
        for (const k of via.edgeKeys) edgeKeys.add(k);
      }
    }
  }
  const keys = [...edgeKeys];
  const edges = new Map(
    (await store.getRelationships(keys))
      .filter((e): e is GraphEdge => e !== null)
      .map((e) => [e.key, e]),
  );
  const nodes = await nodesByKey(store, nodeKeys);
  const stood = (key: string) => {
    const edge = edges.get(key);
    return (
      edge !== undefined && edgeStoodAt(edge, [nodes.get(edge.from), nodes.get(edge.to)], asOf)
    );
  };
  const result: PartnerWithPartnerships[] = [];
  for (const hit of hits) {
    const topicEvidence = hit.topicEvidence.filter((e) => {
      if (e.kind !== 'PROJECT') return true;
      const start = nodes.get(e.nodeKey) ? nodeStart(nodes.get(e.nodeKey)!) : undefined;
      return start === undefined || start <= asOf;
    });
    if (topicAsked && topicEvidence.length === 0) continue;
    const partnerships = hit.partnerships
      .map((p) => ({ ...p, via: p.via.filter((via) => via.edgeKeys.every(stood)) }))
      .filter((p) => p.via.length > 0);
    if (partnerships.length === 0) continue;
    result.push({ ...hit, topicEvidence, partnerships, partnerCount: partnerships.length });
  }
  return result;
}

/**
 * Keeps, per key, the relationships that stood on `asOf` (one batched node lookup); `views[i]`
 * holds the relationships of `keys[i]`.
 */
export async function edgeViewsAsOf(
  store: GraphStore,
  keys: string[],
  views: EdgeView[][],
  asOf: string,
): Promise<EdgeView[][]> {
  const nodes = await nodesByKey(store, [...keys, ...views.flat().map((v) => v.otherKey)]);
  return views.map((list, i) =>
    list.filter((v) => edgeStoodAt(v.edge, [nodes.get(keys[i]!), nodes.get(v.otherKey)], asOf)),
  );
}
