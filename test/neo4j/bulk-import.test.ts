/**
 * The bulk initial load (neo4j-admin import, src/store/neo4j/bulk-import.ts) end to end, on a
 * dedicated Neo4j (its own port and home folder, the shared jars) that this file starts, stops and
 * starts again through scripts/neo4j/neo4j.sh, and stops at the end. The same graphs go through
 * the transactional seed path (Neo4jStore.upsert) into the shared test Neo4j; the two databases
 * must then hold exactly the same nodes, relationships, labels, properties (with their Cypher
 * types), constraints and indexes, and the stores must answer the same. If Neo4j cannot start,
 * the tests fail: nothing here is skipped.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BenchOptions, ScaleResult } from '../../bench/bench-types.js';
import { runScale } from '../../bench/run-scale.js';
import type { GraphData } from '../../src/domain/graph-records.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import { generateGraph } from '../../src/ingest/generate/generate-graph.js';
import { ARRAY_DELIMITER } from '../../src/store/neo4j/bulk-columns.js';
import { bulkLoad, type BulkLoadReport } from '../../src/store/neo4j/bulk-import.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { seededGraph } from '../support/seeded-stores.js';
import { dedicatedHome, neo4jCommand } from '../support/test-neo4j.js';
import { fixtureGraph } from './fixture.js';

// Its own port and home (.neo4j-test/bulk), never the user's or the shared test server's.
const server = {
  port: process.env.NEO4J_BULK_TEST_PORT ?? '7692',
  homeDir: dedicatedHome('bulk'),
  password: 'diplomap-bulk',
};
const { port, homeDir, password } = server;
// The import restarts the server with the settings of its last start: the script's defaults.
const neo4jScript = (command: string) => neo4jCommand(server, [command]);
const bulkTarget = {
  uri: `bolt://127.0.0.1:${port}`,
  username: 'neo4j',
  password,
  database: 'neo4j',
};
const ACTORS = 300;
const SEED = 3;

/**
 * Every node and relationship of the graph with its labels or type, properties and their Cypher
 * types. The graph only: a load marks the partnership index not complete (its state node), which
 * is not what the two paths are compared on.
 */
