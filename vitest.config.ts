import { defineConfig } from 'vitest/config';
import LongestFirst from './src/testing/sequencer.ts';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'web/src/**/*.test.tsx',
      'web/src/**/*.test.ts',
      'e2e/**/*.test.ts',
      'eslint/**/*.test.js',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['src/testing/global-setup.ts', 'e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
