/**
 * Relationship fields (an actor's agreements, a project's participants…): the store pages them —
 * one batched `getEdgePages` for every such field of a level, which counts, filters by the other
 * end's type, cuts the page where the data is and reads the page's other ends with it: one round
 * trip per level, whatever the fields and the size of the lists (src/graphql/edge-page-loader.ts).
 * `asOf` pages in Node (src/app/relationships-as-of.ts).
 */
import type { EdgePageItem } from '../../domain/edge-pages.js';
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
      : await ctx.loaders.edgePages.load({
          key,
          spec: accept ? { ...spec, otherTypes: accept } : spec,
          page: request,
        });
  const connection = toConnection(page, (item) => item);
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node: item }): RelationEdgeShape => ({
      cursor,
      node: toView(item.other),
      relationship: toRelationshipView(item.edge, item.direction as Direction),
    })),
  };
}

/**
 * A relationship field `asOf` a date (src/app/relationships-as-of.ts), through this request's
 * loaders: the node's whole list and every other end, kept by the time rules, paged in Node.
 */
async function pageAsOf(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  request: PageRequest,
  asOf: string,
  accept: NodeTypeFilter,
): Promise<Page<EdgePageItem>> {
  const nodes = async (keys: readonly string[]) =>
    (await ctx.loaders.node.loadMany(keys)).map((n) => (n instanceof Error ? null : n));
  const page = await relationshipPageAsOf(
    { relationships: (k) => ctx.loaders.edges(spec).load(k), nodes },
    key,
    request,
    asOf,
    accept,
  );
  // The other ends were read for the time rules: these come from the loader's cache.
  const others = await nodes(page.items.map((item) => item.value.otherKey));
  return {
    ...page,
    items: page.items.flatMap(({ cursor, value }, i) => {
      const other = others[i];
      return other ? [{ cursor, value: { ...value, other } }] : []; // deleted meanwhile
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
