/**
 * Which changes a subscriber asked for (`changes(touching:, kinds:)`):
 * - touching: the change wrote, deleted or cut off one of these keys (a node or a relationship,
 *   the ends of its relationships included: `touchedKeys`, the rule the `changes` query uses);
 * - kinds: the change wrote or deleted a node of one of these types, or a relationship with such a
 *   node at one end.
 * Both given: both must hold. The types of relationship ends the change does not carry are looked
 * up in the store, once per change however many subscribers ask.
 */
import { touchedKeys, type ChangeRecord } from '../domain/changes.js';
import type { NodeType } from '../domain/node-types.js';
import type { CallOptions } from '../store/call-options.js';
import type { GraphStore } from '../store/graph-store.js';

export interface ChangeFilter {
  touching?: readonly string[];
  kinds?: readonly NodeType[];
}

/** The node types a change concerns: those of its nodes and of its relationships' ends. */
export function touchedTypesOf(
  store: Pick<GraphStore, 'getNodes'>,
): (record: ChangeRecord, options: CallOptions) => Promise<ReadonlySet<NodeType>> {
  const known = new WeakMap<ChangeRecord, Promise<ReadonlySet<NodeType>>>();
  return (record, options) => {
    let types = known.get(record);
    if (!types) {
      types = lookUp(store, record, options);
      known.set(record, types);
      types.catch(() => known.delete(record)); // a failed lookup is tried again, not remembered
    }
    return types;
  };
}

async function lookUp(
  store: Pick<GraphStore, 'getNodes'>,
  record: ChangeRecord,
  options: CallOptions,
): Promise<ReadonlySet<NodeType>> {
  const typeOf = new Map<string, NodeType>();
  for (const node of [...record.before.nodes, ...record.changes.putNodes])
    typeOf.set(node.key, node.type);
  const types = new Set<NodeType>(typeOf.values());
  const ends = new Set<string>();
  for (const edge of [...record.changes.putEdges, ...record.before.edges])
    for (const end of [edge.from, edge.to]) if (!typeOf.has(end)) ends.add(end);
  if (ends.size > 0) {
    const nodes = await store.getNodes([...ends], options);
    for (const node of nodes) if (node) types.add(node.type);
  }
  return types;
}

export function changeFilterMatcher(
  filter: ChangeFilter,
  typesOf: (record: ChangeRecord, options: CallOptions) => Promise<ReadonlySet<NodeType>>,
): (record: ChangeRecord, options: CallOptions) => Promise<boolean> {
  const touching = filter.touching?.length ? new Set(filter.touching) : undefined;
  const kinds = filter.kinds?.length ? filter.kinds : undefined;
  return async (record, options) => {
    if (touching && !touchedKeys(record).some((key) => touching.has(key))) return false;
    if (kinds) {
      const types = await typesOf(record, options);
      if (!kinds.some((kind) => types.has(kind))) return false;
    }
    return true;
  };
}
