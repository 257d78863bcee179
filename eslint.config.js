// Lint config: typescript-eslint's recommended rules, no type-aware rules (kept fast), and the
// layer rule (scripts/lint/layers.mjs).
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
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layerBoundaries(boundaries),
);
