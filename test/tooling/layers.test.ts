/**
 * The layer rule (scripts/lint/layers.mjs) bites: ESLint refuses an import that points up or
 * sideways between the layers, and lets the allowed direction through.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/runtime/repo-root.js';

const repo = repoRoot();
// The probes are files no tsconfig includes, so the type-aware rules (which need a program)
// are left out: the layer rule reads imports only.
const eslint = new ESLint({ cwd: repo, overrideConfig: tseslint.configs.disableTypeChecked });

/** The layer-rule messages ESLint gives `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repo, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('boundaries/'))
    .map((message) => message.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/domain/probe.ts', "import { openGraph } from '../cli/open-graph.js';", 'domain', 'cli'],
    [
      'src/domain/probe.ts',
      "import type { GraphStore } from '../store/graph-store.js';",
      'domain',
      'store-port',
    ],
    [
      'src/store/probe.ts',
      "import { MemoryStore } from './memory/memory-store.js';",
      'store-port',
      'memory-store',
    ],
    [
      'src/store/neo4j/probe.ts',
      "import { MemoryStore } from '../memory/memory-store.js';",
      'neo4j-store',
      'memory-store',
    ],
    [
      'src/store/memory/probe.ts',
      "import { loadSeeds } from '../../ingest/seed/load-seeds.js';",
      'memory-store',
      'use-case',
    ],
    [
      'src/app/probe.ts',
      "import { Neo4jStore } from '../store/neo4j/neo4j-store.js';",
      'use-case',
      'neo4j-store',
    ],
    [
      'src/app/probe.ts',
      "import { createContext } from '../graphql/context.js';",
      'use-case',
      'graphql',
    ],
    [
      'src/config/probe.ts',
      "import { createServer } from '../server/create-server.js';",
      'config',
      'server',
    ],
    [
      'src/graphql/probe.ts',
      "import { createServer } from '../server/create-server.js';",
      'graphql',
      'server',
    ],
    ['src/server/probe.ts', "import { serve } from '../cli/serve.js';", 'server', 'cli'],
  ])('refuses %s importing %s', async (path, code, from, to) => {
    const errors = await layerErrors(path, `${code}\nexport const probe = 1;\n`);
    expect(errors).toEqual([
      `There is no policy allowing dependencies from elements of type "${from}" to elements of type "${to}"`,
    ]);
  });

  it.each([
    ['src/store/neo4j/probe.ts', "import type { GraphStore } from '../graph-store.js';"],
    ['src/app/probe.ts', "import { isStated } from '../domain/provenance.js';"],
    ['src/graphql/probe.ts', "import { DEFAULT_LIMITS } from '../config/api-limits.js';"],
    ['src/cli/probe.ts', "import { MemoryStore } from '../store/memory/memory-store.js';"],
  ])('lets %s import %s', async (path, code) => {
    expect(await layerErrors(path, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });

  it('refuses a file outside every layer', async () => {
    expect(await layerErrors('src/stray/probe.ts', 'export const probe = 1;\n')).toEqual([
      'File does not match any file pattern and does not belong to any known element',
    ]);
  });
});
