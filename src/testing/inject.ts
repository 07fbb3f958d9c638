/**
 * The HTTP tests' one way to call the app as a user: each call opens a session for the actor (as the login would)
 * and injects the request with its bearer token; a CSV body is sent as `text/csv`. Given getters, because a suite
 * builds its app and database in `beforeEach`.
 */
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { makeSession } from './factories.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function callsAs(app: () => App, db: () => Database) {
  return async (who: Actor, method: Method, url: string, body?: unknown, csv?: string) =>
    app().inject({
      method,
      url,
      ...(csv !== undefined ? { payload: csv } : body === undefined ? {} : { payload: body as object }),
      headers: {
        authorization: `Bearer ${await makeSession(db(), who)}`,
        ...(csv === undefined ? {} : { 'content-type': 'text/csv' }),
      },
    });
}
