/**
 * The reference part of a synthetic graph: countries, regions (M49 and ANCI's curated ones), SDGs,
 * themes, frameworks and sources, with the relationships among them, copied from the real seeds.
 * Synthetic actors hang off the same places and topics, so "in region" and "works on" mean exactly
 * what they mean on the real graph.
 */
import type { GraphData } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { GraphBuilder } from '../seed/graph-builder.js';

const SKELETON_NODES: ReadonlySet<NodeType> = new Set([
  'Source',
  'Country',
  'Region',
  'Sdg',
  'Theme',
  'Framework',
]);
const SKELETON_EDGES: ReadonlySet<RelationshipType> = new Set([
  'IN_REGION',
  'PART_OF',
  'ALIGNS_WITH',
]);

/** Adds the skeleton of `seeds` to the builder, with every source of every node and relationship. */
export function addSkeleton(builder: GraphBuilder, seeds: GraphData): void {
  for (const node of seeds.nodes) {
    if (!SKELETON_NODES.has(node.type)) continue;
    for (const source of node.sources) {
      builder.addNode({
        key: node.key,
        type: node.type,
        name: node.name,
        aliases: node.aliases,
        ...(node.description ? { description: node.description } : {}),
        props: node.props,
        source,
      });
    }
  }
  for (const edge of seeds.edges) {
    if (!SKELETON_EDGES.has(edge.type)) continue;
    if (!builder.has(edge.from) || !builder.has(edge.to)) continue;
    const hash = edge.key.indexOf('#');
    for (const source of edge.sources) {
      builder.addEdge({
        type: edge.type,
        from: edge.from,
        to: edge.to,
        props: edge.props,
        source,
        ...(hash >= 0 ? { discriminator: edge.key.slice(hash + 1) } : {}),
      });
    }
  }
}
