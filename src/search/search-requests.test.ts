/** The search request's own rules: what a query and its options may be (the ranking is search.test.ts's). */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';

describeEachEngine('global search requests', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const call = callsAs(() => app, getDb);
  const search = async (user: Actor, query: string) => {
    const response = await call(user, 'GET', `/api/search?${query}`);
    return { status: response.statusCode, body: response.json<{ error?: { code: string } }>() };
  };

  it('refuses an empty, blank, too long or control-character query and a limit out of range with a 400', async () => {
    for (const query of [
      '',
      'q=',
      `q=${encodeURIComponent('   ')}`,
      `q=${'a'.repeat(201)}`,
      `q=${encodeURIComponent('a\tb')}`,
      `q=${encodeURIComponent('a\u0085b')}`,
      `q=${encodeURIComponent('a\u0001b')}`,
      'q=acme&limit=0',
      'q=acme&limit=51',
      'q=acme&sort=score',
    ]) {
      const answer = await search(world.host, query);
      expect({ query, status: answer.status, code: answer.body.error?.code }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect((await search(world.host, `q=${'a'.repeat(200)}`)).status).toBe(200);
    expect((await search(world.host, 'q=%25_%5C')).status).toBe(200);
  });
});
