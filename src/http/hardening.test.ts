/**
 * HTTP hardening: security headers, writes with the session cookie from another origin refused, login
 * throttling against guessing and spraying (with a victim still able to log in), the password policy, sessions
 * ended by a password change, and error bodies that carry no database text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld, TEST_PASSWORD } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import { handleError } from './error-handler.ts';
import { LoginThrottle } from '../identity/login-throttle.ts';
import { assertStrongPassword } from '../identity/password-policy.ts';
import type { App } from './types.ts';

describeEachEngine('HTTP hardening', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb(), loginThrottle: { perUsername: 4, perAddress: 6, windowMs: 60_000 } });
  });
  afterEach(async () => {
    await app.close();
  });

  const login = (username: string, password: string, remoteAddress = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

  it('sends the security headers with a CSP the web app works with', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses a cookie-authenticated write from another origin (CSRF) and accepts its own', async () => {
    const cookie = { centinela_session: world.host.credential };
    const forged = await app.inject({
      method: 'POST',
      url: '/api/reports',
      cookies: cookie,
      headers: { origin: 'https://evil.example', host: 'centinela.example' },
      payload: { title: 't', body: 'b', marking: { tlp: 'green', releasableTo: ['MEX'], recipients: [] } },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CROSS_ORIGIN_REJECTED');
    const fetchSite = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: cookie,
      headers: { origin: 'http://centinela.example', host: 'centinela.example' },
    });
    expect(own.statusCode).toBe(204);
  });

  it('throttles password spraying from one address across usernames with a clear 429', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await login(`user-${i}`, 'Spring2026!spray')).statusCode);
    expect(codes.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    const blocked = await login('host-analyst', TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles guessing one username across addresses, but not from the victim’s own address', async () => {
    expect((await login('host-analyst', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await login('host-analyst', `guess number ${i}`, `10.1.0.${i}`);
    expect((await login('host-analyst', 'another guess', '10.1.1.1')).statusCode).toBe(429);
    expect((await login('host-analyst', TEST_PASSWORD, '10.2.2.2')).statusCode).toBe(429);
    // The victim, from the address they logged in from before, is not locked out by the attacker.
    expect((await login('host-analyst', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
  });

  it('a password change ends the user’s other sessions', async () => {
    const first = (await login('host-analyst', TEST_PASSWORD)).json().token as string;
    const second = (await login('host-analyst', TEST_PASSWORD, '10.0.0.2')).json().token as string;
    const weak = await app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { authorization: `Bearer ${first}` },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'password1234' },
    });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { authorization: `Bearer ${first}` },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'granite pelican orchestra 58' },
    });
    expect(changed.statusCode).toBe(200);
    const me = (token: string) =>
      app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect((await me(second)).statusCode).toBe(401);
    expect((await me(world.host.credential)).statusCode).toBe(401);
    expect((await me(first)).statusCode).toBe(200);
  });
});

describe('login throttle', () => {
  it('lifts a lock when the window slides past the failures', () => {
    let now = 0;
    const throttle = new LoginThrottle({ perUsername: 2, perAddress: 100, windowMs: 1000 }, () => now);
    throttle.failed('victim', 'a');
    throttle.failed('victim', 'b');
    expect(throttle.retryAfter('victim', 'c')).toBe(1);
    now = 1001;
    expect(throttle.retryAfter('victim', 'c')).toBe(0);
  });
});

describe('password policy', () => {
  it.each(['password1234', 'Password123!', 'qwertyuiop123', 'iloveyou12345', 'short'])(
    'refuses %s',
    (password) => {
      expect(() => assertStrongPassword(password)).toThrow(
        expect.objectContaining({ code: 'WEAK_PASSWORD' }),
      );
    },
  );
  it('refuses a password made of the user’s own name', () => {
    expect(() => assertStrongPassword('mariana.torres2026', ['mariana.torres'])).toThrow();
  });
  it.each(['correct horse battery staple', 'granite pelican orchestra 58'])('accepts %s', (password) => {
    expect(() => assertStrongPassword(password)).not.toThrow();
  });
});

describe('error bodies', () => {
  it('5xx and database errors carry the request id, never the database text', async () => {
    const server = Fastify();
    server.setErrorHandler((error, request, reply) => handleError(error, request, reply));
    server.get('/boom', async () => {
      throw Object.assign(new Error('relation "secret_table" does not exist'), { code: '42P01' });
    });
    server.get('/denied', async () => {
      throw Object.assign(new Error('new row violates row-level security policy for table "alerts"'), {
        code: '42501',
      });
    });
    const boom = await server.inject({ method: 'GET', url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.body).not.toMatch(/secret_table|relation/);
    expect(boom.json().error).toEqual({
      code: 'INTERNAL',
      message: expect.any(Object),
      requestId: expect.any(String),
    });
    const denied = await server.inject({ method: 'GET', url: '/denied' });
    expect(denied.statusCode).toBe(403);
    expect(denied.body).not.toMatch(/policy|alerts/);
    await server.close();
  });
});
