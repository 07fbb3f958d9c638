import { mailSettingsFromEnv } from '../cases/mail.ts';
import type { Database } from '../store/database.ts';
import { buildApp, securityOptionsFromEnv } from './http-app.ts';
import { PgliteDatabase } from '../store/pglite.ts';

/** How long shutdown waits for requests in flight, then for the database, before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 15_000;

/**
 * Serves until SIGINT/SIGTERM, then stops accepting requests, lets those in flight finish (for at most
 * DRAIN_TIMEOUT_MS), closes the database (as long again at most) and exits: shutdown never waits forever.
 */
export async function serve(db: Database, options: { port: number; host: string }): Promise<string> {
  const app = await buildApp({
    db,
    logger: process.env.CENTINELA_LOG === '1',
    ...securityOptionsFromEnv(),
    mail: mailSettingsFromEnv(),
  });
  const url = await app.listen({ port: options.port, host: options.host });
  // A command refused the data dir is told where this server's API is.
  if (db instanceof PgliteDatabase) await db.lock?.announce({ url });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const clean =
      (await settlesWithin(app.close(), DRAIN_TIMEOUT_MS)) &&
      (await settlesWithin(db.close(), DRAIN_TIMEOUT_MS));
    if (!clean) console.error('centinela: shutdown did not finish in time; exiting anyway');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return url;
}

/** True when the promise settles (resolved or rejected) within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
