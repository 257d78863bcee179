/**
 * Adding and removing one relationship: its ends must exist and be of the types the relationship
 * joins, its role one the type allows; a symmetric relationship is stored once, whichever way
 * it was first given.
 */
import type { ChangeRecord } from '../domain/changes.js';
import { conflict, notFound } from '../domain/errors.js';
import {
  edgeKey,
  type GraphEdge,
  type GraphNode,
  type Properties,
} from '../domain/graph-records.js';
import {
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_ROLES,
  SYMMETRIC_RELATIONSHIPS,
} from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';
import { resolveSource, withSource } from './cited-source.js';
import type { IfExists } from './edit-families.js';
import { relationshipInput, type RelationshipInput } from './edit-inputs.js';
import { fieldErrors, parseFields, type FieldError } from './field-errors.js';
import type { Principal } from './principal.js';

export interface RelationshipEditResult {
  relationship: GraphEdge;
  change: ChangeRecord;
}

export async function addRelationship(
  store: GraphStore,
  input: unknown,
  source: unknown,
  by: Principal,
  ifExists: IfExists,
): Promise<RelationshipEditResult> {
  const fields = parseFields(relationshipInput, input, 'input');
  const cited = await resolveSource(store, source);
  const [from, to] = await store.getNodes([fields.from, fields.to]);
  const problems = relationshipProblems(fields, from, to);
  if (problems.length > 0) throw fieldErrors(problems);

  const key = edgeKey(fields.type, fields.from, fields.to);
  const reverse = SYMMETRIC_RELATIONSHIPS.has(fields.type)
    ? edgeKey(fields.type, fields.to, fields.from)
    : undefined;
  const [same, mirrored] = await store.getRelationships(reverse ? [key, reverse] : [key]);
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
  const change = await store.applyChange({
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
      : { absentEdges: reverse ? [key, reverse] : [key], presentNodes: [fields.from, fields.to] },
  });
  return { relationship, change };
}

export async function removeRelationship(
  store: GraphStore,
  key: string,
  source: unknown,
  by: Principal,
): Promise<ChangeRecord> {
  const [existing] = await store.getRelationships([key]);
  if (!existing) throw notFound(`No relationship has the key ${key}.`, { key });
  const cited = await resolveSource(store, source);
  return store.applyChange({
    operation: 'removeRelationship',
    by: by.id,
    source: cited.provenance,
    summary: `Removed ${existing.type} ${existing.from} → ${existing.to}`,
    changes: { putNodes: cited.newNodes, deleteNodes: [], putEdges: [], deleteEdges: [key] },
    conditions: { presentEdges: [key] },
  });
}

/** What is wrong with a relationship's ends and role (nothing when the list is empty). */
function relationshipProblems(
  fields: RelationshipInput,
  from: GraphNode | null | undefined,
  to: GraphNode | null | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  const ends = RELATIONSHIP_ENDPOINTS[fields.type];
  if (!from) problems.push({ field: 'input.from', message: `no node has the key ${fields.from}` });
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
  return problems;
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
