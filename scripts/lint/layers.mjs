/**
 * The layers of src/ and which may import which: dependencies point one way, from the edge
 * (cli, server, graphql) through the use cases and the store port down to the pure domain.
 * docs/ARCHITECTURE.md describes the layers; test/tooling/layers.test.ts proves the rule bites.
 */

/** Each layer, most specific pattern first (a file belongs to the first layer it matches). */
export const LAYERS = [
  { type: 'domain', pattern: 'src/domain' },
  { type: 'memory-store', pattern: 'src/store/memory' },
  { type: 'neo4j-store', pattern: 'src/store/neo4j' },
  // The files directly in src/store: the port and what wraps it.
  { type: 'store-port', pattern: 'src/store' },
  { type: 'use-case', pattern: 'src/{app,edit,ingest,export,linked-data,release}' },
  { type: 'config', pattern: 'src/config' },
  { type: 'graphql', pattern: 'src/graphql' },
  { type: 'server', pattern: 'src/server' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'browser', pattern: 'src/{client,explorer}' },
  { type: 'typings', pattern: 'src/types' },
  // Where the program runs from (the repository's root): Node only, used by every layer but
  // the pure domain and the browser code.
  { type: 'runtime', pattern: 'src/runtime' },
];

/** What each layer may import besides itself and npm packages. */
export const MAY_IMPORT = {
  domain: [],
  'store-port': ['domain', 'runtime'],
  'memory-store': ['domain', 'store-port', 'runtime'],
  'neo4j-store': ['domain', 'store-port', 'runtime'],
  'use-case': ['domain', 'store-port', 'runtime'],
  config: ['domain', 'store-port', 'use-case', 'runtime'],
  graphql: ['domain', 'store-port', 'use-case', 'config', 'runtime'],
  server: ['domain', 'store-port', 'use-case', 'config', 'graphql', 'runtime'],
  cli: [
    'domain',
    'store-port',
    'memory-store',
    'neo4j-store',
    'use-case',
    'config',
    'graphql',
    'server',
    'runtime',
  ],
  browser: [],
  typings: [],
  runtime: [],
};

/** The ESLint config block that enforces MAY_IMPORT on src/. */
export function layerBoundaries(plugin) {
  return {
    files: ['src/**/*.ts'],
    plugins: { boundaries: plugin },
    settings: {
      'boundaries/elements': LAYERS.map((layer) => ({ ...layer, partialMatch: false })),
      'boundaries/include': ['src/**/*.ts'],
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
    },
    rules: {
      // A file outside every layer, or an import of one, is an error: new folders get a layer.
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(MAY_IMPORT).map(([type, below]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...below] } } } },
          })),
        },
      ],
    },
  };
}
