/**
 * The statement files as the registry fills them from the domain's vocabulary and rules
 * (src/store/neo4j/cypher-vocabulary.ts): every statement, for every value of its per-call slots,
 * is one Neo4j parses and plans (EXPLAIN on the tests' own Neo4j), the schema has a key
 * constraint per relationship type, and no file names a relationship type itself or a rule the
 * vocabulary does not define — so a change of the rules or a new type needs no Cypher edit.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { NODE_TYPES } from '../../src/domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import {
  CYPHER_FILES,
  CYPHER_FRAGMENTS,
  defaultCypherDir,
  loadCypherRegistry,
  type CypherName,
} from '../../src/store/neo4j/cypher-registry.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../src/store/neo4j/neo4j-store.js';

const config: Neo4jStoreConfig = inject('neo4j');

/** Every `.cypher` file the store reads (bench/ holds the benchmark's hand-written floor). */
function storeFiles(dir = defaultCypherDir()): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'bench') out.push(...storeFiles(path));
    } else if (name.endsWith('.cypher')) out.push(path);
  }
  return out;
}

/** A file's Cypher without its comment lines. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');

describe('the statement files, against the domain', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('name no relationship type: every one comes from the vocabulary', () => {
    const named: string[] = [];
    for (const file of storeFiles()) {
      const text = code(file);
      for (const type of RELATIONSHIP_TYPES)
        if (new RegExp(`\\b${type}\\b`).test(text))
          named.push(`${relative(defaultCypherDir(), file)}: ${type}`);
    }
    expect(named).toEqual([]);
  });

  it('name only node labels the domain defines (and the storage labels)', () => {
    const known = new Set<string>([
      ...NODE_TYPES,
      ...['Entity', 'Actor', 'Change', 'ChangeLog'],
      // The partnership index's own graph (index/write-entries.cypher): its labels, and its
      // relationship types (the pattern also catches `r:TYPE`).
      ...['IndexEntry', 'IndexKey', 'IndexState', 'IndexCount'],
      ...['INDEX_REGION', 'INDEX_TOPIC', 'INDEX_READ', 'INDEX_SIZE'],
    ]);
    const unknown: string[] = [];
    for (const file of storeFiles()) {
      // A label after a node variable or an opening parenthesis: `(n:Label`, `(:Label`, `n:Label|Other`.
      for (const m of code(file).matchAll(/(?:\(\w*|\b[a-z]\w*):([A-Z]\w*(?:\|[A-Z]\w*)*)/g))
        for (const label of m[1]!.split('|'))
          if (!known.has(label)) unknown.push(`${relative(defaultCypherDir(), file)}: ${label}`);
    }
    expect(unknown).toEqual([]);
  });

  it('fails at start, naming the file, when a file names a rule the vocabulary lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplomap-cypher-'));
    temporary.push(dir);
    cpSync(defaultCypherDir(), dir, { recursive: true });
    const file = join(dir, CYPHER_FILES.findPartners);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('PARTNERSHIP_RULES', 'FRIENDSHIP_RULES'),
    );
    expect(() => loadCypherRegistry(dir)).toThrow(
      /find-partners\.cypher: line \d+: join takes a list the vocabulary defines/,
    );
  });

  it('repeats the per-type blocks for every node and relationship type', () => {
    const { statements, schemaStatements } = loadCypherRegistry();
    for (const type of RELATIONSHIP_TYPES) {
      expect(statements.counts).toContain(`()-[r:${type}]->()`);
      expect(statements.getRelationships).toContain(`USING INDEX r:${type}(key)`);
      expect(statements.getEdgePages).toContain(`COUNT { (n)<-[:${type}]-() }`);
      expect(schemaStatements).toContain(
        `CREATE CONSTRAINT rel_key_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`,
      );
    }
    for (const type of NODE_TYPES) expect(statements.counts).toContain(`MATCH (n:${type})`);
  });

  it('keeps the fragments out of the statements list', () => {
    const statements = new Set<string>(Object.values(CYPHER_FILES));
    for (const fragment of Object.values(CYPHER_FRAGMENTS))
      expect(statements.has(fragment)).toBe(false);
  });
});

describe('the filled statements on Neo4j', () => {
  let store: Neo4jStore;
  let driver: Driver;
  const registry = loadCypherRegistry();

  beforeAll(async () => {
    // Connecting applies schema.cypher: each of its statements runs.
    store = await Neo4jStore.connect(config);
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  });
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  async function explain(statement: string): Promise<void> {
    const session = driver.session({ database: config.database ?? 'neo4j' });
    try {
      // Every parameter any statement reads, so planning never misses one.
      await session.run(`EXPLAIN ${statement}`, {
        query: {},
        rows: [],
        keys: [],
        change: {},
        params: {},
        needle: null,
        types: [],
      });
    } finally {
      await session.close();
    }
  }

  const perCall: CypherName[] = ['schema', 'upsertEdges', 'shortestPaths'];
  for (const name of Object.keys(CYPHER_FILES) as CypherName[]) {
    if (perCall.includes(name)) continue;
    it(`plans ${CYPHER_FILES[name]}`, async () => {
      await expect(explain(registry.statements[name])).resolves.toBeUndefined();
    });
  }

  it('plans upsert-edges for every relationship type', async () => {
    for (const type of RELATIONSHIP_TYPES) await explain(registry.upsertEdgesFor(type));
  });

  it('plans shortest-paths for every bound up to the deepest the API allows', async () => {
    for (let hops = 1; hops <= 6; hops++) await explain(registry.shortestPathsFor(hops));
  });

  it('has the key constraint of every relationship type', async () => {
    const session = driver.session({ database: config.database ?? 'neo4j' });
    try {
      const result = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      const names = new Set(result.records[0]!.get('names') as string[]);
      for (const type of RELATIONSHIP_TYPES)
        expect(names.has(`rel_key_${type.toLowerCase()}`), type).toBe(true);
    } finally {
      await session.close();
    }
  });
});
