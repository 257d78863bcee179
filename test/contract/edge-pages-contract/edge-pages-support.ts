/**
 * What the parts of the relationship-page contract share: the small hand-made graph, the specs
 * they page and the readers over the store they run on.
 */
import { expect } from 'vitest';
import type { EdgePageSpec } from '../../../src/domain/edge-pages.js';
import {
  edgeKey,
  type EdgeView,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type Properties,
} from '../../../src/domain/graph-records.js';
import type { NodeType } from '../../../src/domain/node-types.js';
import type { Page, PageRequest } from '../../../src/domain/pagination.js';
import type { RelationshipType } from '../../../src/domain/relationship-types.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { at } from '../../support/at.js';
import { viewPagesOf } from '../../support/edge-pages.js';

/** The store a relationship-page suite runs on; set by its beforeAll. */
export interface EdgePagesContext {
  store: GraphStore;
}

export const EMOJI = 'city:\u{1F600}'; // a surrogate pair: before U+FB01 by code unit, after it by code point
export const LIGATURE = 'city:\uFB01';

function node(key: string, type: NodeType): GraphNode {
  return { key, type, name: key, aliases: [], props: {}, sources: [{ source: 'source:test' }] };
}

function rel(
  type: RelationshipType,
  from: string,
  to: string,
  discriminator?: string,
  props: Properties = {},
): GraphEdge {
  return {
    key: edgeKey(type, from, to, discriminator),
    type,
    from,
    to,
    props,
    sources: [{ source: 'source:test', quote: `${from} ${type} ${to}` }],
  };
}

/** A network with members of several types, parallel memberships, twinnings stored either way. */
export function edgePagesFixture(): GraphData {
  return {
    nodes: [
      node('source:test', 'Source'),
      node('net:hub', 'Network'),
      node('net:big', 'Network'),
      node('city:a', 'Municipality'),
      node('city:b', 'Municipality'),
      node('city:c', 'Municipality'),
      node(EMOJI, 'Municipality'),
      node(LIGATURE, 'Municipality'),
      node('ngo:x', 'CivilSociety'),
      node('project:p', 'Project'),
      node('lonely', 'Foundation'),
    ],
    edges: [
      rel('MEMBER_OF', 'city:a', 'net:hub', undefined, { since: 2001 }),
      rel('MEMBER_OF', 'city:a', 'net:hub', 'x', { since: 2005, tags: ['x'] }),
      rel('MEMBER_OF', 'city:a', 'net:hub', '\u{1F600}'),
      rel('MEMBER_OF', 'city:a', 'net:hub', '\uFB01', { active: false }),
      rel('MEMBER_OF', 'city:b', 'net:hub'),
      rel('MEMBER_OF', EMOJI, 'net:hub'),
      rel('MEMBER_OF', LIGATURE, 'net:hub'),
      rel('MEMBER_OF', 'ngo:x', 'net:hub'),
      rel('MEMBER_OF', 'net:big', 'net:hub'),
      rel('MEMBER_OF', 'net:hub', 'net:big', undefined, { since: 1999 }),
      rel('TWINNED_WITH', 'city:a', 'city:b', undefined, { since: 1960 }),
      rel('TWINNED_WITH', 'city:c', 'city:a'),
      rel('TWINNED_WITH', 'city:a', 'city:a'),
      rel('TWINNED_WITH', LIGATURE, 'city:a'),
      rel('TWINNED_WITH', 'city:a', EMOJI),
      rel('COOPERATES_WITH', 'ngo:x', 'city:a'),
      rel('COOPERATES_WITH', 'city:a', 'net:hub'),
      rel('PARTICIPATES_IN', 'city:b', 'project:p', undefined, { role: 'PARTNER' }),
      rel('PARTICIPATES_IN', 'city:a', 'project:p', undefined, { role: 'LEAD' }),
      rel('PARTICIPATES_IN', 'ngo:x', 'project:p', undefined, { role: 'IMPLEMENTER' }),
    ],
  };
}

export const HUB_MEMBERS: EdgePageSpec = { types: ['MEMBER_OF'], direction: 'IN' };
export const TIES: EdgePageSpec = { types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction: 'BOTH' };

/** [other key, relationship key, direction] of each item. */
export function rows(page: Page<EdgeView>): [string, string, string][] {
  return page.items.map(({ value }) => [value.otherKey, value.edge.key, value.direction]);
}

/** The readers the tests page with, over the store of `ctx`. */
export function edgePageReaders(ctx: EdgePagesContext) {
  async function pageOf(key: string, spec: EdgePageSpec, request: PageRequest) {
    return at(await viewPagesOf(ctx.store, [key], spec, request), 0);
  }

  /** getEdges' list, kept by other-end type: what getEdgePages pages. */
  async function wholeList(key: string, spec: EdgePageSpec): Promise<EdgeView[]> {
    const views = at(await ctx.store.getEdges([key], spec), 0);
    if (spec.otherTypes === undefined) return views;
    const others = await ctx.store.getNodes(views.map((v) => v.otherKey));
    return views.filter((_v, i) => spec.otherTypes!.includes(others[i]!.type));
  }

  /** Every page of size `first`, following the cursors; checks what each page says. */
  async function walk(key: string, spec: EdgePageSpec, first: number): Promise<EdgeView[]> {
    const seen: EdgeView[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await pageOf(key, spec, after === undefined ? { first } : { first, after });
      expect(page.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.items.map((item) => item.value));
      if (!page.hasNextPage) {
        expect(seen.length).toBe(page.totalCount);
        return seen;
      }
      expect(page.items).toHaveLength(first);
      after = at(page.items, first - 1).cursor;
    }
    throw new Error('too many pages');
  }

  return { pageOf, wholeList, walk };
}
