/**
 * The intake, registry and report flows of issue 16, run inside the command-center suite on its demo world (one
 * server for both keeps CI short): a permits file with two bad rows (the errors on screen in Spanish and as a
 * CSV download), that permit edited with its history, a report written as a draft and released to the partner.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems, loginThroughUi, screenshot } from './harness.ts';

const HOLDER = 'Solventes del Bajío E2E';
const PERMITS_CSV =
  'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n' +
  `COF-E2E-001,SBA010101AB1,${HOLDER},79-03-8,1200,2026-01-01,2026-12-31,\n` +
  `COF-E2E-002,SBA010101AB1,${HOLDER},no-es-cas,1200,2026-01-01,2026-12-31,\n` +
  `COF-E2E-003,SBA010101AB1,${HOLDER},79-03-8,1200,2026-01-01\n`;

/** No page wider than a 390 px phone: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

export async function uploadAndEditPermit(page: Page, baseUrl: string): Promise<void> {
  await loginThroughUi(page, baseUrl, 'reguladora');
  await page.goto(`${baseUrl}/#/intake`);
  await page.getByRole('heading', { name: 'Recepción', level: 1 }).waitFor();
  await page.getByLabel('Qué contiene el archivo').selectOption('permits');
  await page.getByRole('combobox', { name: /^TLP/ }).selectOption('green');
  await page.getByLabel('Archivo', { exact: true }).setInputFiles({
    name: 'permisos.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PERMITS_CSV, 'utf8'),
  });
  await page.getByRole('button', { name: 'Subir e importar' }).click();
  await page.getByRole('heading', { name: 'Resultado de permisos.csv' }).waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('count-imported').textContent()).resolves.toBe('1');
  await expect(page.getByTestId('count-rejected').textContent()).resolves.toBe('2');
  await expect(page.getByTestId('analysis').textContent()).resolves.toContain('Se hizo el análisis');
  const errors = page.getByRole('table', { name: 'Filas con errores' });
  await expect(errors.textContent()).resolves.toContain('se esperaba un número CAS NNNNNNN-NN-N');
  // A coded error with parameters (the server's FIELD_COUNT, expected 8, got 6) said in Spanish, not English.
  const short = errors.getByRole('row').filter({ hasText: '(row)' });
  await expect(short.textContent()).resolves.toBe('4(row)se esperaban 8 campos como en el encabezado, hay 6');
  await expect(errors.textContent()).resolves.not.toMatch(/expected|fields/);
  await page.mouse.move(0, 0); // off the button: its hover colour is not what axe should judge
  await screenshot(page, '20-intake-errors-es');
  expect(await accessibilityProblems(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar el informe de errores (CSV)' }).click(),
  ]);
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += (chunk as Buffer).toString('utf8');
  expect(text).toContain('Línea,Campo,Problema');
  expect(text).toContain('3,substance_cas,se esperaba un número CAS NNNNNNN-NN-N');
  expect(text).toContain('4,(row),"se esperaban 8 campos como en el encabezado, hay 6"');

  await page.goto(`${baseUrl}/#/registry?q=${encodeURIComponent(HOLDER)}`);
  await page.getByRole('link', { name: 'COF-E2E-001' }).click();
  await page.getByRole('heading', { name: 'Permiso COF-E2E-001', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Editar permiso' }).click();
  await page.getByLabel('Máx. kg por año').fill('1500');
  // a validity day as Spanish writes it: a wrong one is said in Spanish and keeps the form from being sent
  const validTo = page.getByLabel('Vigente hasta', { exact: true });
  await expect(validTo.inputValue()).resolves.toBe('31/12/2026');
  await validTo.fill('31/06/2027');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await page.getByRole('alert').filter({ hasText: 'No es una fecha: escríbala como dd/mm/aaaa' }).waitFor();
  await validTo.fill('30/06/2027');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await page.getByText('Cambios guardados; están en el historial de abajo.').waitFor();
  const history = page.getByTestId('permit-history');
  await expect(history.textContent()).resolves.toContain('Máx. por año: 1,200 kg → 1,500 kg');
  await expect(history.textContent()).resolves.toContain('Vigente hasta: 31 dic 2026 → 30 jun 2027');
  await expect(history.textContent()).resolves.toContain('Mariana Torres');
  await screenshot(page, '21-permit-history-es');
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsWidth(page);
}

export async function writeAndReleaseReport(page: Page, baseUrl: string): Promise<void> {
  await loginThroughUi(page, baseUrl, 'analista');
  await page.goto(`${baseUrl}/#/reports/new`);
  await page.getByLabel('Título').fill('Empresas fachada en Jalisco (E2E)');
  await page.getByLabel('Texto').fill('Tres importadores comparten RFC y domicilio en Zapopan.');
  await page.getByRole('button', { name: 'Guardar borrador' }).click();
  await page.getByRole('heading', { name: 'Empresas fachada en Jalisco (E2E)', level: 1 }).waitFor();
  await expect(page.getByTestId('report-state').textContent()).resolves.toBe('Borrador: solo su agencia');
  await page.getByRole('button', { name: 'Cambiar marcado' }).click();
  const form = page.getByRole('form', { name: 'Cambiar marcado' });
  await form.getByLabel('TLP').selectOption('amber');
  await form.getByRole('checkbox', { name: 'USA' }).check();
  await form.getByRole('button', { name: 'Ver quién lo leería' }).click();
  await form.getByRole('button', { name: 'Guardar' }).click();
  await page.getByText('Difundido a MEX, USA').waitFor();
  await screenshot(page, '22-report-released-es');
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.goto(`${baseUrl}/#/reports`);
  await page.getByRole('link', { name: 'Empresas fachada en Jalisco (E2E)' }).waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsWidth(page);
}
