import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from './database.ts';

const SRC = join(import.meta.dirname, '..');

export interface Migration {
  version: string;
  name: string;
  path: string;
  sql: string;
  checksum: string;
}

/**
 * Every capability keeps its SQL beside its code, in `src/<capability>/migrations/NNNN_name.sql`.
 * Versions are global: the four-digit prefix orders them across folders (see docs/ARCHITECTURE.md).
 */
export async function discoverMigrations(): Promise<Migration[]> {
  const found: Migration[] = [];
  for (const folder of await readdir(SRC, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(SRC, folder.name, 'migrations');
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files) {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) continue;
      const sql = await readFile(join(dir, file), 'utf8');
      found.push({
        version: match[1]!,
        name: match[2]!,
        path: join(folder.name, 'migrations', file),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      });
    }
  }
  found.sort((a, b) => a.version.localeCompare(b.version));
  for (let i = 1; i < found.length; i++) {
    if (found[i]!.version === found[i - 1]!.version) {
      throw new Error(
        `two migrations share version ${found[i]!.version}: ${found[i - 1]!.path}, ${found[i]!.path}`,
      );
    }
  }
  return found;
}

/** Applies the migrations not yet applied, each in its own transaction, as the schema owner. */
export async function migrate(db: Database): Promise<string[]> {
  const migrations = await discoverMigrations();
  await db.asOwner((tx) =>
    tx.query(`create table if not exists schema_migrations (
      version text primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`),
  );
  const applied = new Map(
    (
      await db.asOwner((tx) =>
        tx.query<{ version: string; checksum: string }>('select version, checksum from schema_migrations'),
      )
    ).rows.map((r) => [r.version, r.checksum]),
  );
  const done: string[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(`migration ${migration.path} changed after it was applied`);
      }
      continue;
    }
    await db.asOwner(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
    });
    done.push(migration.path);
  }
  return done;
}

/** A fingerprint of the whole migration set: names the PostgreSQL template database for tests. */
export async function migrationsFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const m of await discoverMigrations()) hash.update(m.version).update(m.checksum);
  return hash.digest('hex').slice(0, 12);
}
