/**
 * The repository's root folder, the one with package.json: found by walking up from this module,
 * so it is the same whether the code runs from the TypeScript sources (src/, bench/, under
 * vitest) or from the build (dist/src/, dist/bench/), which holds no package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function repoRoot(): string {
  found ??= findRoot(dirname(fileURLToPath(import.meta.url)));
  return found;
}

/** A path under the repository's root: `repoPath('bench/RESULTS.md')`. */
export function repoPath(...segments: string[]): string {
  return resolve(repoRoot(), ...segments);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json in ${start} or above it.`);
  }
}
