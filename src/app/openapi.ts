import type { Database } from '../store/database.ts';
import { buildApp } from './http-app.ts';

/** A database that refuses every use: enough to build the app and read its route schemas. */
export const NO_DATABASE: Database = {
  engine: 'pglite',
  asUser: () => Promise.reject(new Error('no database')),
  readAsUser: () => Promise.reject(new Error('no database')),
  asOwner: () => Promise.reject(new Error('no database')),
  asUserThenOwner: () => Promise.reject(new Error('no database')),
  close: async () => undefined,
};

/** The OpenAPI document, generated from the route schemas (committed as docs/openapi.json). */
export async function openApiDocument(): Promise<unknown> {
  const app = await buildApp({ db: NO_DATABASE, webRoot: '/nonexistent' });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
