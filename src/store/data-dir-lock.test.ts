/**
 * One owner for the embedded database (issue 14): a second process on the same data dir is refused naming the
 * owner, a killed owner frees the data dir at once, and two commands racing for one data dir never both open it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-dir-lock.ts';
import { openStore } from './open.ts';
import { discoverMigrations } from './migrate.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'centinela.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function centinela(args: string[], onLine?: (line: string) => void): { done: Promise<Run>; pid: number } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '', CENTINELA_AS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const line of chunk.toString().split('\n')) if (line) onLine?.(line);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { done, pid: child.pid! };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'centinela-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the data dir lock', () => {
  it('refuses a second holder naming the first, and is free again once released', async () => {
    const first = await lockDataDir(dir, 'centinela serve');
    const second = await lockDataDir(dir, 'centinela import').catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DataDirInUse);
    expect((second as DataDirInUse).owner).toMatchObject({ pid: process.pid, command: 'centinela serve' });
    await first.announce({ url: 'http://127.0.0.1:9' });
    expect(((await lockDataDir(dir).catch((e: unknown) => e)) as DataDirInUse).message).toMatch(
      /serving http:\/\/127\.0\.0\.1:9/,
    );
    await first.release();
    const again = await lockDataDir(dir);
    await again.release();
  });
});

describe('processes on one embedded database', { timeout: 240_000 }, () => {
  it('server + CLI: the CLI is refused naming the server; after kill -9 the data dir opens intact', async () => {
    let listening: (url: string) => void;
    const url = new Promise<string>((resolve) => (listening = resolve));
    const server = centinela(['--data', dir, 'serve', '--port', '0'], (line) => {
      const found = /listening on (\S+)/.exec(line);
      if (found) listening(found[1]!);
    });
    const served = await Promise.race([url, server.done.then((r) => Promise.reject(new Error(r.stderr)))]);

    const refused = await centinela(['--data', dir, 'migrate']).done;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('DATA_DIR_IN_USE');
    expect(refused.stderr).toContain(`process ${server.pid}`);
    expect(refused.stderr).toContain(served);

    process.kill(server.pid, 'SIGKILL');
    await server.done;
    const after = await centinela(['--data', dir, 'migrate']).done;
    expect(after).toMatchObject({ code: 0 });
    expect(after.stdout).toContain('schema up to date');
  });

  it('CLI + CLI: of two commands started together one opens the data dir at a time, and it stays intact', async () => {
    const runs = await Promise.all([
      centinela(['--data', dir, 'migrate']).done,
      centinela(['--data', dir, 'migrate']).done,
    ]);
    for (const run of runs) {
      if (run.code === 0) expect(run.stdout).toContain('schema up to date');
      else expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('DATA_DIR_IN_USE') });
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const db = await openStore({ dataDir: dir });
    try {
      const { rows } = await db.asOwner((tx) =>
        tx.query<{ n: number }>('select count(*)::int8 as n from schema_migrations'),
      );
      expect(rows[0]?.n).toBe((await discoverMigrations()).length);
    } finally {
      await db.close();
    }
  });
});
