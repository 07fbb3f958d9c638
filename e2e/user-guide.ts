/**
 * The user guide's pictures (docs/USER-GUIDE.md), taken by the browser suite on its demo world: one screen per
 * task the guide walks through, at one fixed viewport so the pictures match each other and the text. They go to
 * artifacts/screenshots/guide on every run (the walk itself is a test: each screen must open); with
 * `CENTINELA_GUIDE=1` they are written to docs/guide/ instead, to be committed when the screens change.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { loginThroughUi, SCREENSHOTS } from './harness.ts';

const TARGET = process.env.CENTINELA_GUIDE
  ? fileURLToPath(new URL('../docs/guide', import.meta.url))
  : path.join(SCREENSHOTS, 'guide');
/** The desktop layout the other browser tests use (narrower, an alert's detail panel leaves the screen). */
const GUIDE_VIEWPORT = { width: 1366, height: 768 };

interface GuideIds {
  billOfLading: string;
  entityId: string;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.state-loading, .spinner'), undefined, {
    timeout: 30_000,
  });
  await page.mouse.move(0, 0); // no hover colour on whatever was clicked last
  await page.waitForTimeout(300);
  // Nothing runs off a laptop's screen: a page wider than the window hides the header's way out and the detail panel.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > GUIDE_VIEWPORT.width)
    throw new Error(`${name}: the page is ${width} px wide, wider than the window`);
  await page.screenshot({ path: path.join(TARGET, `${name}.png`) });
}

async function as(browser: Browser, baseUrl: string, user: string, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    viewport: GUIDE_VIEWPORT,
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
  });
  try {
    const page = await context.newPage();
    await loginThroughUi(page, baseUrl, user);
    await work(page);
  } finally {
    await context.close();
  }
}

const heading = (page: Page) => page.locator('main h1').first().waitFor({ timeout: 30_000 });

/** The guide's pictures, one role after another, in the order the guide tells them. */
export async function guidePictures(browser: Browser, baseUrl: string, ids: GuideIds): Promise<string[]> {
  await mkdir(TARGET, { recursive: true });
  const taken: string[] = [];
  const take = async (page: Page, name: string) => {
    await shot(page, name);
    taken.push(name);
  };
  const go = async (page: Page, hash: string) => {
    await page.goto(`${baseUrl}/#${hash}`);
    await heading(page);
  };
  await as(browser, baseUrl, 'analista', async (page) => {
    await go(page, '/alerts');
    await page.locator('tr[data-alert-id]').first().waitFor({ timeout: 30_000 });
    await take(page, '01-analyst-alerts');
    await page.locator('tr[data-alert-id]').first().click();
    await page.waitForTimeout(500);
    await take(page, '02-analyst-alert-detail');
    await page.getByRole('combobox', { name: /Buscar/ }).fill('acetona');
    await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 30_000 });
    await take(page, '03-analyst-search');
    await page.keyboard.press('Escape');
    await go(page, `/consignments/${encodeURIComponent(ids.billOfLading)}`);
    await page.locator('.map-canvas[data-drawn="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    await take(page, '04-analyst-consignment');
  });
  await as(browser, baseUrl, 'reguladora', async (page) => {
    await go(page, '/registry');
    await take(page, '05-regulator-registry');
    await go(page, '/intake');
    await take(page, '06-regulator-intake');
  });
  await as(browser, baseUrl, 'intel', async (page) => {
    await go(page, `/entities/${encodeURIComponent(ids.entityId)}`);
    await page.waitForTimeout(1500); // the network graph lays itself out
    await take(page, '07-intel-entity');
    await go(page, '/reports');
    await take(page, '08-intel-reports');
  });
  await as(browser, baseUrl, 'advisor', async (page) => {
    await go(page, '/alerts');
    await take(page, '09-advisor-alerts');
  });
  await as(browser, baseUrl, 'comandante', async (page) => {
    await go(page, '/dashboard');
    await page.locator('.dashboard-figure').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800); // the charts take their size
    await take(page, '10-commander-dashboard');
  });
  await as(browser, baseUrl, 'auditora', async (page) => {
    await go(page, '/audit');
    await take(page, '11-auditor-trail');
  });
  await as(browser, baseUrl, 'admin', async (page) => {
    await go(page, '/admin/users');
    await take(page, '12-admin-users');
  });
  return taken;
}
