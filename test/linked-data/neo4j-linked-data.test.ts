import { describe, expect, it } from 'vitest';
import { TripleMapper } from '../../src/linked-data/graph-triples.js';
import { documentQuads, readNodeDocument } from '../../src/linked-data/node-document.js';
import { writeNTriples } from '../../src/linked-data/rdf-formats.js';
import { DEFAULT_BASE_URI, uriSpace } from '../../src/linked-data/uris.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore, seededNeo4jStoreUnindexed } from '../support/seeded-stores.js';
import { defineLinkedDataSuite } from './linked-data-suite.js';

defineLinkedDataSuite('Neo4j', seededNeo4jStoreUnindexed);

describe('Linked Data documents on both stores', () => {
  it('are the same bytes from the embedded store and from Neo4j', async () => {
    const mapper = new TripleMapper(uriSpace(DEFAULT_BASE_URI));
    const document = async (store: GraphStore, key: string, after?: string) => {
      const [node] = await store.getNodes([key]);
      const doc = await readNodeDocument(store, node!, { first: 50, ...(after ? { after } : {}) });
      return {
        text: await writeNTriples(documentQuads(doc, mapper)),
        next: doc.relationships.items.at(-1)?.cursor,
      };
    };
    const memory = await seededMemoryStore();
    const neo4j = await seededNeo4jStoreUnindexed();
    try {
      for (const key of ['anci', 'istat:048017', 'sdg:11', 'source:anci-profile']) {
        const a = await document(memory, key);
        expect((await document(neo4j, key)).text, key).toBe(a.text);
      }
      // A second page, resumed with the first page's cursor on either store.
      const first = await document(memory, 'country:IT');
      const second = await document(neo4j, 'country:IT', first.next);
      expect(second.text).toBe((await document(memory, 'country:IT', first.next)).text);
    } finally {
      await neo4j.close();
    }
  });
});
