/**
 * The links a node edit writes from its link fields (`country`, `themes`, `sdgs`, `targets`),
 * checked against the nodes they name, and the old links a patch's new lists replace.
 */
import { edgeKey, type GraphEdge, type Provenance } from '../domain/graph-records.js';
import type { NodeType } from '../domain/node-types.js';
import type { RelationshipType } from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';
import { withSource } from './cited-source.js';
import type { FamilyRules } from './edit-families.js';
import { fieldErrors, type FieldError } from './field-errors.js';

interface WantedLink {
  field: string;
  type: RelationshipType;
  to: string;
  allowed: NodeType[];
}

function wantedLinks(rules: FamilyRules, fields: Record<string, unknown>): WantedLink[] {
  const wanted: WantedLink[] = [];
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
  return wanted;
}

/** The relationships a node's link fields ask for; links that exist keep their sources. */
export async function fieldLinks(
  store: GraphStore,
  rules: FamilyRules,
  key: string,
  fields: Record<string, unknown>,
  provenance: Provenance,
  prefix: string,
): Promise<GraphEdge[]> {
  const wanted = wantedLinks(rules, fields);
  const nodes = await store.getNodes(wanted.map((w) => w.to));
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
  const existing = await store.getRelationships(put.map((e) => e.key));
  return put.map((edge, i) => {
    const old = existing[i];
    return old ? { ...old, sources: withSource(old.sources, provenance) } : edge;
  });
}

/** Keys of the links of the kinds a patch gives anew that are not in the new list: they go. */
export async function replacedLinks(
  store: GraphStore,
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
  const [views = []] = await store.getEdges([key], {
    types: [...new Set(replace.map((r) => r.type))],
    direction: 'OUT',
  });
  const others = await store.getNodes(views.map((v) => v.otherKey));
  const keep = new Set(kept.map((e) => e.key));
  return views
    .filter((view, i) => {
      const other = others[i];
      if (!other || keep.has(view.edge.key)) return false;
      return replace.some((r) => r.type === view.edge.type && r.toTypes.includes(other.type));
    })
    .map((view) => view.edge.key);
}
