/**
 * The edit service: turns a curator's request (create, update or delete a node; add or remove a
 * relationship) into one checked ChangeRequest and has the store apply it. Every rule an edit
 * must follow lives in src/edit, not in the GraphQL layer: inputs are checked field by field
 * (edit-inputs.ts), referenced nodes must exist and be of the right type (family-links.ts,
 * relationship-edits.ts), every change carries a source (cited-source.ts), and the store applies
 * each change whole or not at all.
 */
import type { ChangeRecord, ChangeRequest } from '../domain/changes.js';
import { badInput, conflict, notFound } from '../domain/errors.js';
import type { GraphNode } from '../domain/graph-records.js';
import type { NodeType } from '../domain/node-types.js';
import type { GraphStore } from '../store/graph-store.js';
import { resolveSource, withSource } from './cited-source.js';
import {
  article,
  defaultKey,
  descriptionOf,
  FAMILIES,
  familyOf,
  propsOf,
  type Family,
  type FamilyRules,
  type IfExists,
} from './edit-families.js';
import { nodeKey } from './edit-inputs.js';
import { fieldLinks, replacedLinks } from './family-links.js';
import { parseFields } from './field-errors.js';
import type { Principal } from './principal.js';
import {
  addRelationship,
  removeRelationship,
  type RelationshipEditResult,
} from './relationship-edits.js';

export type { Family, IfExists, RelationshipEditResult };

export interface NodeEditResult {
  node: GraphNode;
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
    const fields: Record<string, unknown> = parseFields(rules.schema, rest, 'input');
    const name = fields.name as string;
    const key =
      givenKey === undefined || givenKey === null
        ? defaultKey(rules, name)
        : parseFields(nodeKey, givenKey, 'input.key');
    const cited = await resolveSource(this.store, source);
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
    const links = await fieldLinks(this.store, rules, key, fields, cited.provenance, 'input');
    const request: ChangeRequest = {
      operation: existing ? `update${rules.label}` : `create${rules.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `${existing ? 'Updated' : 'Created'} ${type} "${name}" (${key})`,
      changes: {
        putNodes: [...cited.newNodes, node],
        deleteNodes: [],
        putEdges: links,
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
    const cited = await resolveSource(this.store, source);
    const node: GraphNode = {
      ...existing,
      type: (fields.kind as NodeType | undefined) ?? existing.type,
      name: (fields.name as string | undefined) ?? existing.name,
      aliases: (fields.aliases as string[] | undefined) ?? existing.aliases,
      ...descriptionOf(fields, existing),
      props: { ...existing.props, ...propsOf(fields) },
      sources: withSource(existing.sources, cited.provenance),
    };
    const links = await fieldLinks(this.store, rules, key, fields, cited.provenance, 'patch');
    const replaced = await replacedLinks(this.store, rules, key, fields, links);
    const request: ChangeRequest = {
      operation: `update${rules.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `Updated ${node.type} "${node.name}" (${key}): ${Object.keys(fields).sort().join(', ') || 'source only'}`,
      changes: {
        putNodes: [...cited.newNodes, node],
        deleteNodes: [],
        putEdges: links,
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
    const family = familyOf(existing.type);
    if (!family) {
      throw badInput(
        `${key} is a ${existing.type}: countries, regions, SDGs, themes and sources come from reference data and are not deleted by edits.`,
        { key },
      );
    }
    const cited = await resolveSource(this.store, source);
    return this.store.applyChange({
      operation: `delete${family.label}`,
      by: by.id,
      source: cited.provenance,
      summary: `Deleted ${existing.type} "${existing.name}" (${key})`,
      changes: { putNodes: cited.newNodes, deleteNodes: [key], putEdges: [], deleteEdges: [] },
      conditions: { presentNodes: [key] },
    });
  }

  addRelationship(
    input: unknown,
    source: unknown,
    by: Principal,
    ifExists: IfExists = 'CONFLICT',
  ): Promise<RelationshipEditResult> {
    return addRelationship(this.store, input, source, by, ifExists);
  }

  removeRelationship(key: string, source: unknown, by: Principal): Promise<ChangeRecord> {
    return removeRelationship(this.store, key, source, by);
  }

  private async editableNode(rules: FamilyRules, key: string): Promise<GraphNode> {
    const [node] = await this.store.getNodes([key]);
    if (!node) throw notFound(`No node has the key ${key}.`, { key });
    if (!rules.types.includes(node.type))
      throw badInput(`${key} is a ${node.type}, not ${article(rules.label)}.`, { key });
    return node;
  }
}
