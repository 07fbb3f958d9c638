/**
 * Vitest global setup for the browser suites: a folder, for this run only, where the first suite that starts
 * `centinela demo` keeps the loaded world's data dir (harness.ts `startServer`); the other suites start from a copy
 * instead of generating and loading the same seeded world again (about 40 s of CPU each on two cores). Removed
 * when the run ends, so a later run, maybe of changed code, never starts from it.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoTemplate: string;
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const folder = path.join(tmpdir(), `centinela-e2e-template-${process.pid}-${Date.now()}`);
  project.provide('e2eDemoTemplate', folder);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
