/**
 * The shape of a recorded change (ChangeRecord in changes.ts) as a zod schema, for reading records
 * back from storage: a record that does not fit is named with what is wrong, rather than failing
 * later somewhere in the replay. Fields this version does not know are kept.
 */
import { z } from 'zod';
import type { ChangeRecord } from './changes.js';
import { NODE_TYPES } from './node-types.js';
import { RELATIONSHIP_TYPES } from './relationship-types.js';

const text = z.string();
const key = z.string().min(1);
const props = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const provenance = z.looseObject({
  source: key,
  quote: text.optional(),
  note: text.optional(),
});
const node = z.looseObject({
  key,
  type: z.enum(NODE_TYPES),
  name: text,
  aliases: z.array(text),
  description: text.optional(),
  props,
  sources: z.array(provenance),
});
const edge = z.looseObject({
  key,
  type: z.enum(RELATIONSHIP_TYPES),
  from: key,
  to: key,
  props,
  sources: z.array(provenance),
});
const keys = z.array(key);

export const changeRecordSchema = z.looseObject({
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  operation: text,
  by: text,
  source: provenance,
  summary: text,
  changes: z.looseObject({
    putNodes: z.array(node),
    deleteNodes: keys,
    putEdges: z.array(edge),
    deleteEdges: keys,
  }),
  conditions: z
    .looseObject({
      absentNodes: keys.optional(),
      presentNodes: keys.optional(),
      absentEdges: keys.optional(),
      presentEdges: keys.optional(),
    })
    .optional(),
  before: z.looseObject({ nodes: z.array(node), edges: z.array(edge) }),
});

/** The record, or what is wrong with it: `changes.putNodes.0.type: Invalid option…; seq: …`. */
export function parseChangeRecord(
  value: unknown,
): { record: ChangeRecord; problem?: undefined } | { record?: undefined; problem: string } {
  const parsed = changeRecordSchema.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const problem = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(the record)'}: ${issue.message}`)
    .join('; ');
  return { problem };
}
