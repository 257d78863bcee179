import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS and ESM builds; type-graphql and Apollo load the CJS one, so tests must
  // too, or graphql-js sees two copies of itself ("Cannot use GraphQLSchema from another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The Neo4j suites share one server; files run one at a time so they don't clear each other's data.
    fileParallelism: false,
  },
});
