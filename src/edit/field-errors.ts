/**
 * Per-field input errors: one BAD_USER_INPUT naming every field that is wrong, so a form can show
 * them all at once (`extensions.fields: [{ field: "input.dateSigned", message }]`).
 */
import type { z } from 'zod';
import { badInput, type DiplomapError } from '../domain/errors.js';

export interface FieldError {
  field: string;
  message: string;
}

export function fieldErrors(errors: FieldError[]): DiplomapError {
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return badInput(`Invalid input — ${summary}`, { fields: errors });
}

/** Parses with a zod schema; on failure throws the fields at fault, under `prefix`. */
export function parseFields<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw fieldErrors(parsed.error.issues.map((issue) => toFieldError(issue, prefix)));
}

function toFieldError(issue: z.core.$ZodIssue, prefix: string): FieldError {
  const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
  if (issue.code === 'unrecognized_keys')
    return { field: path, message: `unknown field(s): ${issue.keys.join(', ')}` };
  return { field: path, message: issue.message };
}
