/** Checks of the network questions' arguments, before anything is asked of the store. */
import { badInput } from '../../domain/errors.js';
import { checkKey } from '../common/arguments.js';
import type { ApiContext } from '../context.js';

/** The `asOf` argument every network question takes. */
export const AS_OF_OPTIONS = {
  nullable: true,
  description: 'As the network stood on this date (YYYY, YYYY-MM or YYYY-MM-DD).',
};

/** The argument that restricts a walk to some relationship types. */
export const ONLY_TYPES_OPTIONS = {
  nullable: true,
  description: 'Only these relationship types (all when omitted).',
};

export function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${argument}" must be an integer from ${min} to ${max}; got ${value}.`, {
      argument,
      min,
      max,
    });
  }
}

async function mustExist(ctx: ApiContext, argument: string, keys: string[]): Promise<void> {
  const nodes = await ctx.loaders.node.loadMany(keys);
  nodes.forEach((node, i) => {
    if (node instanceof Error) throw node;
    if (!node)
      throw badInput(`"${argument}": no node has the id "${keys[i]}".`, {
        argument,
        value: keys[i],
      });
  });
}

/**
 * Runs `work` beside the check that every key names a node (mustExist), not after it: one store
 * round trip less on the way. A question about a node that does not exist costs what one about
 * a node that does costs, and is refused the same (the check's refusal comes first).
 */
export async function besideExistenceCheck<T>(
  ctx: ApiContext,
  argument: string,
  keys: string[],
  work: () => Promise<T>,
): Promise<T> {
  const [checked, done] = await Promise.allSettled([mustExist(ctx, argument, keys), work()]);
  if (checked.status === 'rejected') throw checked.reason;
  if (done.status === 'rejected') throw done.reason;
  return done.value;
}

/** The partnership network's filters: `inRegion` must be a region, `workingOn` a theme or SDG. */
export async function checkFilters(ctx: ApiContext, inRegion?: string, workingOn?: string) {
  const checks: [string, string | undefined, (t: string) => boolean, string][] = [
    ['inRegion', inRegion, (t) => t === 'Region', 'a region'],
    ['workingOn', workingOn, (t) => t === 'Theme' || t === 'Sdg', 'a theme or SDG'],
  ];
  for (const [argument, value, accepts, what] of checks) {
    if (value === undefined) continue;
    const node = await ctx.loaders.node.load(checkKey(value, argument));
    if (!node || !accepts(node.type))
      throw badInput(`"${argument}": "${value}" is not ${what}.`, { argument, value });
  }
  return { ...(inRegion ? { inRegion } : {}), ...(workingOn ? { workingOn } : {}) };
}
