import { afterEach, describe, expect, it } from 'vitest';
import { toAppError } from '../http/error-handler.ts';
import { ENGINES, freshDatabase } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { appStatementTimeoutMs } from './postgres.ts';

describe('the application role statement timeout', () => {
  it('defaults to two minutes, reads CENTINELA_STATEMENT_TIMEOUT_MS, and refuses a value that is not milliseconds', () => {
    expect(appStatementTimeoutMs({})).toBe(120_000);
    expect(appStatementTimeoutMs({ CENTINELA_STATEMENT_TIMEOUT_MS: '0' })).toBe(0);
    expect(appStatementTimeoutMs({ CENTINELA_STATEMENT_TIMEOUT_MS: '1500' })).toBe(1500);
    expect(() => appStatementTimeoutMs({ CENTINELA_STATEMENT_TIMEOUT_MS: '2m' })).toThrow(/milliseconds/);
    expect(() => appStatementTimeoutMs({ CENTINELA_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/milliseconds/);
  });

  it('maps a cancelled statement (SQLSTATE 57014) to QUERY_TIMEOUT, a 503 that names no database object', () => {
    const error = toAppError(
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    );
    expect(error?.code).toBe('QUERY_TIMEOUT');
    expect(error?.status).toBe(503);
  });
});

describe.runIf(ENGINES.includes('postgres'))('on PostgreSQL', () => {
  const saved = process.env.CENTINELA_STATEMENT_TIMEOUT_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CENTINELA_STATEMENT_TIMEOUT_MS;
    else process.env.CENTINELA_STATEMENT_TIMEOUT_MS = saved;
  });

  it("ends a user's statement that runs past the limit, and leaves the owner's analyses unbounded", async () => {
    process.env.CENTINELA_STATEMENT_TIMEOUT_MS = '300';
    const db = await freshDatabase('postgres');
    try {
      const world = await makeTwoNationWorld(db);
      const slow = db.asUser(world.host, (tx) => tx.query('select pg_sleep(2)'));
      await expect(slow).rejects.toMatchObject({ code: '57014' });
      const owner = await db.asOwner((tx) => tx.query<{ ok: number }>('select 1 as ok from pg_sleep(0.5)'));
      expect(owner.rows[0]?.ok).toBe(1);
      // The connection that timed out is usable again: the next request succeeds.
      const next = await db.asUser(world.host, (tx) => tx.query<{ ok: number }>('select 1 as ok'));
      expect(next.rows[0]?.ok).toBe(1);
    } finally {
      await db.close();
    }
  });
});
