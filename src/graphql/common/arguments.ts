/** Checks of the arguments that name nodes, shared by the resolvers: before anything is asked of the store. */
import { badInput } from '../../domain/errors.js';
import type { NodeType } from '../../domain/node-types.js';
import type { ApiContext } from '../context.js';

/** Rejects ids that cannot be keys before asking the store. */
export function checkKey(id: string, argument = 'id'): string {
  const key = id.trim();
  if (key.length === 0 || key.length > 200) {
    throw badInput(
      `"${argument}" must be a node key such as "anci" or "istat:048017"; got "${id}".`,
      { argument },
    );
  }
  return key;
}

/** Checks that each given argument names a node of an accepted type, in one batched lookup. */
export async function checkArguments(
  ctx: ApiContext,
  checks: [string, string | undefined, (t: NodeType) => boolean, string][],
) {
  const given = checks.filter(([, value]) => value !== undefined);
  const nodes = await ctx.loaders.node.loadMany(given.map(([, value]) => value!));
  given.forEach(([argument, value, accepts, what], i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    if (!node || !accepts(node.type))
      throw badInput(`"${argument}": "${value}" is not ${what}.`, { argument, value });
  });
}
