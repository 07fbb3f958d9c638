/**
 * Backups of either engine. PostgreSQL: `pg_dump --format=custom` (a consistent snapshot: one repeatable-read
 * transaction), restored with `pg_restore` into an empty database. PGlite: `dumpDataDir`, a gzipped tar of the
 * data dir taken by the process that holds it (so nothing writes meanwhile), restored by starting PGlite on it
 * in a new, empty data dir. Either way the restored database is migrated and its audit chain walked.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { AppError } from '../errors/app-error.ts';
import { PGLITE_EXTENSIONS, PgliteDatabase } from './pglite.ts';
import { openStore, type StoreOptions } from './open.ts';
import type { Database } from './database.ts';

const run = promisify(execFile);

export interface BackupResult {
  engine: 'pglite' | 'postgres';
  bytes: number;
}

export async function backup(options: StoreOptions, file: string): Promise<BackupResult> {
  if (options.databaseUrl) {
    await tool('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${file}`,
      `--dbname=${options.databaseUrl}`,
    ]);
    return { engine: 'postgres', bytes: (await readFile(file)).byteLength };
  }
  const db = await openStore(options);
  try {
    if (!(db instanceof PgliteDatabase)) throw new Error('expected the embedded database');
    const archive = Buffer.from(await (await db.pg.dumpDataDir('gzip')).arrayBuffer());
    await writeFile(file, archive);
    return { engine: 'pglite', bytes: archive.byteLength };
  } finally {
    await db.close();
  }
}

/**
 * Restores into an empty database (PostgreSQL) or a new data dir (PGlite), then runs `check` on it (the CLI
 * verifies the audit chain there: the store knows no capability).
 */
export async function restore<T>(
  options: StoreOptions,
  file: string,
  check: (db: Database) => Promise<T>,
): Promise<T> {
  if (options.databaseUrl) {
    await tool('pg_restore', [
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${options.databaseUrl}`,
      file,
    ]);
  } else {
    const dir = resolve(options.dataDir ?? '.centinela', 'pgdata');
    const existing = await readdir(dir).catch(() => [] as string[]);
    if (existing.length > 0)
      throw new AppError('CONFLICT', {
        field: '--data',
        detail: `${dir} is not empty: restore into a new data dir (move this one aside first)`,
      });
    await mkdir(dir, { recursive: true });
    const archive = new Blob([await readFile(file)], { type: 'application/x-gzip' });
    const pg = await PGlite.create({ dataDir: dir, loadDataDir: archive, extensions: PGLITE_EXTENSIONS });
    await pg.close();
  }
  const db = await openStore(options);
  try {
    return await check(db);
  } finally {
    await db.close();
  }
}

async function tool(name: string, args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string | number; stderr?: string; message: string };
    throw new AppError('CONFIGURATION_INVALID', {
      detail:
        e.code === 'ENOENT'
          ? `${name} is not installed`
          : `${name} failed: ${(e.stderr || e.message).trim()}`,
    });
  }
}
