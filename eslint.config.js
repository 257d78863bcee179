// Lint config: typescript-eslint's type-checked recommended rules (recommendedTypeChecked: among
// them no-floating-promises, no-misused-promises, await-thenable and the no-unsafe-* rules on
// `any`) on every TypeScript file, each read with its own tsconfig through the project service;
// the plain recommended rules on JavaScript; and the layer rule (scripts/lint/layers.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import { layerBoundaries } from './scripts/lint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test/generated/**',
      'src/client/generated/**',
      'src/explorer/generated/**',
      '.neo4j/**',
      '.neo4j-test/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Off: an `async` method without `await` is how this code implements a Promise-returning
      // interface (the GraphStore port, Apollo plugin hooks, async iterators): a throw inside it
      // becomes a rejection, as callers of the interface expect, rather than a synchronous throw.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Off in tests: vitest's asymmetric matchers (expect.any, expect.stringContaining, …) are
      // typed `any`, and the expected objects of toMatchObject and toEqual are built from them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  layerBoundaries(boundaries),
);
