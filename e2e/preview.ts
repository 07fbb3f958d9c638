/**
 * Design preview: renders every view of the built app (web/dist) in headless chromium against the fixture
 * world (fixtures.ts) served through request interception, and saves screenshots to
 * artifacts/screenshots/preview-*.png. For looking at the product; the e2e tests use the real server.
 *
 * Usage: npm run build && npx tsx e2e/preview.ts
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, newPage, SCREENSHOTS } from './harness.ts';
import { buildFixtureWorld } from './fixtures.ts';
import { FIXTURE_ORIGIN as ORIGIN, FIXTURE_USERS as users, routeFixtureApi } from './fixture-server.ts';

const world = buildFixtureWorld();

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
    await routeFixtureApi(context, user, world);
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
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shoot(page, '#/entities/ent-0', `${who}-entity-1080p`, '.graph-canvas canvas');
    await context.close();
  }
} finally {
  await browser.close();
}
