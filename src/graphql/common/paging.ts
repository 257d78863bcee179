/** Checks page arguments against the limits and shapes store pages into Relay connections. */
import { badInput } from '../../domain/errors.js';
import type { Page, PageRequest } from '../../domain/pagination.js';
import type { ApiLimits } from '../../config/api-limits.js';
import type { ConnectionShape, PageArgs } from './connection.js';

export function pageRequest(args: PageArgs, limits: ApiLimits): PageRequest {
  const first = args.first ?? limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxPageSize) {
    throw badInput(`"first" must be an integer from 0 to ${limits.maxPageSize}; got ${first}.`, {
      argument: 'first',
      max: limits.maxPageSize,
    });
  }
  return args.after === undefined || args.after === null ? { first } : { first, after: args.after };
}

export function toConnection<T, N>(page: Page<T>, toNode: (value: T) => N): ConnectionShape<N> {
  const edges = page.items.map((item) => ({ cursor: item.cursor, node: toNode(item.value) }));
  const [first, last] = [edges[0], edges.at(-1)];
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      ...(first && last ? { startCursor: first.cursor, endCursor: last.cursor } : {}),
    },
  };
}
