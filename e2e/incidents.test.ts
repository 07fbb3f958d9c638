/**
 * Incidents and field reports in a real browser (issue 17), in Spanish and in English, on the demo world: an
 * incidents file with a bad row (the error on screen), the list and an incident's page (its party linked to the
 * entity it resolved into, its consignment linked), a field report recorded by the form (a refused try first, each
 * field's problem named), the map's layer, axe on every screen, and the language walk over the new views.
 */
import { describe, expect, it } from 'vitest';
import {
  accessibilityProblems,
  apiSession,
  bodyOf,
  HAS_CHROMIUM,
  loginThroughUi,
  screenshot,
} from './harness.ts';
import { demoSuite } from './demo-suite.ts';
import { EVIDENCE_DETAILS, EVIDENCE_VIEWS, walkBothLanguages } from './language-walk.ts';

const HEADER =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative';

function incidentsCsv(rfc: string, billOfLading: string): string {
  return [
    HEADER,
    `INC-E2E-1,seizure,2026-05-01T10:00:00-06:00,19.05,-104.31,,79-03-8,Fenilacetona,250,${billOfLading},,,${rfc},Bodega junto al puerto`,
    'INC-E2E-2,lab_dismantled,2026-05-03,24.80,-107.39,,,,,,,Laboratorio Culiacán,,Laboratorio en una casa',
    'INC-E2E-3,robo,2026-05-04,19.4,-99.1,,,,,,,,,',
  ].join('\n');
}

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)('incidents and field reports (e2e, chromium)', () => {
  const demo = demoSuite('incidents');
  const { withPage } = demo;

  it('imports incidents, opens one, records a field report and sees both on the map, in both languages', async () => {
    const { api } = await apiSession(demo.server.url, 'analista');
    const entity = (await bodyOf(api.GET('/api/entities', { params: { query: { limit: 50 } } }))).items.find(
      (e) => e.rfcs.length > 0,
    );
    const consignment = (await bodyOf(api.GET('/api/consignments', { params: { query: { limit: 1 } } })))
      .items[0];
    if (!entity || !consignment)
      throw new Error('the demo world has no entity with an RFC or no consignment');
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');

      // the file: two good rows, one whose kind is not of the vocabulary
      await page.goto(`${demo.server.url}/#/intake`);
      await page.getByRole('heading', { name: 'Recepción', level: 1 }).waitFor();
      await page.getByLabel('Qué contiene el archivo').selectOption('incidents');
      await page.getByLabel('Archivo', { exact: true }).setInputFiles({
        name: 'incidentes.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(incidentsCsv(entity.rfcs[0]!, consignment.billOfLading), 'utf8'),
      });
      await page.getByRole('button', { name: 'Subir e importar' }).click();
      await page.getByRole('heading', { name: 'Resultado de incidentes.csv' }).waitFor({ timeout: 120_000 });
      await expect(page.getByTestId('count-imported').textContent()).resolves.toBe('2');
      await expect(page.getByTestId('count-rejected').textContent()).resolves.toBe('1');
      const errors = page.getByRole('table', { name: 'Filas con errores' });
      await expect(errors.textContent()).resolves.toMatch(/4kinduno de seizure, stopped_shipment/);
      await page.mouse.move(0, 0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '30-incidents-import-es');

      // the list, filtered by kind, and the seizure's page: its party linked to its entity, its consignment
      await page.goto(`${demo.server.url}/#/incidents?kind=seizure&from=2026-05-01&to=2026-05-01`);
      await page.getByRole('heading', { name: 'Incidentes', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'INC-E2E-1' }).click();
      await page.getByRole('heading', { name: 'Incidente INC-E2E-1', level: 1 }).waitFor();
      const parties = page.getByTestId('incident-parties');
      await expect(parties.textContent()).resolves.toContain(entity.rfcs[0]!);
      expect(await parties.getByRole('link', { name: 'Abrir la entidad' }).getAttribute('href')).toBe(
        `#/entities/${encodeURIComponent(entity.id)}`,
      );
      expect(
        await page.getByRole('link', { name: consignment.billOfLading, exact: true }).getAttribute('href'),
      ).toBe(`#/consignments/${encodeURIComponent(consignment.billOfLading)}`);
      await expect(page.locator('main').textContent()).resolves.toContain('Aseguramiento');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '31-incident-es');

      // a field report by the form: refused first (the server names each field), then stored
      await page.goto(`${demo.server.url}/#/field-reports/new`);
      await page.getByRole('heading', { name: 'Registrar un informe de campo', level: 1 }).waitFor();
      await page.getByLabel('Identificador del informe').fill('FR-E2E-1');
      await page.getByLabel('Latitud').fill('24,8');
      await page.getByRole('button', { name: 'Guardar el registro' }).click();
      const refused = page.getByTestId('record-errors');
      await refused.waitFor();
      await expect(refused.textContent()).resolves.toContain('Fecha de la observación: obligatorio');
      await expect(refused.textContent()).resolves.toContain('Latitud: no es un número decimal');
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByLabel('Fecha de la observación', { exact: true }).fill('02/05/2026');
      await page.getByLabel('Latitud').fill('24.81');
      await page.getByLabel('Longitud').fill('-107.40');
      await page.getByLabel('Tipo de fuente').selectOption('ground');
      await page.getByLabel('Confiabilidad de la fuente').selectOption('B');
      await page.getByLabel('Credibilidad de la información').selectOption('2');
      await page.getByRole('checkbox', { name: 'Tambos' }).check();
      await page.getByLabel('Relato').fill('Olor a solventes de noche');
      await page.getByRole('button', { name: 'Guardar el registro' }).click();
      await page.getByRole('heading', { name: 'Informe de campo FR-E2E-1', level: 1 }).waitFor();
      await expect(page.getByTestId('report-indicators').textContent()).resolves.toBe('Tambos');
      await expect(page.locator('main').textContent()).resolves.toContain('B — normalmente confiable');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '32-field-report-es');

      // the map: three points of evidence, a layer that switches off and on
      await page.goto(`${demo.server.url}/#/map`);
      const canvas = page.locator('.map-canvas');
      await page.waitForFunction(
        () => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.evidence ?? 0) >= 3,
        undefined,
        { timeout: 120_000 },
      );
      await expect(page.getByTestId('evidence-count').textContent()).resolves.toMatch(
        /^[\d,]+ incidentes y [\d,]+ informes de campo en el mapa$/,
      );
      const layer = page.getByRole('checkbox', { name: 'Incidentes' });
      await layer.uncheck();
      await layer.check();
      expect(await canvas.getAttribute('data-drawn')).toBe('true');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '33-map-evidence-es');

      // English: the same screens in the other language
      await page.getByRole('button', { name: 'English' }).click();
      await page.goto(`${demo.server.url}/#/incidents?kind=lab_dismantled&from=2026-05-03&to=2026-05-03`);
      await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'INC-E2E-2' }).click();
      await page.getByRole('heading', { name: 'Incident INC-E2E-2', level: 1 }).waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain('Dismantled lab');
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.goto(`${demo.server.url}/#/field-reports?sourceType=ground&from=2026-05-01&to=2026-05-31`);
      await page.getByRole('link', { name: 'FR-E2E-1' }).click();
      await page.getByRole('heading', { name: 'Field report FR-E2E-1', level: 1 }).waitFor();
      await expect(page.getByTestId('report-indicators').textContent()).resolves.toBe('Drums');
      await page.goto(`${demo.server.url}/#/incidents/new`);
      await page.getByRole('heading', { name: 'Record an incident', level: 1 }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '34-incident-form-en');
      await page.getByRole('button', { name: 'Español' }).click();
    });
  }, 600_000);

  it('walks the new views in both languages: no raw key, no internal code, no phrase of the other language', async () => {
    let problems: string[] = [];
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      problems = await walkBothLanguages(page, demo.server.url, [...EVIDENCE_VIEWS, ...EVIDENCE_DETAILS]);
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
