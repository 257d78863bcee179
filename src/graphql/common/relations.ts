/**
 * Relationship fields (an actor's agreements, a project's participants…): the store pages them —
 * one batched `getEdgePages` per field and level, which counts, filters by the other end's type
 * and cuts the page where the data is — then the page's other ends are loaded: two batched round
 * trips per field and level, whatever the size of the lists. `asOf` pages in Node
 * (src/app/relationships-as-of.ts).
 */
import type { EdgeView } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import type { Page, PageRequest } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import type { ApiContext } from '../context.js';
import type { RelationArgs } from './connection.js';
import { relationshipPageAsOf } from '../../app/relationships-as-of.js';
import { parseAsOf } from '../../domain/time.js';
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

/**
 * Every related node of an accepted type, with its relationship: the whole list and every other
 * end. Used only through firstRelated, on lists of one or two relationships (an actor's
 * LOCATED_IN); there the whole-list loader is the cheaper choice: the country, municipality and
 * the municipality's country fields share one `getEdges` call per level, where pages filtered by
 * type would cost one call per accepted type.
 */
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
  const page =
    asOf !== undefined
      ? await pageAsOf(ctx, key, spec, request, asOf, accept)
      : await ctx.loaders
          .edgePages(accept ? { ...spec, otherTypes: accept } : spec, request)
          .load(key);
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

/**
 * A relationship field `asOf` a date (src/app/relationships-as-of.ts), through this request's
 * loaders: the node's whole list and every other end, kept by the time rules, paged in Node.
 */
function pageAsOf(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  request: PageRequest,
  asOf: string,
  accept: NodeTypeFilter,
): Promise<Page<EdgeView>> {
  return relationshipPageAsOf(
    {
      relationships: (k) => ctx.loaders.edges(spec).load(k),
      nodes: async (keys) =>
        (await ctx.loaders.node.loadMany(keys)).map((n) => (n instanceof Error ? null : n)),
    },
    key,
    request,
    asOf,
    accept,
  );
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
