import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { migrate } from './migrate.ts';

export interface StoreOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (default ./.centinela). */
  dataDir?: string | undefined;
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Database> {
  let db: Database;
  if (options.databaseUrl) {
    db = openPostgres(options.databaseUrl);
  } else {
    const dir = resolve(options.dataDir ?? '.centinela', 'pgdata');
    await mkdir(dir, { recursive: true });
    db = await openPglite(dir);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
