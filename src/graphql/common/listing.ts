/** Filtered, ordered, paged lists of nodes (`actors`, `projects`, `countries`…) and their filter checks. */
import { Field, InputType } from 'type-graphql';
import { badInput, notFound } from '../../domain/errors.js';
import type { GraphNode } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import type { NodeQuery } from '../../domain/queries.js';
import { RELATIONSHIP_ENDPOINTS } from '../../domain/relationship-types.js';
import type { ApiContext } from '../context.js';
import type { PageArgs } from './connection.js';
import { NodeOrderField, SortDirection } from './enums.js';
import type { NodeInterface } from './node.interface.js';
import { pageRequest, toConnection } from './paging.js';
import { toView } from './views.js';

@InputType({ description: 'Order of a list: by NAME (default) or KEY, then by key.' })
export class NodeOrder {
  @Field(() => NodeOrderField, { defaultValue: NodeOrderField.NAME })
  field!: NodeOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

/** The filters a list may take; each list's input type exposes the ones that make sense for it. */
export interface ListFilter {
  country?: string | null;
  region?: string | null;
  theme?: string | null;
  sdg?: string | null;
  memberOf?: string | null;
  name?: string | null;
}

/** Checks each filter key names a node of the right type; one batched lookup. */
export async function checkFilterKeys(ctx: ApiContext, filter: ListFilter): Promise<void> {
  const expected: [keyof ListFilter, NodeType[]][] = [
    ['country', ['Country']],
    ['region', ['Region']],
    ['theme', ['Theme']],
    ['sdg', ['Sdg']],
    // What MEMBER_OF may point to (RELATIONSHIP_ENDPOINTS).
    ['memberOf', [...RELATIONSHIP_ENDPOINTS.MEMBER_OF.to]],
  ];
  const given = expected.filter(([field]) => filter[field] !== undefined && filter[field] !== null);
  const nodes = await ctx.loaders.node.loadMany(given.map(([field]) => String(filter[field])));
  given.forEach(([field, types], i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    if (!node || !types.includes(node.type)) {
      throw badInput(`filter.${field}: "${filter[field]}" is not a ${types.join(' or ')} key.`, {
        argument: `filter.${field}`,
        value: filter[field],
      });
    }
  });
  if (filter.name !== undefined && filter.name !== null && filter.name.trim().length === 0) {
    throw badInput('filter.name must not be blank.', { argument: 'filter.name' });
  }
}

export async function listNodes<T extends NodeInterface>(
  ctx: ApiContext,
  types: NodeType[],
  filter: ListFilter | undefined,
  order: NodeOrder | undefined,
  args: PageArgs,
) {
  const request = pageRequest(args, ctx.limits);
  const f = filter ?? {};
  await checkFilterKeys(ctx, f);
  const query: NodeQuery = {
    types,
    orderBy: order?.field ?? NodeOrderField.NAME,
    direction: order?.direction ?? SortDirection.ASC,
  };
  if (f.country) query.country = f.country;
  if (f.region) query.region = f.region;
  const topics = [f.theme, f.sdg].filter((t): t is string => typeof t === 'string');
  if (topics.length > 0) query.topics = topics;
  if (f.name) query.nameContains = f.name;
  if (f.memberOf) query.memberOf = f.memberOf;
  const page = await ctx.store.findNodes(query, request);
  for (const item of page.items) ctx.loaders.node.prime(item.value.key, item.value);
  return toConnection(page, (node) => toView(node) as T);
}

/** One node by key that must exist and be of one of the types, for `actor(id:)`, `project(id:)`… */
export async function getTyped<T extends NodeInterface>(
  ctx: ApiContext,
  id: string,
  types: readonly NodeType[],
  what: string,
): Promise<T> {
  const node: GraphNode | null = await ctx.loaders.node.load(id);
  if (!node || !types.includes(node.type)) {
    throw notFound(`No ${what} has the id "${id}".`, { id });
  }
  return toView(node) as T;
}
