/**
 * The kinds of node curators edit and how an edit's fields map onto a node: which fields are the
 * node record itself, which become links, which are properties. Places, SDGs, themes and sources
 * come from reference data and are not edited.
 */
import type { z } from 'zod';
import type { GraphNode, Properties } from '../domain/graph-records.js';
import { ACTOR_KINDS, type NodeType } from '../domain/node-types.js';
import type { RelationshipType } from '../domain/relationship-types.js';
import { slugify } from '../domain/text.js';
import {
  actorFields,
  agreementFields,
  eventFields,
  practiceFields,
  projectFields,
} from './edit-inputs.js';
import { fieldErrors } from './field-errors.js';

/**
 * Themes and SDGs are linked the way the seeds link them, so edits count in "works on": actors
 * FOCUS_ON them, projects and agreements ADDRESS them (practices can only ALIGN_WITH an SDG).
 */
export const FAMILIES = {
  actor: {
    label: 'Actor',
    schema: actorFields,
    types: ACTOR_KINDS,
    keyPrefix: '',
    themesVia: 'FOCUSES_ON',
    sdgsVia: 'FOCUSES_ON',
  },
  agreement: {
    label: 'Agreement',
    schema: agreementFields,
    types: ['Agreement'],
    keyPrefix: 'agreement:',
    themesVia: 'ADDRESSES',
    sdgsVia: 'ADDRESSES',
  },
  project: {
    label: 'Project',
    schema: projectFields,
    types: ['Project'],
    keyPrefix: 'project:',
    themesVia: 'ADDRESSES',
    sdgsVia: 'ADDRESSES',
  },
  practice: {
    label: 'Practice',
    schema: practiceFields,
    types: ['Practice'],
    keyPrefix: 'practice:',
    themesVia: undefined,
    sdgsVia: 'ALIGNS_WITH',
  },
  event: {
    label: 'Event',
    schema: eventFields,
    types: ['Event'],
    keyPrefix: 'event:',
    themesVia: undefined,
    sdgsVia: undefined,
  },
} as const satisfies Record<string, FamilyRules>;

export interface FamilyRules {
  label: string;
  schema: z.ZodObject;
  types: readonly NodeType[];
  keyPrefix: string;
  themesVia: RelationshipType | undefined;
  sdgsVia: RelationshipType | undefined;
}

export type Family = keyof typeof FAMILIES;

/** What an edit does when the key it creates (or the relationship it adds) already exists. */
export type IfExists = 'CONFLICT' | 'UPDATE';

/** The family a node of this type is edited as, if any. */
export function familyOf(type: NodeType): FamilyRules | undefined {
  return Object.values(FAMILIES).find((f) => (f.types as readonly NodeType[]).includes(type));
}

/** Fields that become links, not properties. */
const LINK_FIELDS = new Set(['country', 'themes', 'sdgs', 'targets']);
/** Fields of the node record itself. */
const NODE_FIELDS = new Set(['key', 'kind', 'name', 'aliases', 'description']);

/** The key of a new node without one: the family's prefix and the name's slug. */
export function defaultKey(rules: FamilyRules, name: string): string {
  const slug = slugify(name);
  if (slug === '')
    throw fieldErrors([
      { field: 'input.key', message: 'give a key: the name has no letters or digits' },
    ]);
  return `${rules.keyPrefix}${slug}`;
}

export function propsOf(fields: Record<string, unknown>): Properties {
  const props: Properties = {};
  for (const [name, value] of Object.entries(fields)) {
    if (NODE_FIELDS.has(name) || LINK_FIELDS.has(name) || value === undefined) continue;
    props[name] = value as Properties[string];
  }
  return props;
}

/** The description given, else the old one; an empty one is none. */
export function descriptionOf(
  fields: Record<string, unknown>,
  existing: GraphNode | null | undefined,
): { description?: string } {
  const description = (fields.description as string | undefined) ?? existing?.description;
  return description === undefined || description === '' ? {} : { description };
}

/** "an actor", "a project". */
export function article(label: string): string {
  return /^[AEIOU]/.test(label) ? `an ${label.toLowerCase()}` : `a ${label.toLowerCase()}`;
}
