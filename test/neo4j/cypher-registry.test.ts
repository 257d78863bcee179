/** The statement registry and the storage helpers of the Neo4j adapter; no database needed. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';
import {
  CYPHER_FILES,
  defaultCypherDir,
  loadCypherRegistry,
  splitStatements,
} from '../../src/store/neo4j/cypher-registry.js';
import {
  fromEdgeProperties,
  fromNodeProperties,
  toEdgeRow,
  toNodeRow,
} from '../../src/store/neo4j/records.js';
import { needsSortableText, sortableText } from '../../src/store/neo4j/sortable-text.js';

describe('the Cypher registry', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function copyOfCypherDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'diplomap-cypher-'));
    temporary.push(dir);
    cpSync(defaultCypherDir(), dir, { recursive: true });
    return dir;
  }

  it('finds the repository cypher/ folder and reads every statement file', () => {
    const registry = loadCypherRegistry();
    for (const name of Object.keys(CYPHER_FILES) as (keyof typeof CYPHER_FILES)[]) {
      expect(registry.statements[name].length, name).toBeGreaterThan(0);
    }
    expect(defaultCypherDir()).toBe(join(process.cwd(), 'cypher'));
  });

  it('opens every file with a header comment that names its params and columns', () => {
    for (const file of Object.values(CYPHER_FILES)) {
      const text = readFileSync(join(defaultCypherDir(), file), 'utf8');
      expect(text.startsWith('// '), file).toBe(true);
      const header = text.slice(0, text.search(/^[A-Z]/m));
      expect(header, file).toMatch(/\$\w+|No \$params/);
      expect(header, file).toMatch(/Returns|No columns returned/);
    }
  });

  it('fails at start, naming the file, when a statement file is missing', () => {
    const dir = copyOfCypherDir();
    rmSync(join(dir, CYPHER_FILES.findPartners));
    expect(() => loadCypherRegistry(dir)).toThrow(/partners\/find-partners\.cypher cannot be read/);
  });

  it('fills the relationship type slot only with a member of the enum', () => {
    const registry = loadCypherRegistry();
    expect(registry.upsertEdgesFor('MEMBER_OF')).toContain(
      'MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b)',
    );
    expect(() => registry.upsertEdgesFor('X]->() DETACH DELETE a //' as RelationshipType)).toThrow(
      /not a relationship type/,
    );
  });

  it('splits schema.cypher into statements without comments', () => {
    const statements = loadCypherRegistry().schemaStatements;
    expect(statements[0]).toBe(
      'CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE',
    );
    expect(statements.every((s) => !s.includes('//') && !s.includes(';'))).toBe(true);
    expect(splitStatements('// a\nRETURN 1;\n\n// b\nRETURN 2;')).toEqual(['RETURN 1', 'RETURN 2']);
  });
});

describe('sortable text', () => {
  const samples = [
    '',
    'a',
    'Z',
    'é',
    '\uD7FF',
    '\uE000',
    '\uFB01',
    '\uFFFF',
    '\u{1F600}',
    '\u{10000}',
    '\u{1D538}x',
    'a\u{1F600}',
    'a\uFB01',
    'ab',
  ];

  it('keeps text without surrogates or private-use characters unchanged', () => {
    expect(sortableText('São Paulo — Ḫattuša')).toBe('São Paulo — Ḫattuša');
    expect(needsSortableText('São Paulo')).toBe(false);
    expect(needsSortableText('\u{1F600}')).toBe(true);
  });

  it('keeps JavaScript code-unit order and equality, with no surrogate left', () => {
    for (const a of samples) {
      expect(/[\uD800-\uDFFF]/.test(sortableText(a))).toBe(false);
      for (const b of samples) {
        const order = a < b ? -1 : a > b ? 1 : 0;
        const encoded =
          sortableText(a) < sortableText(b) ? -1 : sortableText(a) > sortableText(b) ? 1 : 0;
        expect(encoded, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(order);
      }
    }
  });
});

describe('stored records', () => {
  it('round-trips a node, props named like our own properties included', () => {
    const node: GraphNode = {
      key: 'anci',
      type: 'Association',
      name: 'ANCI',
      aliases: [],
      props: { name: 'shadow', prop_x: 1, founded: 1901, share: 0.5, active: false, tags: [] },
      sources: [
        { source: 'source:x', quote: 'q' },
        { source: 'source:y', note: 'n' },
      ],
    };
    const row = toNodeRow(node);
    expect(row.labels).toEqual(['Entity', 'Actor', 'Association']);
    expect(row.staleLabels).not.toContain('Association');
    expect(row.staleLabels).toContain('Municipality');
    expect(row.properties.name).toBe('ANCI');
    expect(row.properties.prop_name).toBe('shadow');
    expect(row.properties.prop_prop_x).toBeDefined();
    const stored = { ...row.properties, founded: 1901, prop_prop_x: 1 }; // the driver returns integers as numbers
    expect(fromNodeProperties(stored)).toEqual(node);
  });

  it('round-trips a relationship', () => {
    const edge: GraphEdge = {
      key: 'MEMBER_OF:a->b',
      type: 'MEMBER_OF',
      from: 'a',
      to: 'b',
      props: { key: 'shadow', since: 'May 1983' },
      sources: [],
    };
    const row = toEdgeRow(edge);
    expect(row.properties.key).toBe('MEMBER_OF:a->b');
    expect(row.properties.sortKey).toBeUndefined();
    expect(fromEdgeProperties('MEMBER_OF', 'a', 'b', row.properties)).toEqual(edge);
  });

  it('stores a sortable key for a relationship whose key needs one, and reads it back without it', () => {
    const edge: GraphEdge = {
      key: 'TWINNED_WITH:city:\u{1F600}->city:\uFB01',
      type: 'TWINNED_WITH',
      from: 'city:\u{1F600}',
      to: 'city:\uFB01',
      props: { sortKey: 'a prop called sortKey' },
      sources: [],
    };
    const row = toEdgeRow(edge);
    expect(row.properties.sortKey).toBe(sortableText(edge.key));
    expect(row.properties.prop_sortKey).toBe('a prop called sortKey');
    expect(fromEdgeProperties(edge.type, edge.from, edge.to, row.properties)).toEqual(edge);
  });
});
