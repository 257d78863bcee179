/** Small hand-made graphs for unit tests: nodes and relationships with a test source. */
import type { GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';

export const testSource = [{ source: 'source:test' }];

export function node(key: string, type: GraphNode['type'] = 'Municipality'): GraphNode {
  return { key, type, name: key, aliases: [], props: {}, sources: testSource };
}

export function edge(type: RelationshipType, from: string, to: string): GraphEdge {
  return { key: `${type}:${from}->${to}`, type, from, to, props: {}, sources: testSource };
}

/**
 * Three cities: a and b in a project that addresses SDG 1, a and c in one that addresses
 * nothing (a and b in a country of region:r), and a theme not yet aligned with SDG 1. `THEME_ALIGNMENT` aligns it, changing the
 * theme's topic set: a and b then work on the theme (what partner counts are kept by).
 */
export function sdgPartners(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: [
      node('city:a'),
      node('city:b'),
      node('city:c'),
      node('project:p', 'Project'),
      node('project:q', 'Project'),
      node('theme:t', 'Theme'),
      node('sdg:1', 'Sdg'),
      node('country:X', 'Country'),
      node('region:r', 'Region'),
    ],
    edges: [
      edge('PARTICIPATES_IN', 'city:a', 'project:p'),
      edge('PARTICIPATES_IN', 'city:b', 'project:p'),
      edge('ADDRESSES', 'project:p', 'sdg:1'),
      edge('PARTICIPATES_IN', 'city:a', 'project:q'),
      edge('PARTICIPATES_IN', 'city:c', 'project:q'),
      edge('IN_REGION', 'country:X', 'region:r'),
      edge('LOCATED_IN', 'city:a', 'country:X'),
      edge('LOCATED_IN', 'city:b', 'country:X'),
    ],
  };
}

export const THEME_ALIGNMENT = edge('ALIGNS_WITH', 'theme:t', 'sdg:1');
