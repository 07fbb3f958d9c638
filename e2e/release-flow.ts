/**
 * The sharing workflow of issue 18 in the browser, inside the command-center suite (one demo world for both):
 * an analyst selects a consignment the partner cannot see, as a whole, from its page, previews the release to
 * USA, justifies and confirms it in the dialog, and the partner's advisor then reads the consignment; axe on the
 * consignment's selection, on the dialog (its choices and its preview), on the search's release picks, on
 * #/shared and on the administrator's peers section.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems, bodyOf, loginThroughUi, screenshot, type ApiSession } from './harness.ts';

/**
 * A consignment whose lines are all the host's own and none releasable to USA, which the partner cannot open:
 * what the release must change. The small world has them among its first consignments.
 */
export async function unreleasedConsignment(host: ApiSession, advisor: ApiSession): Promise<string> {
  const { items } = await bodyOf(host.api.GET('/api/consignments', { params: { query: { limit: 200 } } }));
  // from the end of the list: the suite's other steps look for theirs from its start
  for (const { billOfLading: bol } of items.slice().reverse()) {
    const detail = await bodyOf(host.api.GET('/api/consignments/{bol}', { params: { path: { bol } } }));
    const own = detail.lines.every(
      (l) => l.id && l.marking?.ownerAgency === 'MX-ANAM' && !l.marking.releasableTo.includes('USA'),
    );
    if (detail.lines.length === 0 || !own) continue;
    const seen = await advisor.api.GET('/api/consignments/{bol}', { params: { path: { bol } } });
    if (seen.response.status === 404) return bol;
  }
  throw new Error('the demo world has no consignment of MX-ANAM alone that the partner cannot see');
}

export async function releaseConsignment(page: Page, baseUrl: string, bol: string): Promise<void> {
  await loginThroughUi(page, baseUrl, 'analista');
  await page.goto(`${baseUrl}/#/consignments/${encodeURIComponent(bol)}`);
  const whole = page.getByRole('checkbox', { name: /^Seleccionar el embarque/ });
  await whole.waitFor({ timeout: 20_000 });
  // the keyboard path: the box is reached and ticked without a mouse
  await whole.focus();
  await page.keyboard.press('Space');
  const bar = page.getByRole('complementary', { name: 'Registros seleccionados para liberar' });
  await bar.waitFor();
  await screenshot(page, '30-consignment-selected');
  expect(await accessibilityProblems(page)).toEqual([]);

  await bar.getByRole('button', { name: 'Liberar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Liberar los registros seleccionados' });
  await dialog.getByRole('checkbox', { name: 'USA', exact: true }).check({ timeout: 15_000 });
  expect(await accessibilityProblems(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Vista previa' }).click();
  await dialog.getByRole('table').waitFor({ timeout: 20_000 });
  // every record accepted: the preview names who will read it that does not now
  expect(await dialog.locator('tr[data-refused]').count()).toBe(0);
  await dialog.getByLabel(/^Justificación/).fill('Operación conjunta E2E con la DEA');
  await screenshot(page, '31-release-preview');
  expect(await accessibilityProblems(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Liberar', exact: true }).click();
  await dialog.getByRole('status').waitFor({ timeout: 30_000 });
  await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/liberados?\.$/);
  await dialog.getByRole('button', { name: 'Cerrar' }).click();

  // the search's release picks beside its results
  const box = page.getByRole('combobox', { name: 'Buscar' });
  await box.fill(bol);
  await page.getByRole('group', { name: 'Seleccionar resultados para liberar' }).waitFor({ timeout: 20_000 });
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // what the agency released, to whom and why
  await page.goto(`${baseUrl}/#/shared`);
  await page.getByText('Operación conjunta E2E con la DEA').first().waitFor({ timeout: 20_000 });
  await screenshot(page, '32-shared');
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** The administrator's peers section passes axe too. */
export async function peersSection(page: Page, baseUrl: string): Promise<void> {
  await loginThroughUi(page, baseUrl, 'admin');
  await page.goto(`${baseUrl}/#/admin/peers`);
  await page.getByRole('heading', { name: 'Instancias pares' }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('.state-loading, .spinner'), undefined, {
    timeout: 30_000,
  });
  expect(await accessibilityProblems(page)).toEqual([]);
}
