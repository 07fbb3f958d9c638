/**
 * Vitest global setup: one migrated PGlite data dir for the whole run, dumped to a file that every test worker
 * loads instead of running initdb and the migrations itself (about 6–10 s per test file on two cores; loading the
 * dump takes under one). Keyed by the migrations' fingerprint, so a changed migration builds a new one.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, migrationsFingerprint } from '../store/migrate.ts';
import { openPglite } from '../store/pglite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const folder = path.join(tmpdir(), 'centinela-test-templates');
  const file = path.join(folder, `pglite-${await migrationsFingerprint()}.tar`);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    const db = await openPglite();
    try {
      await migrate(db);
      const partial = `${file}.${process.pid}`;
      await writeFile(partial, Buffer.from(await (await db.dump()).arrayBuffer()));
      await rename(partial, file); // whole or absent: a concurrent run never reads half a dump
    } finally {
      await db.close();
    }
  }
  project.provide('pgliteTemplateFile', file);
}
