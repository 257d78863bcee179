/**
 * Relationship fields (an actor's agreements, a project's participants…): load the node's
 * relationships through the per-request loader, keep those whose other end has an accepted type,
 * page them, then load the other ends — two batched round trips per field and level.
 */
import type { EdgeView } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import { paginate } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import type { ApiContext } from '../context.js';
import type { RelationArgs } from './connection.js';
import { edgeStoodAt, parseAsOf } from '../../domain/time.js';
import { Direction } from './enums.js';
import type { NodeInterface } from './node.interface.js';
import { pageRequest, toConnection } from './paging.js';
import type { RelationshipView } from './provenance.type.js';
import { toRelationshipView, toView } from './views.js';

export interface RelationEdgeShape {
  cursor: string;
  node: NodeInterface;
  relationship: RelationshipView;
}

/** Other-end node types to keep (all when omitted). */
export type NodeTypeFilter = readonly NodeType[] | undefined;

export async function loadRelated(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  accept?: NodeTypeFilter,
): Promise<{ view: EdgeView; node: NodeInterface }[]> {
  const views = await ctx.loaders.edges(spec).load(key);
  const nodes = await ctx.loaders.node.loadMany(views.map((v) => v.otherKey));
  const result: { view: EdgeView; node: NodeInterface }[] = [];
  views.forEach((view, i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    if (node && (!accept || accept.includes(node.type))) result.push({ view, node: toView(node) });
  });
  return result;
}

export async function relationConnection(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  args: RelationArgs,
  accept?: NodeTypeFilter,
) {
  const request = pageRequest(args, ctx.limits);
  const asOf = args.asOf ? parseAsOf(args.asOf) : undefined;
  const views = await ctx.loaders.edges(spec).load(key);
  // Page first on the relationships alone, so only the page's nodes are loaded — unless a type
  // filter or a date needs the nodes to decide what is in the list.
  let kept = views;
  if (accept || asOf) {
    const [self, ...nodes] = await ctx.loaders.node.loadMany([
      key,
      ...views.map((v) => v.otherKey),
    ]);
    kept = views.filter((v, i) => {
      const node = nodes[i];
      if (node instanceof Error || node === null) return false;
      if (accept && !accept.includes(node.type)) return false;
      return !asOf || edgeStoodAt(v.edge, [self instanceof Error ? null : self, node], asOf);
    });
  }
  const page = paginate(
    kept,
    (v) => ({ sort: `${v.edge.type}\u0000${v.otherKey}`, key: v.edge.key }),
    request,
  );
  const nodes = await ctx.loaders.node.loadMany(page.items.map((item) => item.value.otherKey));
  const connection = toConnection(page, (v) => v);
  return {
    ...connection,
    edges: connection.edges.flatMap((edge, i): RelationEdgeShape[] => {
      const node = nodes[i];
      if (node instanceof Error) throw node;
      if (!node) return []; // a relationship to a node deleted meanwhile
      return [
        {
          cursor: edge.cursor,
          node: toView(node),
          relationship: toRelationshipView(edge.node.edge, edge.node.direction as Direction),
        },
      ];
    }),
  };
}

/** The first related node of an accepted type, or null (a municipality's country, a target's goal). */
export async function firstRelated(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  accept: NodeTypeFilter,
) {
  const related = await loadRelated(ctx, key, spec, accept);
  return related[0]?.node ?? null;
}
