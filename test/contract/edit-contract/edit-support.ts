/**
 * What the parts of the edit contract share: the small graph each test starts from, the
 * callers, a source to cite, and helpers that read the outcome of an edit.
 */
import { expect } from 'vitest';
import type { GraphData, GraphNode } from '../../../src/domain/graph-records.js';
import type { Principal } from '../../../src/edit/principal.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { DEFAULT_LIMITS } from '../../../src/config/api-limits.js';
import { ChangesDocument, EditedNodeDocument } from '../../generated/graphql.js';
import { apiFor, type Api } from '../../support/api.js';
import { edge } from '../../support/graph-fixtures.js';

export const alice: Principal = { id: 'key:alice', role: 'editor' };
export const root: Principal = { id: 'key:root', role: 'admin' };
export const reader: Principal = { id: 'key:rita', role: 'reader' };

export const doc = { source: 'source:doc', quote: 'ANCI works with ACRI on migration.' };

function place(key: string, type: GraphNode['type'], name: string): GraphNode {
  return { key, type, name, aliases: [], props: {}, sources: [{ source: 'source:doc' }] };
}

/** A small graph to edit: sources, places, topics, two actors and a project. */
export function editFixture(): GraphData {
  return {
    nodes: [
      place('source:doc', 'Source', 'A founding document'),
      place('source:diplomap-curation', 'Source', 'Diplomap editorial curation'),
      place('country:IT', 'Country', 'Italy'),
      place('country:TN', 'Country', 'Tunisia'),
      place('region:mediterranean', 'Region', 'Mediterranean'),
      place('theme:migration', 'Theme', 'Migration'),
      place('theme:governance', 'Theme', 'Governance'),
      place('sdg:11', 'Sdg', 'Sustainable cities and communities'),
      place('sdg:11.3', 'Sdg', 'Inclusive urbanisation'),
      place('sdg:16', 'Sdg', 'Peace, justice and strong institutions'),
      place('anci', 'Association', 'ANCI'),
      place('acri', 'Foundation', 'ACRI'),
      place('istat:048017', 'Municipality', 'Firenze'),
      place('project:matching-fund', 'Project', 'Matching Fund'),
    ],
    edges: [
      edge('IN_REGION', 'country:IT', 'region:mediterranean'),
      edge('PART_OF', 'sdg:11.3', 'sdg:11'),
      edge('LOCATED_IN', 'anci', 'country:IT'),
      edge('PARTICIPATES_IN', 'anci', 'project:matching-fund'),
      edge('PARTICIPATES_IN', 'acri', 'project:matching-fund'),
    ].map((e) => ({ ...e, sources: [{ source: 'source:doc' }] })),
  };
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

export interface ErrorShape {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

/** The API as a caller sees it, and what the tests check after an edit, on the current store. */
export interface EditContext {
  as: (principal?: Principal) => Api;
  errorOf: (result: Promise<{ errors?: readonly unknown[] }>) => Promise<ErrorShape>;
  changeCount: () => Promise<number>;
  nodeExists: (key: string) => Promise<boolean>;
}

/** The helpers over `current()`, the store the running test was given. */
export function editContext(current: () => GraphStore): EditContext {
  const as = (principal?: Principal): Api => apiFor(current(), DEFAULT_LIMITS, principal);

  async function errorOf(result: Promise<{ errors?: readonly unknown[] }>): Promise<ErrorShape> {
    const { errors } = await result;
    expect(errors, 'expected the operation to fail').toBeDefined();
    return errors![0] as ErrorShape;
  }

  async function changeCount(): Promise<number> {
    return (await as(alice).query(ChangesDocument, {})).changes.totalCount;
  }

  async function nodeExists(key: string): Promise<boolean> {
    return (await as(alice).query(EditedNodeDocument, { key })).node !== null;
  }

  return { as, errorOf, changeCount, nodeExists };
}
