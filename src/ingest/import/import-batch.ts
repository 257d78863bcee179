/**
 * What a set of import files says, before it meets the store: nodes and relationships, each with
 * the file and line it came from (so a refusal can point at the row), and the rows already
 * refused while parsing. Parsers only add to a batch; `planImport` decides against the store.
 */
import { edgeKey, type GraphEdge, type GraphNode } from '../../domain/graph-records.js';
import { isActorKind, type NodeType } from '../../domain/node-types.js';
import { addProvenance } from '../../domain/provenance.js';
import { SYMMETRIC_RELATIONSHIPS } from '../../domain/relationship-types.js';
import {
  edgeTextProblem,
  nodeTextProblem,
  unsafeCharMessage,
  type RecordTextProblem,
} from '../../domain/text-hygiene.js';
import type { EdgeInput } from '../seed/graph-builder.js';

/** Where a fact was read: the file's base name and the 1-based line of its row or element. */
export interface Origin {
  file: string;
  line: number;
}

export interface Rejection extends Origin {
  reason: string;
}

/** A node the item needs besides relationship endpoints (the Source a row cites). */
export interface Need {
  key: string;
  types: readonly NodeType[];
  /** What the row calls it, for the refusal message (`source`). */
  role: string;
}

export interface BatchNode {
  node: GraphNode;
  origin: Origin;
  needs: Need[];
  /**
   * Only a stand-in for a node the graph may already have (a known organisation the seeds
   * hold, such as `undp`): written when the graph lacks it, left as it is otherwise.
   */
  ifAbsent?: boolean;
}

/** What became of the elements of one kind a file has (`transaction`, `budget`, `result`…). */
export interface ElementTally {
  taken: number;
  /** How many were left out, by reason. */
  skipped: Record<string, number>;
}

export interface BatchEdge {
  edge: GraphEdge;
  origin: Origin;
  needs: Need[];
}

/** The seed loader's relationship input: imports describe relationships the same way. */
export type { EdgeInput };

/** Imports merge sources as the seed builder does (the domain's rule). */
export { addProvenance };

/**
 * Whether a node of type `incoming` may merge into one of type `existing`: the same type, or an
 * organisation of unknown kind (Organization) and any actor kind, which the unknown one joins.
 */
export function mergeableTypes(existing: NodeType, incoming: NodeType): boolean {
  if (existing === incoming) return true;
  const unknown = (t: NodeType) => t === 'Organization';
  return (
    (unknown(existing) && isActorKind(incoming)) || (unknown(incoming) && isActorKind(existing))
  );
}

/** The type two mergeable nodes have together: the known kind wins over Organization. */
export function mergedType(existing: NodeType, incoming: NodeType): NodeType {
  return existing === 'Organization' ? incoming : existing;
}

export class ImportBatch {
  readonly nodes = new Map<string, BatchNode>();
  readonly edges = new Map<string, BatchEdge>();
  readonly rejected: Rejection[] = [];
  /** What was read but deserves a look: placeholder refs, one ref with two names, versions. */
  readonly warnings: Rejection[] = [];
  readonly elements = new Map<string, ElementTally>();

  reject(origin: Origin, reason: string): void {
    this.rejected.push({ ...origin, reason });
  }

  /** Control characters and lone surrogates are refused at every entry (text-hygiene.ts). */
  private refusesText(problem: RecordTextProblem | undefined, origin: Origin): boolean {
    if (problem) this.reject(origin, `${problem.field} ${unsafeCharMessage(problem.found)}`);
    return problem !== undefined;
  }

  warn(origin: Origin, reason: string): void {
    this.warnings.push({ ...origin, reason });
  }

  /** Counts an element of `kind` as read. */
  took(kind: string): void {
    this.tally(kind).taken++;
  }

  /** Counts an element of `kind` as left out, for `reason` (a category, not the value). */
  skipped(kind: string, reason: string): void {
    const skipped = this.tally(kind).skipped;
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  }

  private tally(kind: string): ElementTally {
    let tally = this.elements.get(kind);
    if (!tally) this.elements.set(kind, (tally = { taken: 0, skipped: {} }));
    return tally;
  }

  /**
   * Adds a node; the same key again (another row, another file) merges into it like the seed
   * builder does — names become aliases, props and sources add up — unless the type differs.
   */
  addNode(
    node: GraphNode,
    origin: Origin,
    needs: Need[] = [],
    options: { ifAbsent?: boolean } = {},
  ): boolean {
    if (this.refusesText(nodeTextProblem(node), origin)) return false;
    const existing = this.nodes.get(node.key);
    if (!existing) {
      this.nodes.set(node.key, {
        node: structuredClone(node),
        origin,
        needs: [...needs],
        ...(options.ifAbsent ? { ifAbsent: true } : {}),
      });
      return true;
    }
    // A stand-in yields to what the files themselves say about the node.
    if (options.ifAbsent) return mergeableTypes(existing.node.type, node.type);
    if (existing.ifAbsent) {
      this.nodes.set(node.key, {
        node: structuredClone(node),
        origin,
        needs: [...existing.needs, ...needs],
      });
      return true;
    }
    const into = existing.node;
    if (!mergeableTypes(into.type, node.type)) {
      this.reject(
        origin,
        `${node.key} is given as a ${node.type} but ${existing.origin.file}:${existing.origin.line} gives it as a ${into.type}`,
      );
      return false;
    }
    into.type = mergedType(into.type, node.type);
    for (const alias of [node.name, ...node.aliases])
      if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    if (node.description && !into.description) into.description = node.description;
    Object.assign(into.props, node.props);
    for (const p of node.sources) addProvenance(into.sources, p);
    existing.needs.push(...needs);
    return true;
  }

  /** Adds a relationship (symmetric ones with their ends in key order, as the seeds store them). */
  addEdge(input: EdgeInput, origin: Origin, needs: Need[] = []): GraphEdge | undefined {
    let { from, to } = input;
    if (SYMMETRIC_RELATIONSHIPS.has(input.type) && to < from) [from, to] = [to, from];
    const key = edgeKey(input.type, from, to, input.discriminator);
    const problem = edgeTextProblem({
      key,
      type: input.type,
      from,
      to,
      props: input.props ?? {},
      sources: [input.source],
    });
    if (this.refusesText(problem, origin)) return undefined;
    const existing = this.edges.get(key);
    if (existing) {
      Object.assign(existing.edge.props, input.props ?? {});
      addProvenance(existing.edge.sources, input.source);
      existing.needs.push(...needs);
      return existing.edge;
    }
    const edge: GraphEdge = {
      key,
      type: input.type,
      from,
      to,
      props: { ...(input.props ?? {}) },
      sources: [input.source],
    };
    this.edges.set(key, { edge, origin, needs: [...needs] });
    return edge;
  }

  /** Adds a whole relationship record under its own key (re-imported exports). */
  addRecordEdge(edge: GraphEdge, origin: Origin): void {
    if (this.refusesText(edgeTextProblem(edge), origin)) return;
    const existing = this.edges.get(edge.key);
    if (!existing) {
      this.edges.set(edge.key, { edge: structuredClone(edge), origin, needs: [] });
      return;
    }
    Object.assign(existing.edge.props, edge.props);
    for (const p of edge.sources) addProvenance(existing.edge.sources, p);
  }
}
