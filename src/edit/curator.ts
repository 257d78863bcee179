/**
 * The edit service: turns a curator's request (create, update or delete a node; add or remove a
 * relationship) into one checked ChangeRequest and has the store apply it. Every rule an edit
 * must follow lives here, not in the GraphQL layer: inputs are checked field by field
 * (edit-inputs.ts), referenced nodes must exist and be of the right type, every change carries a
 * source, and the store applies each change whole or not at all.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ChangeRecord, ChangeRequest } from '../domain/changes.js';
import { badInput, conflict, notFound } from '../domain/errors.js';
import {
  edgeKey,
  type GraphEdge,
  type GraphNode,
  type Properties,
  type Provenance,
} from '../domain/graph-records.js';
import { ACTOR_KINDS, type NodeType } from '../domain/node-types.js';
import {
  CURATION_SOURCE,
  defaultBasis,
  provenanceProblems,
  sameProvenance,
} from '../domain/provenance.js';
import {
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_ROLES,
  SYMMETRIC_RELATIONSHIPS,
  type RelationshipType,
} from '../domain/relationship-types.js';
import { slugify } from '../domain/text.js';
import type { GraphStore } from '../store/graph-store.js';
import {
  actorFields,
  agreementFields,
  eventFields,
  nodeKey,
  practiceFields,
  projectFields,
  relationshipInput,
  sourceInput,
  type RelationshipInput,
} from './edit-inputs.js';
import { fieldErrors, parseFields, type FieldError } from './field-errors.js';
import type { Principal } from './principal.js';

/**
 * The kinds of node curators edit; places, SDGs, themes and sources come from reference data.
 * Themes and SDGs are linked the way the seeds link them, so edits count in "works on": actors
 * FOCUS_ON them, projects and agreements ADDRESS them (practices can only ALIGN_WITH an SDG).
 */
