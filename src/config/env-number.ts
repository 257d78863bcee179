/**
 * One reader for the whole-number settings in the environment: a variable's zod schema (more than
 * 0, or with `min: 0` also 0; its default when unset), and a group of settings each read from one
 * variable, so a module names each setting's variable and default once.
 */
import { z } from 'zod';

/** A whole number from a variable: more than 0 (or, with `min: 0`, 0 or more), else `fallback`. */
export function envNumber(fallback: number, { min = 1 }: { min?: 0 | 1 } = {}) {
  const number = z.coerce.number().int();
  return (min === 0 ? number.min(0) : number.positive()).default(fallback);
}

interface Setting {
  variable: string;
  fallback: number;
  min?: 0 | 1;
}

type VariableOf<G extends Record<string, Setting>> = G[keyof G]['variable'];

/**
 * Settings each read from one variable: `schema`, their entries of the configuration's schema, and
 * `read`, the settings from the parsed environment.
 */
export function envNumbers<const G extends Record<string, Setting>>(settings: G) {
  const entries = Object.entries(settings) as [keyof G & string, Setting][];
  const schema = Object.fromEntries(
    entries.map(([, { variable, fallback, min }]) => [variable, envNumber(fallback, { min })]),
  ) as { [V in VariableOf<G>]: ReturnType<typeof envNumber> };
  const read = (env: { [V in VariableOf<G>]: number }): { [K in keyof G]: number } =>
    Object.fromEntries(
      entries.map(([name, { variable }]) => [name, env[variable as VariableOf<G>]]),
    ) as { [K in keyof G]: number };
  return { schema, read };
}
