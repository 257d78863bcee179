/**
 * One reader for the whole-number settings in the environment: a variable's zod schema (more than
 * 0, or with `min: 0` also 0; its default when unset), and a group of settings read each from one
 * variable, their defaults taken from the group's defaults object.
 */
import { z } from 'zod';

/** A whole number from a variable: more than 0 (or, with `min: 0`, 0 or more), else `fallback`. */
export function envNumber(fallback: number, { min = 1 }: { min?: 0 | 1 } = {}) {
  const number = z.coerce.number().int();
  return (min === 0 ? number.min(0) : number.positive()).default(fallback);
}

/**
 * Settings (the keys of `defaults`), each read from its variable: `schema`, their entries of the
 * configuration's schema, and `read`, the settings from the parsed environment. Every setting
 * must be more than 0, but those named in `zeroAllowed`.
 */
export function envNumbers<Setting extends string, const Variables extends Record<Setting, string>>(
  defaults: Record<Setting, number>,
  variables: Variables,
  zeroAllowed: readonly NoInfer<Setting>[] = [],
) {
  type Variable = Variables[Setting];
  const settings = Object.keys(variables) as Setting[];
  const schema = Object.fromEntries(
    settings.map((setting) => [
      variables[setting],
      envNumber(defaults[setting], { min: zeroAllowed.includes(setting) ? 0 : 1 }),
    ]),
  ) as { [V in Variable]: ReturnType<typeof envNumber> };
  const read = (env: { [V in Variable]: number }): Record<Setting, number> =>
    Object.fromEntries(settings.map((setting) => [setting, env[variables[setting]]])) as Record<
      Setting,
      number
    >;
  return { schema, read };
}
