/**
 * One date format per language, inputs included (issue 16): the queue's date filters show and take dd/mm/aaaa on
 * a Spanish screen and mm/dd/yyyy on an English one (Chromium's own date input would draw the browser's locale),
 * send ISO days to the link, say a wrong day in the screen's language, and their calendar passes axe.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems } from './harness.ts';

/** On the queue, opened from the dashboard with a period in the link (`from=yyyy-mm-dd`), in Spanish. */
export async function typeDatesInSpanish(page: Page): Promise<void> {
  const [, year, month, day] = /from=(\d{4})-(\d{2})-(\d{2})/.exec(page.url()) ?? [];
  const from = page.getByLabel('Desde', { exact: true });
  await expect(from.inputValue()).resolves.toBe(`${day}/${month}/${year}`);
  await expect(from.getAttribute('placeholder')).resolves.toBe('dd/mm/aaaa');
  const to = page.getByLabel('Hasta', { exact: true });
  await to.fill('31/02/2026');
  await to.press('Tab');
  await page.getByRole('alert').filter({ hasText: 'No es una fecha: escríbala como dd/mm/aaaa' }).waitFor();
  expect(page.url()).not.toMatch(/to=2026-02/);
  await to.fill('24/12/2025');
  await page.waitForURL(/to=2025-12-24/);
  await page.getByRole('button', { name: 'Calendario de «Hasta»' }).click();
  const calendar = page.getByRole('dialog', { name: 'Hasta' });
  await calendar.getByRole('grid', { name: 'diciembre 2025' }).waitFor();
  await page.keyboard.press('ArrowRight'); // the selected day has the focus; the next day is Christmas
  await page.keyboard.press('Enter');
  await page.waitForURL(/to=2025-12-25/);
  await expect(to.inputValue()).resolves.toBe('25/12/2025');
  await page.getByRole('button', { name: 'Calendario de «Hasta»' }).click();
  await calendar.waitFor();
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await calendar.waitFor({ state: 'detached' });
}

/** The same filters on an English screen. */
export async function typeDatesInEnglish(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/alerts?from=2025-12-24`);
  const from = page.getByLabel('From', { exact: true });
  await expect(from.inputValue()).resolves.toBe('12/24/2025');
  await expect(from.getAttribute('placeholder')).resolves.toBe('mm/dd/yyyy');
  const to = page.getByLabel('To', { exact: true });
  await to.fill('24/12/2025');
  await to.press('Tab');
  await page.getByRole('alert').filter({ hasText: 'Not a date: type it as mm/dd/yyyy' }).waitFor();
  await to.fill('12/31/2025');
  await page.waitForURL(/to=2025-12-31/);
  expect(page.url()).toContain('from=2025-12-24');
  expect(await accessibilityProblems(page)).toEqual([]);
}
