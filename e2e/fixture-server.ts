/**
 * Serves the built app (web/dist) and a fixture API (fixtures.ts) to a browser context through request
 * interception, for the design preview and the client-side benchmark. Not a substitute for the real server.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import type { buildFixtureWorld } from './fixtures.ts';

type FixtureWorld = ReturnType<typeof buildFixtureWorld>;
type FixtureUser = (typeof FIXTURE_USERS)[keyof typeof FIXTURE_USERS];

export const FIXTURE_ORIGIN = 'http://centinela.test';
const DIST = path.resolve('web/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.geojson': 'application/geo+json',
};

export const FIXTURE_USERS = {
  analista: {
    id: 'u1',
    username: 'analista',
    displayName: 'Lucía Ramírez',
    agency: {
      code: 'MX-ANAM',
      nation: 'MEX',
      nameEn: 'National Customs Agency of Mexico',
      nameEs: 'Agencia Nacional de Aduanas de México',
    },
    roles: ['analyst'],
    locale: 'es',
  },
  advisor: {
    id: 'u2',
    username: 'advisor',
    displayName: 'Daniel Brooks',
    agency: {
      code: 'US-DEA',
      nation: 'USA',
      nameEn: 'Drug Enforcement Administration',
      nameEs: 'Administración para el Control de Drogas',
    },
    roles: ['advisor'],
    locale: 'en',
  },
};

async function serve(route: Route, user: FixtureUser, world: FixtureWorld) {
  const url = new URL(route.request().url());
  const json = (body: unknown, status = 200) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  const visible = <T extends { marking?: { releasableTo: string[] } }>(items: T[]) =>
    user.agency.nation === 'MEX' ? items : items.filter((i) => i.marking?.releasableTo.includes('USA'));
  const p = url.pathname;
  if (!p.startsWith('/api/')) {
    const file = path.join(DIST, p === '/' ? 'index.html' : p);
    return route.fulfill({
      body: await readFile(file),
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  }
  if (p === '/api/me') return json(user);
  if (p === '/api/alerts') {
    const q = url.searchParams;
    let items = visible(world.alerts);
    for (const key of ['status', 'verdict'] as const) {
      const v = q.get(key);
      if (v) items = items.filter((a) => a[key] === v);
    }
    if (q.get('port')) items = items.filter((a) => a.portLocode === q.get('port'));
    const sort = q.get('sort') ?? 'score';
    if (sort === 'score') items = [...items].sort((a, b) => b.score - a.score);
    const offset = Number(q.get('offset') ?? 0);
    const limit = Number(q.get('limit') ?? 50);
    return json({ items: items.slice(offset, offset + limit), total: items.length, limit, offset });
  }
  if (p === '/api/findings') {
    const items = visible(world.consignments).flatMap((c) =>
      c.findings.map((f) => ({
        ...f,
        billOfLading: c.billOfLading,
        computedAt: f.detectedAt,
        explanation: { en: f.summary, es: f.summary },
      })),
    );
    return json({ items: items.slice(0, 100) });
  }
  if (p === '/api/consignments') {
    const port = url.searchParams.get('port');
    const items = visible(world.consignments).filter((c) => !port || c.portLocode === port);
    return json({ items, total: items.length });
  }
  const portTracks = /^\/api\/ports\/([A-Z]{5})\/tracks$/.exec(p);
  if (portTracks) {
    const items = visible(world.consignments)
      .filter((c) => c.portLocode === portTracks[1])
      .map((c) => ({
        billOfLading: c.billOfLading,
        track: c.track.map((point) => [point.lon, point.lat]),
        findings: c.findings.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity })),
        marking: c.marking,
        source: 'stored',
      }));
    return json({ port: portTracks[1], items });
  }
  if (p.startsWith('/api/consignments/')) {
    const bol = decodeURIComponent(p.split('/').pop()!);
    const found = visible(world.consignments).find((c) => c.billOfLading === bol);
    return found
      ? json(found)
      : json({ error: { code: 'NOT_FOUND', message: { en: 'Not found', es: 'No encontrado' } } }, 404);
  }
  if (p === '/api/locations') {
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    return json({ items: world.locations.slice(offset, offset + limit) });
  }
  if (p.endsWith('/network')) return json(world.network);
  if (p.endsWith('/groups')) {
    const items = world.entity.records.map((r) => ({
      source: r.source,
      role: 'importer',
      name: r.name,
      rfc: r.rfc,
      address: r.address,
      marking: world.entity.marking,
      count: 1,
      evidence: [{ reason: 'match', fields: [], probability: null, count: 1 }],
    }));
    return json({ total: items.length, records: items.length, items });
  }
  if (p.startsWith('/api/entities/')) return json(world.entity);
  if (p === '/api/audit') {
    return json(
      world.alerts.slice(0, 60).map((a, i) => ({
        seq: 5000 - i,
        at: a.createdAt,
        actorUser: i % 3 ? 'analista' : 'intel',
        actorAgency: i % 3 ? 'MX-ANAM' : 'MX-CNI',
        actorNation: 'MEX',
        action: ['alert.acknowledge', 'alert.dismiss', 'read.alerts', 'marking.change'][i % 4],
        subjectTable: 'alerts',
        subjectIds: [a.id],
        requestId: null,
        detail: i % 4 === 1 ? { reason: 'Permiso verificado con COFEPRIS' } : {},
      })),
    );
  }
  return json(
    { error: { code: 'ROUTE_NOT_FOUND', message: { en: 'No such endpoint', es: 'No existe ese recurso' } } },
    404,
  );
}

export async function routeFixtureApi(context: BrowserContext, user: FixtureUser, world: FixtureWorld) {
  await context.route(`${FIXTURE_ORIGIN}/**`, (route) => serve(route, user, world));
}
