/**
 * The relationship-page contract (GraphStore.getEdgePages): on a small hand-made graph, every
 * store gives exactly the pinned pages — counts, first pages, `first: 0`, cursors across pages and
 * between positions, the other-end type filter, symmetric relationships read both ways, parallel
 * relationships, keys outside the Basic Multilingual Plane (ordered by UTF-16 code unit, as
 * JavaScript does), missing keys — and the same relationships as `getEdges` cut by `paginate`.
 * Run against the embedded store and Neo4j (memory-edge-pages.test.ts, neo4j-edge-pages.test.ts).
 * The store is opened once; the parts (edge-pages-contract/*.ts) add their tests to this describe.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { cursorTests } from './edge-pages-contract/cursors.js';
import {
  edgePagesFixture,
  type EdgePagesContext,
} from './edge-pages-contract/edge-pages-support.js';
import { firstPageTests } from './edge-pages-contract/first-pages.js';
import { severalKeyTests } from './edge-pages-contract/several-keys.js';
import { typeAndDirectionTests } from './edge-pages-contract/types-and-directions.js';

export { edgePagesFixture } from './edge-pages-contract/edge-pages-support.js';

export function defineEdgePagesSuite(
  name: string,
  open: (data: GraphData) => Promise<GraphStore>,
): void {
  describe(`GraphStore relationship pages (getEdgePages): ${name}`, () => {
    // Filled before the parts' own beforeAll hooks run (they are registered after this one).
    const ctx = {} as EdgePagesContext;

    beforeAll(async () => {
      ctx.store = await open(edgePagesFixture());
    });
    afterAll(async () => {
      await ctx.store?.close();
    });

    firstPageTests(ctx);
    cursorTests(ctx);
    typeAndDirectionTests(ctx);
    severalKeyTests(ctx);
  });
}
