import type { Database } from '../store/database.ts';
import { buildApp } from './app.ts';

/** Serves until SIGINT/SIGTERM, then closes the server and the database cleanly. */
export async function serve(db: Database, options: { port: number; host: string }): Promise<string> {
  const app = await buildApp({ db, logger: process.env.CENTINELA_LOG === '1' });
  const url = await app.listen({ port: options.port, host: options.host });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}