export const FAMILIES = {
  actor: {
    label: 'Actor',
    schema: actorFields,
    types: ACTOR_KINDS as readonly NodeType[],
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

interface FamilyRules {
  label: string;
  schema: z.ZodObject;
  types: readonly NodeType[];
  keyPrefix: string;
  themesVia: RelationshipType | undefined;
  sdgsVia: RelationshipType | undefined;
}

export type Family = keyof typeof FAMILIES;

/** Fields that become links, not properties. */
const LINK_FIELDS = new Set(['country', 'themes', 'sdgs', 'targets']);
/** Fields of the node record itself. */
const NODE_FIELDS = new Set(['key', 'kind', 'name', 'aliases', 'description']);

/** What an edit does when the key it creates already exists. */
export type IfExists = 'CONFLICT' | 'UPDATE';

/** The Source that notes without a document are filed under (as curated decisions are). */
export { CURATION_SOURCE };

export interface NodeEditResult {
  node: GraphNode;
  change: ChangeRecord;
}

export interface RelationshipEditResult {
  relationship: GraphEdge;
  change: ChangeRecord;
}

export class Curator {
  constructor(private readonly store: GraphStore) {}

  async createNode(
    family: Family,
    input: Record<string, unknown>,
    source: unknown,
    by: Principal,
    ifExists: IfExists = 'CONFLICT',
  ): Promise<NodeEditResult> {
    const rules: FamilyRules = FAMILIES[family];
    const { key: givenKey, ...rest } = input;
    const fields = parseFields(rules.schema, rest, 'input') as Record<string, unknown>;
    const name = fields.name as string;
    const key =
      givenKey === undefined || givenKey === null
        ? defaultKey(rules, name)
        : parseFields(nodeKey, givenKey, 'input.key');
    const cited = await this.resolveSource(source);
    const type = (family === 'actor' ? fields.kind : rules.types[0]) as NodeType;

    const [existing] = await this.store.getNodes([key]);
    if (existing && ifExists === 'CONFLICT') {
      throw conflict(
        `A node with the key ${key} already exists (${existing.type} "${existing.name}"). ` +
          'Update it, choose another key, or create with ifExists: UPDATE.',
        { key },
      );
    }
    if (existing && !rules.types.includes(existing.type)) {
      throw badInput(`${key} is a ${existing.type}, not ${article(rules.label)}.`, { key });
    }
    const node: GraphNode = {
      key,
      type,
      name,
      aliases: (fields.aliases as string[] | undefined) ?? existing?.aliases ?? [],
      ...descriptionOf(fields, existing),
      props: { ...existing?.props, ...propsOf(fields) },
      sources: withSource(existing?.sources ?? [], cited.provenance),
    };
    const links = await this.links(rules, key, fields, cited.provenance, 'input');
    const request: ChangeRequest = {
      operation: existing ? `update${rules.label}` : `create${rules.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `${existing ? 'Updated' : 'Created'} ${type} "${name}" (${key})`,
      changes: {
        putNodes: [...cited.newNodes, node],
        deleteNodes: [],
        putEdges: links.put,
        deleteEdges: [],
      },
      // Another curator may create the same key meanwhile: the store checks again, atomically.
      conditions: existing ? { presentNodes: [key] } : { absentNodes: [key] },
    };
    return { node, change: await this.store.applyChange(request) };
  }

  /**
   * Changes the given fields and keeps the others. A list given (aliases, themes, sdgs, targets)
   * replaces the old one; `country` replaces the country the node is located in.
   */
  async updateNode(
    family: Family,
    key: string,
    patch: Record<string, unknown>,
    source: unknown,
    by: Principal,
  ): Promise<NodeEditResult> {
    const rules: FamilyRules = FAMILIES[family];
    const fields = parseFields(rules.schema.partial(), patch, 'patch') as Record<string, unknown>;
    const existing = await this.editableNode(rules, key);
    const cited = await this.resolveSource(source);
    const node: GraphNode = {
      ...existing,
      type: (fields.kind as NodeType | undefined) ?? existing.type,
      name: (fields.name as string | undefined) ?? existing.name,
      aliases: (fields.aliases as string[] | undefined) ?? existing.aliases,
      ...descriptionOf(fields, existing),
      props: { ...existing.props, ...propsOf(fields) },
      sources: withSource(existing.sources, cited.provenance),
    };
    const links = await this.links(rules, key, fields, cited.provenance, 'patch');
    const replaced = await this.replacedLinks(rules, key, fields, links.put);
    const request: ChangeRequest = {
      operation: `update${rules.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `Updated ${node.type} "${node.name}" (${key}): ${Object.keys(fields).sort().join(', ') || 'source only'}`,
      changes: {
        putNodes: [...cited.newNodes, node],
        deleteNodes: [],
        putEdges: links.put,
        deleteEdges: replaced,
      },
      conditions: { presentNodes: [key] },
    };
    return { node, change: await this.store.applyChange(request) };
  }

  /** Deletes a node and its relationships (listed in the change record's `before`). */
  async deleteNode(key: string, source: unknown, by: Principal): Promise<ChangeRecord> {
    const [existing] = await this.store.getNodes([key]);
    if (!existing) throw notFound(`No node has the key ${key}.`, { key });
    const family = Object.values(FAMILIES).find((f) =>
      (f.types as readonly NodeType[]).includes(existing.type),
    );
    if (!family) {
      throw badInput(
        `${key} is a ${existing.type}: countries, regions, SDGs, themes and sources come from reference data and are not deleted by edits.`,
        { key },
      );
    }
    const cited = await this.resolveSource(source);
    return this.store.applyChange({
      operation: `delete${family.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `Deleted ${existing.type} "${existing.name}" (${key})`,
      changes: { putNodes: cited.newNodes, deleteNodes: [key], putEdges: [], deleteEdges: [] },
      conditions: { presentNodes: [key] },
    });
  }

  async addRelationship(
    input: unknown,
    source: unknown,
    by: Principal,
    ifExists: IfExists = 'CONFLICT',
  ): Promise<RelationshipEditResult> {
    const fields = parseFields(relationshipInput, input, 'input');
    const cited = await this.resolveSource(source);
    const [from, to] = await this.store.getNodes([fields.from, fields.to]);
    const problems: FieldError[] = [];
    const ends = RELATIONSHIP_ENDPOINTS[fields.type];
    if (!from)
      problems.push({ field: 'input.from', message: `no node has the key ${fields.from}` });
    else if (!ends.from.includes(from.type))
      problems.push({
        field: 'input.from',
        message: `a ${fields.type} relationship starts from ${ends.from.join(', ')}; ${from.key} is a ${from.type}`,
      });
    if (!to) problems.push({ field: 'input.to', message: `no node has the key ${fields.to}` });
    else if (!ends.to.includes(to.type))
      problems.push({
        field: 'input.to',
        message: `a ${fields.type} relationship points to ${ends.to.join(', ')}; ${to.key} is a ${to.type}`,
      });
    const roleProblem = checkRole(fields);
    if (roleProblem) problems.push(roleProblem);
    if (fields.from === fields.to)
      problems.push({ field: 'input.to', message: 'a relationship must join two different nodes' });
    if (problems.length > 0) throw fieldErrors(problems);

    const key = edgeKey(fields.type, fields.from, fields.to);
    // A symmetric relationship is stored once, whichever way it was first given.
    const reverse = SYMMETRIC_RELATIONSHIPS.has(fields.type)
      ? edgeKey(fields.type, fields.to, fields.from)
      : undefined;
    const [same, mirrored] = await this.store.getRelationships(reverse ? [key, reverse] : [key]);
    const existing = same ?? mirrored ?? null;
    if (existing && ifExists === 'CONFLICT') {
      throw conflict(
        `The relationship ${existing.key} already exists. Add a source to it with ifExists: UPDATE.`,
        { key: existing.key },
      );
    }
    const props: Properties = { ...existing?.props };
    if (fields.role !== undefined) props.role = fields.role;
    if (fields.since !== undefined) props.since = fields.since;
    if (fields.until !== undefined) props.until = fields.until;
    const relationship: GraphEdge = existing
      ? { ...existing, props, sources: withSource(existing.sources, cited.provenance) }
      : {
          key,
          type: fields.type,
          from: fields.from,
          to: fields.to,
          props,
          sources: [cited.provenance],
        };
    const change = await this.store.applyChange({
      operation: existing ? 'updateRelationship' : 'addRelationship',
      by: by.id,
      source: cited.provenance,
      summary: `${existing ? 'Updated' : 'Added'} ${fields.type} ${relationship.from} → ${relationship.to}`,
      changes: {
        putNodes: cited.newNodes,
        deleteNodes: [],
        putEdges: [relationship],
        deleteEdges: [],
      },
      conditions: existing
        ? { presentEdges: [existing.key] }
        : {
            absentEdges: reverse ? [key, reverse] : [key],
            presentNodes: [fields.from, fields.to],
          },
    });
    return { relationship, change };
  }

  async removeRelationship(key: string, source: unknown, by: Principal): Promise<ChangeRecord> {
    const [existing] = await this.store.getRelationships([key]);
    if (!existing) throw notFound(`No relationship has the key ${key}.`, { key });
    const cited = await this.resolveSource(source);
    return this.store.applyChange({
      operation: 'removeRelationship',
      by: by.id,
      source: cited.provenance,
      summary: `Removed ${existing.type} ${existing.from} → ${existing.to}`,
      changes: { putNodes: cited.newNodes, deleteNodes: [], putEdges: [], deleteEdges: [key] },
      conditions: { presentEdges: [key] },
    });
  }

  private async editableNode(rules: FamilyRules, key: string): Promise<GraphNode> {
    const [node] = await this.store.getNodes([key]);
    if (!node) throw notFound(`No node has the key ${key}.`, { key });
    if (!rules.types.includes(node.type))
      throw badInput(`${key} is a ${node.type}, not ${article(rules.label)}.`, { key });
    return node;
  }

  /**
   * The provenance of a change: a known Source with the quote and note; or a URL, for which a
   * Source node is made (keyed by the URL, so citing it again reuses it); or a note alone, filed
   * under the curators' own Source.
   */
  private async resolveSource(
    value: unknown,
  ): Promise<{ provenance: Provenance; newNodes: GraphNode[] }> {
    const input = parseFields(sourceInput, value ?? {}, 'source');
    const provenance = (sourceKey: string): Provenance => {
      const p: Provenance = {
        source: sourceKey,
        basis: input.basis ?? defaultBasis(sourceKey),
        ...(input.quote !== undefined ? { quote: input.quote } : {}),
        ...(input.readWith !== undefined ? { readWith: input.readWith } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
      };
      const problems = provenanceProblems(p);
      if (problems.length > 0)
        throw fieldErrors(problems.map((message) => ({ field: 'source', message })));
      return p;
    };
    if (input.url !== undefined) {
      const key = `source:url-${createHash('sha256').update(input.url).digest('hex').slice(0, 16)}`;
      const [known] = await this.store.getNodes([key]);
      const newNodes: GraphNode[] = known
        ? []
        : [
            {
              key,
              type: 'Source',
              name: input.title ?? input.url,
              aliases: [],
              props: { url: input.url, kind: 'web page' },
              sources: [],
            },
          ];
      return { provenance: provenance(key), newNodes };
    }
    const key = input.source ?? CURATION_SOURCE;
    const [known] = await this.store.getNodes([key]);
    if (known?.type !== 'Source') {
      throw fieldErrors([
        {
          field: 'source.source',
          message: known
            ? `${key} is a ${known.type}, not a Source`
            : `no Source has the key ${key}`,
        },
      ]);
    }
    return { provenance: provenance(key), newNodes: [] };
  }

  /** The relationships a node's link fields ask for, checked against the nodes they name. */
  private async links(
    rules: FamilyRules,
    key: string,
    fields: Record<string, unknown>,
    provenance: Provenance,
    prefix: string,
  ): Promise<{ put: GraphEdge[] }> {
    const wanted: { field: string; type: RelationshipType; to: string; allowed: NodeType[] }[] = [];
    if (fields.country !== undefined)
      wanted.push({
        field: 'country',
        type: 'LOCATED_IN',
        to: fields.country as string,
        allowed: ['Country'],
      });
    for (const theme of (fields.themes as string[] | undefined) ?? []) {
      if (!rules.themesVia) break;
      wanted.push({ field: 'themes', type: rules.themesVia, to: theme, allowed: ['Theme'] });
    }
    for (const code of (fields.sdgs as string[] | undefined) ?? []) {
      if (!rules.sdgsVia) break;
      wanted.push({ field: 'sdgs', type: rules.sdgsVia, to: `sdg:${code}`, allowed: ['Sdg'] });
    }
    for (const target of (fields.targets as string[] | undefined) ?? [])
      wanted.push({
        field: 'targets',
        type: 'TARGETS',
        to: target,
        allowed: ['Country', 'Region'],
      });

    const nodes = await this.store.getNodes(wanted.map((w) => w.to));
    const problems: FieldError[] = [];
    wanted.forEach((w, i) => {
      const node = nodes[i];
      if (!node)
        problems.push({ field: `${prefix}.${w.field}`, message: `no node has the key ${w.to}` });
      else if (!w.allowed.includes(node.type))
        problems.push({
          field: `${prefix}.${w.field}`,
          message: `${w.to} is a ${node.type}, not a ${w.allowed.join(' or ')}`,
        });
    });
    if (problems.length > 0) throw fieldErrors(problems);
    const put = wanted.map((w): GraphEdge => ({
      key: edgeKey(w.type, key, w.to),
      type: w.type,
      from: key,
      to: w.to,
      props: {},
      sources: [provenance],
    }));
    // Keep the sources of links that already exist.
    const existing = await this.store.getRelationships(put.map((e) => e.key));
    return {
      put: put.map((edge, i) => {
        const old = existing[i];
        return old ? { ...old, sources: withSource(old.sources, provenance) } : edge;
      }),
    };
  }

  /** Links of the kinds a patch gives anew that are not in the new list: they are removed. */
  private async replacedLinks(
    rules: FamilyRules,
    key: string,
    fields: Record<string, unknown>,
    kept: GraphEdge[],
  ): Promise<string[]> {
    const replace: { type: RelationshipType; toTypes: NodeType[] }[] = [];
    if (fields.country !== undefined) replace.push({ type: 'LOCATED_IN', toTypes: ['Country'] });
    if (fields.themes !== undefined && rules.themesVia)
      replace.push({ type: rules.themesVia, toTypes: ['Theme'] });
    if (fields.sdgs !== undefined && rules.sdgsVia)
      replace.push({ type: rules.sdgsVia, toTypes: ['Sdg'] });
    if (fields.targets !== undefined)
      replace.push({ type: 'TARGETS', toTypes: ['Country', 'Region'] });
    if (replace.length === 0) return [];
    const [views] = await this.store.getEdges([key], {
      types: [...new Set(replace.map((r) => r.type))],
      direction: 'OUT',
    });
    const others = await this.store.getNodes(views.map((v) => v.otherKey));
    const keep = new Set(kept.map((e) => e.key));
    return views
      .filter((view, i) => {
        const other = others[i];
        return (
          other !== null &&
          !keep.has(view.edge.key) &&
          replace.some((r) => r.type === view.edge.type && r.toTypes.includes(other.type))
        );
      })
      .map((view) => view.edge.key);
  }
}

function defaultKey(rules: FamilyRules, name: string): string {
  const slug = slugify(name);
  if (slug === '')
    throw fieldErrors([
      { field: 'input.key', message: 'give a key: the name has no letters or digits' },
    ]);
  return `${rules.keyPrefix}${slug}`;
}

function propsOf(fields: Record<string, unknown>): Properties {
  const props: Properties = {};
  for (const [name, value] of Object.entries(fields)) {
    if (NODE_FIELDS.has(name) || LINK_FIELDS.has(name) || value === undefined) continue;
    props[name] = value as Properties[string];
  }
  return props;
}

function descriptionOf(
  fields: Record<string, unknown>,
  existing: GraphNode | null | undefined,
): { description?: string } {
  const description = (fields.description as string | undefined) ?? existing?.description;
  return description === undefined || description === '' ? {} : { description };
}

function withSource(sources: Provenance[], added: Provenance): Provenance[] {
  return sources.some((p) => sameProvenance(p, added)) ? sources : [...sources, added];
}

function checkRole(fields: RelationshipInput): FieldError | undefined {
  const roles = RELATIONSHIP_ROLES[fields.type];
  if (fields.role === undefined || roles === 'free') return undefined;
  if (!roles) return { field: 'input.role', message: `a ${fields.type} relationship has no role` };
  if (!roles.includes(fields.role))
    return {
      field: 'input.role',
      message: `a ${fields.type} role is one of ${roles.join(', ')}; got ${fields.role}`,
    };
  return undefined;
}

function article(label: string): string {
  return /^[AEIOU]/.test(label) ? `an ${label.toLowerCase()}` : `a ${label.toLowerCase()}`;
}
