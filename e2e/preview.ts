/**
 * Design preview: renders every view of the built app (web/dist) in headless chromium against the fixture
 * world (fixtures.ts) served through request interception, and saves screenshots to
 * artifacts/screenshots/preview-*.png. For looking at the product; the e2e tests use the real server.
 *
 * Usage: npm run build && npx tsx e2e/preview.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { launchBrowser, newPage, SCREENSHOTS } from './harness.ts';
import { buildFixtureWorld } from './fixtures.ts';

const ORIGIN = 'http://centinela.test';
const DIST = path.resolve('web/dist');
const world = buildFixtureWorld();
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.geojson': 'application/geo+json',
};

const users = {
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

async function serve(route: Route, user: (typeof users)[keyof typeof users]) {
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
    for (const key of ['status', 'severity', 'kind', 'verdict'] as const) {
      const v = q.get(key);
      if (v) items = items.filter((a) => a[key] === v);
    }
    if (q.get('port')) items = items.filter((a) => a.portLocode === q.get('port'));
    const page = Number(q.get('page') ?? 1);
    const size = Number(q.get('pageSize') ?? 50);
    return json({ items: items.slice((page - 1) * size, page * size), total: items.length });
  }
  if (p === '/api/consignments') {
    const port = url.searchParams.get('port');
    const items = visible(world.consignments).filter((c) => !port || c.portLocode === port);
    return json({ items, total: items.length });
  }
  if (p.startsWith('/api/consignments/')) {
    const bol = decodeURIComponent(p.split('/').pop()!);
    const found = visible(world.consignments).find((c) => c.billOfLading === bol);
    return found
      ? json(found)
      : json({ error: { code: 'NOT_FOUND', message: { en: 'Not found', es: 'No encontrado' } } }, 404);
  }
  if (p === '/api/locations') return json(world.locations);
  if (p.endsWith('/network')) return json(world.network);
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

async function shoot(page: Page, hash: string, name: string, waitFor: string) {
  await page.goto(`${ORIGIN}/${hash}`);
  await page.locator(waitFor).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `preview-${name}.png`) });
  console.log(`preview-${name}.png`);
}

const browser = await launchBrowser();
try {
  for (const [who, user] of Object.entries(users)) {
    const { context, page } = await newPage(browser);
    await context.route(`${ORIGIN}/**`, (route) => serve(route, user));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await shoot(page, '#/alerts', `${who}-alerts`, '.data-table');
    await page.locator('tr[data-alert-id]').nth(2).click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, `preview-${who}-alert-detail.png`) });
    const bol = world.consignments.find(
      (c) => c.marking.releasableTo.includes('USA') && c.findings.length > 0,
    )!.billOfLading;
    await shoot(page, `#/consignments/${bol}`, `${who}-consignment`, '.map-canvas[data-drawn="true"]');
    await shoot(page, '#/map?port=MXZLO', `${who}-map`, '.map-canvas[data-drawn="true"]');
    await shoot(page, '#/entities/ent-0', `${who}-entity`, '.graph-canvas canvas');
    if (who === 'analista') await shoot(page, '#/audit', `${who}-audit`, '[data-testid="audit-table"]');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shoot(page, '#/entities/ent-0', `${who}-entity-1080p`, '.graph-canvas canvas');
    await context.close();
  }
} finally {
  await browser.close();
}
