/**
 * What an edit may say, checked field by field before anything is written. The same schemas check
 * GraphQL mutations and any other caller of the Curator, so a rule lives in one place. Unknown
 * fields are refused rather than ignored: a typo must not silently drop a fact.
 */
import { z } from 'zod';
import { ACTOR_KINDS } from '../domain/node-types.js';
import { PROVENANCE_BASES } from '../domain/provenance.js';
import { findUnsafeChar, unsafeCharMessage, type TextKind } from '../domain/text-hygiene.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';
import { DATE_PATTERN } from '../domain/time.js';

/** Refuses control characters and lone surrogates (src/domain/text-hygiene.ts) in a text field. */
function clean(kind: TextKind) {
  return (text: string, ctx: z.core.$RefinementCtx<string>) => {
    const found = findUnsafeChar(text, kind);
    if (found) ctx.addIssue({ code: 'custom', message: unsafeCharMessage(found), input: text });
  };
}

/** A single-line text (names, titles, roles): trimmed, no control characters. */
const lineText = () => z.string().trim().superRefine(clean('line'));
/** A multi-line text (descriptions, quotes, notes): tabs and line breaks allowed. */
const multilineText = () => z.string().trim().superRefine(clean('multiline'));

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export const dateText = z
  .string()
  .trim()
  .refine((text) => {
    const match = DATE_PATTERN.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const nodeKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}:._\-/#]*$/u, 'may hold letters, digits and : . _ - / # only');

const year = z.number().int().min(1000).max(2200);
const name = lineText().min(1, 'must not be empty').max(300);
const aliases = z.array(lineText().min(1).max(300)).max(50);
const description = multilineText().max(5_000);

/** SDG goals (`11`) and targets (`11.3`, `11.a`), as the UN numbers them. */
export const sdgCode = z
  .string()
  .trim()
  .regex(/^(1[0-7]|[1-9])(\.([0-9]{1,2}|[a-z]))?$/, 'must be an SDG goal (1–17) or target (11.3)');

/** Common fields of every editable node; all optional in a patch. */
const nodeFields = {
  name,
  aliases: aliases.optional(),
  description: description.optional(),
  /** Themes it works on or addresses (`theme:migration`). */
  themes: z.array(nodeKey).max(50).optional(),
  /** SDG goals or targets it aligns with (`11.3`). */
  sdgs: z.array(sdgCode).max(50).optional(),
};

export const actorFields = z
  .object({
    ...nodeFields,
    kind: z.enum(ACTOR_KINDS),
    /** The country it is located in (`country:IT`). */
    country: nodeKey.optional(),
    website: z.url().max(500).superRefine(clean('line')).optional(),
    founded: year.optional(),
    wikidataId: z
      .string()
      .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q220')
      .optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const AGREEMENT_TYPES = [
  'FRAMEWORK_AGREEMENT',
  'PROTOCOL',
  'MEMORANDUM',
  'DECLARATION',
  'AGREEMENT',
] as const;

export const agreementFields = z
  .object({
    ...nodeFields,
    agreementType: z.enum(AGREEMENT_TYPES).optional(),
    dateSigned: dateText.optional(),
  })
  .strict();

export const PROJECT_STATUSES = [
  'PLANNED',
  'ONGOING',
  'COMPLETED',
  'CANCELLED',
  'SUSPENDED',
] as const;

export const projectFields = z
  .object({
    ...nodeFields,
    projectType: z.enum(['PROJECT', 'PROGRAMME']).optional(),
    startYear: year.optional(),
    endYear: year.optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    /** Countries and regions it targets (`country:BF`, `region:mediterranean`). */
    targets: z.array(nodeKey).max(300).optional(),
  })
  .strict();

export const practiceFields = z.object({ ...nodeFields }).strict();

export const eventFields = z
  .object({
    ...nodeFields,
    date: dateText.optional(),
    venue: lineText().min(1).max(300).optional(),
  })
  .strict();

/**
 * Where a fact comes from: a known Source, a URL (a Source is made for it), or a curator's note;
 * with how the fact follows from it (basis, STATED unless the note alone is given) and, for a
 * READING, the passages read together.
 */
export const sourceInput = z
  .object({
    source: nodeKey.optional(),
    url: z.url().max(1_000).superRefine(clean('line')).optional(),
    title: lineText().min(1).max(300).optional(),
    basis: z.enum(PROVENANCE_BASES).optional(),
    quote: multilineText().min(1).max(2_000).optional(),
    readWith: z.array(multilineText().min(1).max(2_000)).min(1).max(10).optional(),
    note: multilineText().min(1).max(2_000).optional(),
  })
  .strict()
  .refine((s) => s.source !== undefined || s.url !== undefined || s.note !== undefined, {
    message: 'give a source key, a URL or a note: every change needs a source',
  })
  .refine((s) => !(s.source !== undefined && s.url !== undefined), {
    message: 'give either a source key or a URL, not both',
  });
export type SourceInput = z.infer<typeof sourceInput>;

export const relationshipInput = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    from: nodeKey,
    to: nodeKey,
    role: lineText().min(1).max(200).optional(),
    since: dateText.optional(),
    until: dateText.optional(),
  })
  .strict()
  .refine((r) => r.since === undefined || r.until === undefined || r.since <= r.until, {
    message: 'must not be before since',
    path: ['until'],
  });
export type RelationshipInput = z.infer<typeof relationshipInput>;
