/**
 * What the code and the docs point to exists: every `docs/<page>.md` a source file names, every
 * section of docs/ARCHITECTURE.md a comment cites (`docs/ARCHITECTURE.md, "Query semantics"`),
 * and every relative link of README.md and docs/ (the file, and the heading an anchor names).
 * No file cites the design document the code once named, which the repository never had.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/runtime/repo-root.js';

const repo = repoRoot();
const CODE_DIRS = ['src', 'test', 'bench', 'cypher', 'scripts', '.ci'];
const CODE_FILES = /\.(ts|mjs|js|sh|cypher|java|md|json|graphql)$|\/run$/;
const SKIP = /\/(generated|node_modules)\//;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIP.test(`${path}/`)) continue;
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (CODE_FILES.test(path)) out.push(path);
  }
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const headingsOf = (markdown: string) =>
  [...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!.replace(/`/g, '').trim());

/** A file's text with comment line breaks joined, so a citation split over two lines reads whole. */
const joined = (file: string) => readFileSync(file, 'utf8').replace(/\n\s*(\*|\/\/|#)\s*/g, ' ');

const architecture = headingsOf(readFileSync(join(repo, 'docs/ARCHITECTURE.md'), 'utf8'));
const code = CODE_DIRS.filter((d) => existsSync(join(repo, d))).flatMap((d) =>
  filesUnder(join(repo, d)),
);
const pages = ['README.md', ...readdirSync(join(repo, 'docs')).map((f) => `docs/${f}`)]
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(repo, f));

describe('references', () => {
  it('no file cites the design document the repository never had', () => {
    const citing = [...code, ...pages].filter((f) =>
      readFileSync(f, 'utf8').includes('DESIGN' + '.md'),
    );
    expect(citing.map((f) => relative(repo, f))).toEqual([]);
  });

  it('every docs page the code names exists', () => {
    const missing: string[] = [];
    for (const file of code) {
      for (const [page] of readFileSync(file, 'utf8').matchAll(/docs\/[\w-]+\.md/g))
        if (!existsSync(join(repo, page))) missing.push(`${relative(repo, file)}: ${page}`);
    }
    expect(missing).toEqual([]);
  });

  it('every ARCHITECTURE.md section the code cites is a heading there', () => {
    const cited: string[] = [];
    for (const file of code) {
      for (const m of joined(file).matchAll(/ARCHITECTURE\.md,? "([^"]+)"/g))
        if (!architecture.includes(m[1]!)) cited.push(`${relative(repo, file)}: "${m[1]}"`);
    }
    expect(cited).toEqual([]);
  });

  it('the code cites the query semantics where it implements them', () => {
    for (const file of ['src/domain/semantics/evaluator.ts', 'src/domain/queries.ts'])
      expect(joined(join(repo, file))).toContain('docs/ARCHITECTURE.md, "Query semantics"');
  });

  it('every relative link of README.md and docs/ leads to a file, and to a heading there', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [path, anchor] = target.split('#');
        const file = path ? resolve(dirname(page), path) : page;
        const where = `${relative(repo, page)}: ${target}`;
        if (!existsSync(file)) broken.push(where);
        else if (anchor && !headingsOf(readFileSync(file, 'utf8')).map(slug).includes(anchor))
          broken.push(`${where} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('reads anchors the way GitHub makes them', () => {
    expect(slug('When a relationship holds at a date')).toBe('when-a-relationship-holds-at-a-date');
    expect(slug('The explorer: a map and network view')).toBe(
      'the-explorer-a-map-and-network-view',
    );
  });
});
