/**
 * `npm ci` on the Node the README asks for prints no EBADENGINE warning: every package in
 * package-lock.json accepts the lowest Node that package.json's `engines` admits (and the Node
 * running the tests). npm warns on exactly these `engines.node` ranges, so this is the same check
 * without installing anything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/runtime/repo-root.js';

const repo = repoRoot();
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(repo, file), 'utf8'));

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

function refusing(node: string): string[] {
  const lock = read('package-lock.json') as { packages: Record<string, LockEntry> };
  const refused: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') continue;
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (range && !semver.satisfies(node, range))
      refused.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version}: node ${range}`);
  }
  return refused;
}

describe('engines', () => {
  const declared = (read('package.json') as { engines: { node: string } }).engines.node;

  it('package.json states a minimum Node 20 that the running Node meets', () => {
    const minimum = semver.minVersion(declared);
    expect(minimum?.major).toBe(20);
    expect(semver.satisfies(process.version, declared)).toBe(true);
  });

  it('every locked package accepts the lowest Node package.json admits', () => {
    const minimum = semver.minVersion(declared)!.version;
    expect(refusing(minimum)).toEqual([]);
  });

  it('every locked package accepts the running Node', () => {
    expect(refusing(process.version)).toEqual([]);
  });

  it('finds a package that refuses a Node it does not support', () => {
    // The check itself can fail: Node 18 is refused by vitest 4 and eslint 10.
    expect(refusing('18.20.0').length).toBeGreaterThan(0);
  });
});
