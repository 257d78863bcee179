/** The bulk import's CSV files (src/store/neo4j/bulk-import.ts), without a database. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../src/domain/graph-records.js';
import { deletionVariants } from '../../src/domain/search.js';
import { ARRAY_DELIMITER } from '../../src/store/neo4j/bulk-columns.js';
import { writeImportFiles } from '../../src/store/neo4j/bulk-import-files.js';
import { addTwoDeletionVariants } from '../../src/store/neo4j/search-index.js';
import { at } from '../support/at.js';

const node = (key: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  key,
  type: 'Theme',
  name: key,
  aliases: [],
  props: {},
  sources: [{ source: 'source:test' }],
  ...extra,
});

describe('the bulk import CSV files', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplomap-bulk-'));
    dirs.push(dir);
    return join(dir, 'csv');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one file per column set, typed, with import.args naming each file once', async () => {
    const data: GraphData = {
      nodes: [
        node('theme:a', { props: { year: 1983, share: 0.5, open: true } }),
        node('theme:b', { props: { year: 1984.5, share: 1, open: false } }),
        node('theme:c', { aliases: ['C', 'Cee'], description: 'line one\nline two' }),
      ],
      edges: [
        {
          key: 'ALIGNS_WITH:theme:a->theme:b',
          type: 'ALIGNS_WITH',
          from: 'theme:a',
          to: 'theme:b',
          props: { stated: true },
          sources: [{ source: 'source:test', quote: 'She said "so", twice.' }],
        },
      ],
    };
    const manifest = await writeImportFiles(data, folder());
    expect(manifest.nodes).toBe(3);
    expect(manifest.relationships).toBe(1);
    expect(manifest.nodeFiles).toHaveLength(3);
    expect(manifest.multilineFiles).toHaveLength(1);
    const files = manifest.nodeFiles.map((f) => readFileSync(f, 'utf8').split('\n'));
    const [a, b, c] = [at(files, 0), at(files, 1), at(files, 2)];
    // Integers are Neo4j integers (long), other numbers floats (double), as upsert stores them.
    expect(a[0]).toBe(
      'key:ID,:LABEL,name:string,open:boolean,propKeys:string[],provenance:string,searchText:string,searchTokens:string,searchVariants:string,share:double,type:string,year:long',
    );
    expect(b[0]).toContain('share:long');
    expect(b[0]).toContain('year:double');
    // Empty lists are left out (the importer cannot store them; finishBulkImport sets them).
    expect(a[0]).not.toContain('aliases');
    expect(c[0]).toContain('aliases:string[]');
    expect(c[1]).toContain(`"C${ARRAY_DELIMITER}Cee"`);
    expect(c.join('\n')).toContain('"line one\nline two"');
    const rel = readFileSync(at(manifest.relationshipFiles, 0), 'utf8').split('\n');
    expect(rel[0]).toBe(
      ':START_ID,:END_ID,:TYPE,key:string,propKeys:string[],provenance:string,stated:boolean',
    );
    // The provenance JSON's \" stays as it is: quotes are doubled, backslashes are not escapes.
    expect(rel[1]).toContain('\\""so\\""');
    const args = readFileSync(join(manifest.dir, 'import.args'), 'utf8').trim().split('\n');
    expect(args.filter((arg) => arg.startsWith('--nodes='))).toHaveLength(3);
    expect(args).toContain(`--multiline-fields=${manifest.multilineFiles[0]}`);
    expect(args.at(-1)).toBe('neo4j');
  });

  it('keeps what CSV cannot say for upsert afterwards', async () => {
    const data: GraphData = {
      nodes: [
        node('theme:a', { aliases: [''] }),
        node('theme:b', { props: { tags: [] } }),
        node('theme:c', { props: { tags: [`x${ARRAY_DELIMITER}y`] } }),
        node('theme:d', { props: { tags: ['fine'] } }),
      ],
      edges: [
        {
          key: 'ALIGNS_WITH:theme:a->theme:b',
          type: 'ALIGNS_WITH',
          from: 'theme:a',
          to: 'theme:b',
          props: { tags: [] },
          sources: [],
        },
      ],
    };
    const manifest = await writeImportFiles(data, folder());
    expect(manifest.leftovers.nodes.map((n) => n.key)).toEqual(['theme:a', 'theme:b', 'theme:c']);
    expect(manifest.leftovers.edges).toHaveLength(1);
    // Leftover nodes are still imported (relationships need them); leftover relationships are not.
    expect(manifest.nodes).toBe(4);
    expect(manifest.relationships).toBe(0);
  });

  it('refuses what the import cannot load', async () => {
    await expect(
      writeImportFiles({ nodes: [node('theme:a'), node('theme:a')], edges: [] }, folder()),
    ).rejects.toThrow(/Two nodes have the key theme:a/);
    await expect(
      writeImportFiles({ nodes: [node('theme:a', { props: { 'a b': 1 } })], edges: [] }, folder()),
    ).rejects.toThrow(/cannot store the property "a b"/);
    await expect(
      writeImportFiles(
        {
          nodes: [node('theme:a')],
          edges: [
            {
              key: 'ALIGNS_WITH:theme:a->theme:x',
              type: 'ALIGNS_WITH',
              from: 'theme:a',
              to: 'theme:x',
              props: {},
              sources: [],
            },
          ],
        },
        folder(),
      ),
    ).rejects.toThrow(/no node has the key theme:x/);
  });

  it('computes the search variants exactly as deletionVariants does', () => {
    for (const token of [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'aaaa',
      'torino',
      'ab😀cd',
      'x'.repeat(22),
    ]) {
      const variants = new Set<string>();
      addTwoDeletionVariants(token, variants);
      expect([...variants].sort(), token).toEqual(deletionVariants(token, 2));
    }
  });
});
