/**
 * Cases in a real browser (issue 19), in Spanish and in English, on the demo world: a host analyst escalates a
 * finding the partner may not see into a case shared with the partner's nation, links a host-only incident and a
 * released one by the case's form and writes a note; the partner's advisor opens the case and sees the released
 * incident only (the server leaves out the links whose targets the reader may not see). Axe on every screen, and
 * the language walk over the cases views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  apiSession,
  bodyOf,
  HAS_CHROMIUM,
  inFreshPage,
  launchBrowser,
  loginThroughUi,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';
import { CASE_DETAILS, CASE_VIEWS, walkBothLanguages } from './language-walk.ts';

const TITLE = 'Caso compartido E2E';
const NOTE = 'Revisar el permiso del importador';

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)('cases (e2e, chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let caseId: string;
  let hostOnly: string;
  let released: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const { api } = await apiSession(server.url, 'analista');
    const record = (incidentId: string, query: { tlp: 'amber' | 'green'; releasableTo?: string }) =>
      bodyOf(
        api.POST('/api/incidents', {
          params: { query },
          body: {
            incident_id: incidentId,
            kind: 'chemical_dumpsite',
            occurred_at: '2026-11-01T10:00:00-06:00',
            lat: '24.8',
            lon: '-107.39',
            narrative: 'Prueba de casos',
          },
        }),
      );
    hostOnly = (await record('INC-CASE-HOST', { tlp: 'amber' })).id;
    released = (await record('INC-CASE-USA', { tlp: 'green', releasableTo: 'USA' })).id;
    const opened = await bodyOf(
      api.POST('/api/cases', {
        body: { title: TITLE, marking: { tlp: 'amber', releasableTo: ['MEX', 'USA'] } },
      }),
    );
    caseId = opened.id;
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const withPage = (work: (page: Page) => Promise<void>) => inFreshPage(browser, 'cases', work);

  it('a host analyst escalates a finding into a case, links two incidents and adds a note; the partner sees only what is released', async () => {
    const host = await apiSession(server.url, 'analista');
    const advisor = await apiSession(server.url, 'advisor');
    const open = await bodyOf(
      host.api.GET('/api/findings', { params: { query: { status: 'open', limit: 50 } } }),
    );
    // a finding the partner may not read (its marking names neither the partner's nation nor an agency of it)
    const finding = open.items.find(
      (f) =>
        f.marking.tlp !== 'clear' &&
        !f.marking.releasableTo.includes('USA') &&
        !f.marking.recipients.some((agency) => agency.startsWith('US-')),
    );
    if (!finding) throw new Error('the demo world has no open finding hidden from the partner');

    await withPage(async (page) => {
      await loginThroughUi(page, server.url, 'analista');
      await page.goto(`${server.url}/#/findings?status=open&kind=${finding.kind}`);
      const row = page.locator(`tr[data-finding-id="${finding.id}"]`);
      await row.waitFor({ timeout: 20_000 });
      await row.click();
      await page.getByRole('button', { name: 'Escalar', exact: true }).click();
      const into = page.getByLabel('Caso de destino');
      await into.locator('option', { hasText: TITLE }).waitFor({ state: 'attached' });
      await into.selectOption(caseId);
      await page.getByLabel('Motivo (opcional)').fill('Mismo importador que el caso');
      await page.getByRole('button', { name: 'Escalar al caso' }).click();
      // the queue is filtered to open findings: the escalated one leaves it; the cases list finds its case
      await expect
        .poll(
          async () =>
            (await bodyOf(host.api.GET('/api/findings/{id}', { params: { path: { id: finding.id } } })))
              .status,
          { timeout: 20_000 },
        )
        .toBe('escalated');
      await page.goto(`${server.url}/#/cases?status=open&kind=finding`);
      await page.getByRole('heading', { name: 'Casos', level: 1 }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '40-cases-es');
      await page.locator(`tr[data-case-id="${caseId}"] a`).click();

      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const links = page.getByTestId('case-links');
      await expect(links.locator('tr[data-link-kind="finding"]').count()).resolves.toBe(1);
      for (const id of [hostOnly, released]) {
        await page.getByLabel('Tipo', { exact: false }).selectOption('incident');
        await page.getByLabel('Identificador').fill(id);
        await page.getByRole('button', { name: 'Vincular el registro' }).click();
        await links.getByRole('link', { name: id }).waitFor({ timeout: 20_000 });
      }
      expect(await links.getByRole('link', { name: released }).getAttribute('href')).toBe(
        `#/incidents/${released}`,
      );
      await page.getByLabel('Nota nueva').fill(NOTE);
      await page.getByRole('button', { name: 'Agregar la nota' }).click();
      await page.getByTestId('case-notes').getByText(NOTE).waitFor({ timeout: 20_000 });
      await expect(page.getByTestId('case-timeline').textContent()).resolves.toContain(
        `vinculó Incidente ${released}`,
      );
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '41-case-es');
    });

    await withPage(async (page) => {
      await loginThroughUi(page, server.url, 'advisor');
      await page.goto(`${server.url}/#/cases/${caseId}`);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 20_000 });
      const links = page.getByTestId('case-links');
      await links.getByRole('link', { name: released }).waitFor();
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toContain(hostOnly);
      expect(main).not.toContain(finding.id.slice(0, 8));
      await expect(links.locator('tbody tr').count()).resolves.toBe(1);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '42-case-partner-en');
    });
    const seen = await bodyOf(advisor.api.GET('/api/cases/{id}', { params: { path: { id: caseId } } }));
    expect(seen.links.map((l) => l.targetId)).toEqual([released]);
  }, 600_000);

  it('walks the cases views in both languages: no raw key, no internal code, no phrase of the other language', async () => {
    let problems: string[] = [];
    await withPage(async (page) => {
      await loginThroughUi(page, server.url, 'analista');
      problems = await walkBothLanguages(page, server.url, [...CASE_VIEWS, ...CASE_DETAILS]);
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
