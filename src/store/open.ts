import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { migrate } from './migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { DataDirInUse, lockDataDir, type DataDirLock } from './data-dir-lock.ts';

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
    const home = resolve(options.dataDir ?? '.centinela');
    const dir = resolve(home, 'pgdata');
    await mkdir(dir, { recursive: true });
    const lock = await takeDataDir(home);
    try {
      db = await openPglite(dir, undefined, lock);
    } catch (error) {
      await lock.release();
      throw new AppError('DATA_DIR_UNREADABLE', {
        field: '--data',
        detail: `${dir}: ${error instanceof Error ? error.message : String(error)}. ${RECOVERY}`,
      });
    }
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** What to do with a data dir that does not open (README "When the embedded database does not open"). */
const RECOVERY =
  'Move the folder aside (keep it for inspection) and restore the last backup into a new one: centinela --data DIR restore BACKUP.tar.gz';

async function takeDataDir(home: string): Promise<DataDirLock> {
  try {
    return await lockDataDir(home);
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    const owner = error.owner;
    throw new AppError('DATA_DIR_IN_USE', {
      field: '--data',
      detail:
        `${error.message}. The embedded database belongs to one process at a time. ` +
        (owner?.url
          ? `Send the work to that server (its API at ${owner.url}), or stop it (kill ${owner.pid}) and run the command again.`
          : `Wait for it to finish${owner ? ` or stop it (kill ${owner.pid})` : ''}, then run the command again.`) +
        ' For concurrent work use a PostgreSQL server (--database-url).',
    });
  }
}
