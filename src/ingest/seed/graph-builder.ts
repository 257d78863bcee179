/**
 * Accumulates nodes and relationships from several seed files into one consistent graph:
 * a node seen twice is merged (aliases, props and sources added), a relationship seen twice
 * gains the second source, and `build()` refuses a graph with dangling endpoints or
 * relationships between the wrong kinds of node.
 */
import type {
  GraphData,
  GraphEdge,
  GraphNode,
  Properties,
  Provenance,
} from '../../domain/graph-records.js';
import { edgeKey } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import { addProvenance, provenanceProblems, withExplicitBasis } from '../../domain/provenance.js';
import {
  RELATIONSHIP_ENDPOINTS,
  SYMMETRIC_RELATIONSHIPS,
  type RelationshipType,
} from '../../domain/relationship-types.js';
import {
  edgeTextProblem,
  nodeTextProblem,
  unsafeCharMessage,
  type RecordTextProblem,
} from '../../domain/text-hygiene.js';

export interface NodeInput {
  key: string;
  type: NodeType;
  name: string;
  aliases?: string[];
  description?: string;
  props?: Properties;
  source: Provenance;
}

export interface EdgeInput {
  type: RelationshipType;
  from: string;
  to: string;
  props?: Properties;
  source: Provenance;
  /** Tells apart two relationships of one type between the same nodes (IATI roles). */
  discriminator?: string;
}

/** A problem found while building: where it came from and what is wrong. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The seed graph is inconsistent:\n- ${problems.slice(0, 20).join('\n- ')}` +
        (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''),
    );
    this.name = 'SeedError';
  }
}

export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly problems: string[] = [];

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  get(key: string): GraphNode | undefined {
    return this.nodes.get(key);
  }

  nodesOfType(type: NodeType): GraphNode[] {
    return [...this.nodes.values()].filter((n) => n.type === type);
  }

  edgesOfType(type: RelationshipType): GraphEdge[] {
    return [...this.edges.values()].filter((e) => e.type === type);
  }

  allNodes(): IterableIterator<GraphNode> {
    return this.nodes.values();
  }

  /** Adds a node, or extends the node with that key (the type must agree). */
  addNode(input: NodeInput): GraphNode {
    const existing = this.nodes.get(input.key);
    const node: GraphNode = {
      key: input.key,
      type: input.type,
      name: input.name,
      aliases: [...new Set((input.aliases ?? []).filter((a) => a !== input.name))],
      props: { ...(input.props ?? {}) },
      sources: [withExplicitBasis(input.source)],
    };
    if (input.description) node.description = input.description;
    // Refused, but the build goes on so that every problem of the seeds is listed at once.
    this.textProblem(`node ${input.key}`, nodeTextProblem(node), input.source);
    if (!existing) {
      this.nodes.set(input.key, node);
      return node;
    }
    if (existing.type !== input.type) {
      this.problems.push(
        `node ${input.key} is a ${existing.type} but is given again as a ${input.type} (${input.source.source})`,
      );
      return existing;
    }
    for (const alias of [input.name, ...(input.aliases ?? [])]) {
      if (alias !== existing.name && !existing.aliases.includes(alias))
        existing.aliases.push(alias);
    }
    if (input.description && !existing.description) existing.description = input.description;
    Object.assign(existing.props, input.props ?? {});
    addProvenance(existing.sources, input.source);
    return existing;
  }

  /** Adds a relationship; the same type and endpoints again only add a source. */
  addEdge(input: EdgeInput): GraphEdge {
    let { from, to } = input;
    // Symmetric relationships are stored once, with their endpoints in key order.
    if (SYMMETRIC_RELATIONSHIPS.has(input.type) && to < from) [from, to] = [to, from];
    const key = edgeKey(input.type, from, to, input.discriminator);
    const edge: GraphEdge = {
      key,
      type: input.type,
      from,
      to,
      props: { ...(input.props ?? {}) },
      sources: [withExplicitBasis(input.source)],
    };
    this.textProblem(`relationship ${key}`, edgeTextProblem(edge), input.source);
    const existing = this.edges.get(key);
    if (existing) {
      Object.assign(existing.props, input.props ?? {});
      addProvenance(existing.sources, input.source);
      return existing;
    }
    this.edges.set(key, edge);
    return edge;
  }

  private textProblem(what: string, problem: RecordTextProblem | undefined, source: Provenance) {
    if (problem)
      this.problems.push(
        `${what} (${source.source}): ${problem.field} ${unsafeCharMessage(problem.found)}`,
      );
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /** The graph, after checking every endpoint exists and has an allowed type. */
  build(): GraphData {
    const problems = [...this.problems];
    for (const edge of this.edges.values()) {
      const from = this.nodes.get(edge.from);
      const to = this.nodes.get(edge.to);
      const where = `${edge.key} (${edge.sources[0]?.source})`;
      if (!from) problems.push(`${where}: no node ${edge.from}`);
      if (!to) problems.push(`${where}: no node ${edge.to}`);
      if (!from || !to) continue;
      const allowed = RELATIONSHIP_ENDPOINTS[edge.type];
      const symmetric = SYMMETRIC_RELATIONSHIPS.has(edge.type);
      const fits = (a: NodeType, b: NodeType) => allowed.from.includes(a) && allowed.to.includes(b);
      if (!fits(from.type, to.type) && !(symmetric && fits(to.type, from.type))) {
        problems.push(`${where}: ${edge.type} cannot go from a ${from.type} to a ${to.type}`);
      }
    }
    for (const item of [...this.nodes.values(), ...this.edges.values()]) {
      const where = 'from' in item ? item.key : `node ${item.key}`;
      for (const p of item.sources) {
        if (!this.nodes.has(p.source)) problems.push(`${where}: unknown source ${p.source}`);
        for (const problem of provenanceProblems(p)) problems.push(`${where}: ${problem}`);
      }
    }
    if (problems.length > 0) throw new SeedError(problems);
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
