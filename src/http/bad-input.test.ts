import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine, describeEachEngineOnce } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from './types.ts';

// Every request here is refused before it writes (or reads nothing another test wrote): one world and app for all.
describeEachEngineOnce('bad input', (getDb) => {
  let app: App;
  let auth: Record<string, string>;
  beforeAll(async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    app = await buildApp({ db });
    auth = { authorization: `Bearer ${await makeSession(db, world.host)}` };
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: body,
      headers: { 'content-type': 'application/json', ...auth, ...headers },
    });
  const validMarking = { tlp: 'amber', releasableTo: ['MEX'], recipients: [] };

  it('malformed JSON is a 400 naming the problem', async () => {
    const response = await post('{"title": ');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MALFORMED_JSON');
  });

  it('a wrong type is a 400 naming the field', async () => {
    const response = await post(JSON.stringify({ title: 42, body: 'b', marking: validMarking }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.title' });
  });

  it('a bad nested value is a 400 naming the nested field', async () => {
    const response = await post(
      JSON.stringify({ title: 't', body: 'b', marking: { ...validMarking, tlp: 'purple' } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.marking.tlp' });
  });

  it('an unknown field is a 400 naming it', async () => {
    const response = await post(
      JSON.stringify({ title: 't', body: 'b', marking: validMarking, owner: 'US-DEA' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.owner' });
  });

  it('an oversized body is a 413', async () => {
    const response = await post(
      JSON.stringify({ title: 't', body: 'x'.repeat(2 * 1024 * 1024), marking: validMarking }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a wrong content type is a 415', async () => {
    const response = await post('title=t', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.statusCode).toBe(415);
  });

  it('a bad query parameter is a 400 naming it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/reports?limit=-3', headers: auth });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('querystring.limit');
  });

  it('a malformed id in the path is a 400, not a 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/reports/not-a-uuid', headers: auth });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('params.id');
  });

  it('an unknown endpoint is a 404 in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: auth });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('no credentials is a 401, and every error carries the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/reports' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.requestId).toBe(response.headers['x-request-id']);
  });
});

describeEachEngine('unexpected failures', (getDb) => {
  it('are a 500 with a request id and no internals', async () => {
    const app = await buildApp({ db: getDb() });
    app.get('/api/boom', async () => {
      throw new Error('connection string postgres://secret@internal');
    });
    const response = await app.inject({ method: 'GET', url: '/api/boom' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json().error).toMatchObject({
      code: 'INTERNAL',
      requestId: response.headers['x-request-id'],
    });
    expect(response.body).not.toContain('secret');
  });
});
