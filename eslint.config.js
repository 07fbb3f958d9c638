import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/boundaries.js';
import { tableOwnerRule } from './eslint/table-owners.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'web/dist',
      '.centinela',
      'coverage',
      'artifacts',
      'web/src/api/schema.d.ts',
      'fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'web/**/*.ts', 'web/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    // the boundary test lints source text under names no file has (eslint/boundaries.test.js)
    ignores: ['**/*.lint-fixture.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection ends the process on Node 20).
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (an event listener, forEach) drops its errors. React's
      // JSX handlers are left out: the web's async submit handlers catch and show their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // Not yet: no-unsafe-* (311 findings, mostly JSON bodies in tests), no-unnecessary-condition (15),
      // no-base-to-string (4), switch-exhaustiveness-check (2); require-await is wrong for Fastify plugins.
    },
  },
  {
    // the allowed arrows between folders and one owner per table (docs/ARCHITECTURE.md); today's exceptions:
    // eslint/known-violations.js
    files: ['src/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx'],
    plugins: { centinela: { rules: { ...boundaries.rules, 'table-owner': tableOwnerRule } } },
    rules: { 'centinela/folders': 'error', 'centinela/table-owner': 'error' },
  },
);