async function dump(target: { uri: string; username: string; password: string }) {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: true,
  });
  const session = driver.session();
  try {
    const nodes = (
      await session.run(
        `MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties,
           [k IN keys(n) | k + ': ' + valueType(n[k])] AS types ORDER BY key`,
      )
    ).records.map((r) => ({
      key: r.get('key') as string,
      labels: [...(r.get('labels') as string[])].sort(),
      properties: r.get('properties') as Record<string, unknown>,
      types: [...(r.get('types') as string[])].sort(),
    }));
    const relationships = (
      await session.run(
        `MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, r.key AS key, a.key AS from, b.key AS to,
           properties(r) AS properties, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types
         ORDER BY type, key`,
      )
    ).records.map((r) => ({ ...r.toObject(), types: [...(r.get('types') as string[])].sort() }));
    const indexes = (
      await session.run(
        `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, options
         RETURN name, type, entityType, labelsOrTypes, properties, state, options.indexConfig AS config ORDER BY name`,
      )
    ).records.map((r) => r.toObject());
    const constraints = (
      await session.run(
        'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name',
      )
    ).records.map((r) => r.toObject());
    return { nodes, relationships, indexes, constraints };
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Values the CSV importer reads specially, on top of the fixture graph's. */
function trickyGraph(): GraphData {
  const graph = fixtureGraph();
  const source = { source: 'source:fixture', quote: 'He said "yes", then; no.\nNew line.' };
  graph.nodes.push(
    {
      key: 'theme:bulk-quotes',
      type: 'Theme',
      name: 'Quotes "inside", commas, semicolons; and ünïcödé 😀',
      aliases: ['one; two', 'with, comma', '"quoted"', ' padded '],
      description: 'Two\nlines\r\nand a CRLF, a tab\there and a trailing space ',
      props: {
        big: 9_007_199_254_740_991,
        negative: -42,
        float: 0.1,
        huge: 1e300,
        tiny: 5e-324,
        minusZero: -0,
        yes: true,
        no: false,
        empty: '',
        list: ['a', 'b; c', 'd,e'],
        key: 'a prop named like a field',
        prop_x: 'a prop with the escape prefix',
      },
      sources: [source],
    },
    {
      key: 'theme:bulk-leftover',
      type: 'Theme',
      name: 'Values the CSV cannot carry',
      aliases: [''],
      props: {
        emptyList: [],
        delimiter: [`a${ARRAY_DELIMITER}b`],
        ok: 'kept',
      },
      sources: [],
    },
  );
  graph.edges.push(
    {
      key: 'ALIGNS_WITH:theme:bulk-quotes->theme:bulk-leftover',
      type: 'ALIGNS_WITH',
      from: 'theme:bulk-quotes',
      to: 'theme:bulk-leftover',
      props: { note: 'multi\nline', weight: 2, ratio: 2.5, stated: true, tags: ['x', 'y'] },
      sources: [source],
    },
    {
      key: 'ALIGNS_WITH:theme:bulk-leftover->theme:bulk-quotes',
      type: 'ALIGNS_WITH',
      from: 'theme:bulk-leftover',
      to: 'theme:bulk-quotes',
      props: { emptyList: [] },
      sources: [],
    },
  );
  return graph;
}

describe('the bulk initial load (neo4j-admin import) on a dedicated Neo4j', () => {
  let bench: ScaleResult;
  let bulk: Neo4jStore;
  let reference: Neo4jStore;
  let data: GraphData;

  beforeAll(async () => {
    rmSync(resolve(homeDir, 'data'), { recursive: true, force: true });
    // Fails the file (no skip) with the script's message when Neo4j cannot start.
    await neo4jScript('start');
    // The reference: the same graphs through the seed path into the shared test Neo4j.
    reference = await Neo4jStore.connect(inject('neo4j'));
    data = generateGraph(await seededGraph(), { actors: ACTORS, seed: SEED }).data;
  }, 240_000);

  afterAll(async () => {
    await bulk?.close();
    await reference?.close();
    await neo4jScript('stop');
  }, 120_000);

  it(
    'loads the generated graph so that every benchmark runner gives the same answers',
    { timeout: 300_000 },
    async () => {
      const options: BenchOptions = {
        scales: [ACTORS],
        seed: SEED,
        neo4j: bulkTarget,
        neo4jHome: homeDir,
        load: 'bulk',
        latencyMs: 50,
        latencyMaxSamples: 2,
        warmup: 0,
        throughputMs: 50,
        maxBacklogMs: 60_000,
        concurrency: 2,
        batchSize: 5_000,
        writeConcurrency: 1,
        memoryMaxActors: ACTORS,
        serverHeapMb: 1024,
      };
      bench = await runScale(ACTORS, options);
      expect(bench.load?.method).toBe('bulk');
      const report = bench.load?.bulk as BulkLoadReport;
      expect(report.relationships).toBe(bench.relationships);
      expect(report.importRelationshipsPerSecond).toBeGreaterThan(0);
      expect(report.leftovers).toBe(0);
      for (const q of bench.questions)
        expect(q.agrees, q.name).toEqual({ raw: true, diplomap: true, peer: true, memory: true });
    },
  );

  it('holds exactly what the seed path writes, and the stores answer the same', async () => {
    await reference.clearAll();
    await reference.upsert(data);
    // Connected after the import: a store connected before it would wait for its bookmarks, which
    // name transactions of the database the import replaced.
    bulk = await Neo4jStore.connect(bulkTarget);
    const [fromBulk, fromUpsert] = await Promise.all([dump(bulkTarget), dump(inject('neo4j'))]);
    expect(fromBulk.nodes.length).toBe(data.nodes.length);
    expect(fromBulk.relationships.length).toBe(data.edges.length);
    expect(fromBulk).toEqual(fromUpsert);

    expect(await bulk.counts()).toEqual(await reference.counts());
    expect(await bulk.health()).toEqual(await reference.health());
    const sample = data.nodes.filter((_, i) => i % 7 === 0).map((n) => n.key);
    expect(await bulk.getNodes(sample)).toEqual(await reference.getNodes(sample));
    const spec = { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' as const };
    expect(await bulk.getEdges(sample, spec)).toEqual(await reference.getEdges(sample, spec));
    const edgeKeys = data.edges.filter((_, i) => i % 11 === 0).map((e) => e.key);
    expect(await bulk.getRelationships(edgeKeys)).toEqual(
      await reference.getRelationships(edgeKeys),
    );
    const { region, theme, busyActor } = bench.landmarks;
    for (const query of [{ inRegion: region, workingOn: theme }, { of: busyActor }]) {
      const page = { first: 20 };
      const hits = await bulk.findPartners(query, page);
      expect(hits.totalCount, JSON.stringify(query)).toBeGreaterThan(0);
      expect(hits).toEqual(await reference.findPartners(query, page));
    }
    const name = data.nodes.find((n) => n.type === 'Municipality')!.name;
    expect(await bulk.search({ text: name }, { first: 10 })).toEqual(
      await reference.search({ text: name }, { first: 10 }),
    );
  }, 120_000);

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    await expect(bulkLoad(data, { neo4j: bulkTarget, homeDir })).rejects.toThrow(/not empty/);
    expect((await bulk.health()).relationships).toBe(data.edges.length);
  });

  it(
    'stores quotes, line breaks, numbers, lists and the values CSV cannot carry exactly as upsert does',
    { timeout: 240_000 },
    async () => {
      const tricky = trickyGraph();
      const report = await bulkLoad(tricky, { neo4j: bulkTarget, homeDir, overwrite: true });
      // At least the node with [''] and two lists the CSV cannot say, and the relationship with
      // an empty list (the fixture graph has one more).
      expect(report.leftovers).toBeGreaterThanOrEqual(2);
      await reference.clearAll();
      await reference.upsert(tricky);
      const [fromBulk, fromUpsert] = await Promise.all([dump(bulkTarget), dump(inject('neo4j'))]);
      expect(fromBulk.nodes.length).toBe(tricky.nodes.length);
      expect(fromBulk.relationships.length).toBe(tricky.edges.length);
      expect(fromBulk).toEqual(fromUpsert);
      const quotes = fromBulk.nodes.find((n) => n.key === 'theme:bulk-quotes')!;
      expect(quotes.types).toContain('minusZero: FLOAT NOT NULL');
      expect(quotes.types).toContain('big: INTEGER NOT NULL');
      expect(Object.is((quotes.properties as { minusZero: number }).minusZero, -0)).toBe(true);
    },
  );
});
