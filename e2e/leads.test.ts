/**
 * The lead board and a lead's page in a real browser (issue 17), on the demo world with two incidents of our own
 * at one place: one kept to the host (amber, Mexico only), one released to the partner. The host's analyst, in
 * Spanish, opens the board and the lead, reads its evidence (linked to the incident's page) and records a decision
 * with a reason that then shows in the history; in English the board again. The partner's advisor: the board loads,
 * no lead of its cites the host-only incident, and it is offered no decision form (advisors recommend). axe on every
 * screen, and the language walk over the lead views.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityProblems,
  apiSession,
  bodyOf,
  HAS_CHROMIUM,
  loginThroughUi,
  screenshot,
} from './harness.ts';
import { demoSuite } from './demo-suite.ts';
import { LEAD_DETAILS, LEAD_VIEWS, walkBothLanguages } from './language-walk.ts';

const HOST_ONLY = 'INC-LEAD-HOST';
const RELEASED = 'INC-LEAD-USA';
const PLACE = { lat: '20.5881', lon: '-100.3899' };
// later than anything of the demo world, so that the leads, standing at the newest evidence, rank this place high
const WHEN = '2026-12-01T10:00:00-06:00';

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)('lead board (e2e, chromium)', () => {
  const demo = demoSuite('leads');
  const { withPage } = demo;
  let hostOnlyKey: string;

  beforeAll(async () => {
    const { api } = await apiSession(demo.server.url, 'analista');
    const record = (
      incidentId: string,
      kind: string,
      query: { tlp: 'amber' | 'green'; releasableTo?: string },
    ) =>
      bodyOf(
        api.POST('/api/incidents', {
          params: { query },
          body: { incident_id: incidentId, kind, occurred_at: WHEN, ...PLACE, narrative: 'Prueba de pistas' },
        }),
      );
    hostOnlyKey = (await record(HOST_ONLY, 'lab_dismantled', { tlp: 'amber' })).id;
    await record(RELEASED, 'chemical_dumpsite', { tlp: 'green', releasableTo: 'USA' });
  });

  it('the host analyst opens a lead, reads its evidence and records a decision; the board in English', async () => {
    const { api } = await apiSession(demo.server.url, 'analista');
    const incident = await bodyOf(api.GET('/api/incidents/{id}', { params: { path: { id: hostOnlyKey } } }));
    expect(incident.marking.releasableTo).not.toContain('USA');
    const board = await bodyOf(api.GET('/api/leads', { params: { query: { limit: 1_000 } } }));
    const lead = board.items.find((l) => l.evidence.some((e) => e.kind === 'incident' && e.id === HOST_ONLY));
    if (!lead) throw new Error(`no host lead cites ${HOST_ONLY}`);
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      await page.goto(`${demo.server.url}/#/leads?limit=${lead.rank > 50 ? 200 : 50}`);
      await page.getByRole('heading', { name: 'Pistas', level: 1 }).waitFor();
      const row = page.locator(`tr[data-lead-id="${lead.leadId}"]`);
      await expect(row.textContent()).resolves.toContain('Incidente: ');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '40-lead-board-es');

      await row.getByRole('link', { name: lead.leadId }).click();
      await page.getByRole('heading', { name: `Pista ${lead.rank}`, level: 1 }).waitFor();
      const evidence = page.getByTestId('lead-evidence');
      const cited = evidence.getByRole('link', { name: HOST_ONLY, exact: true });
      await cited.waitFor();
      expect(await cited.getAttribute('href')).toBe(`#/incidents/${hostOnlyKey}`);
      await expect(evidence.textContent()).resolves.toContain('Laboratorio desmantelado');
      expect(await accessibilityProblems(page)).toEqual([]);

      await page.getByLabel('Decisión', { exact: true }).selectOption('accept');
      await page.getByLabel('Motivo').fill('Coincide con el laboratorio desmantelado');
      await page.getByRole('button', { name: 'Registrar la decisión' }).click();
      const history = page.getByTestId('lead-decisions');
      await history.waitFor();
      await expect(history.textContent()).resolves.toContain('Coincide con el laboratorio desmantelado');
      await expect(history.textContent()).resolves.toContain('Aceptada');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '41-lead-es');

      await page.getByRole('button', { name: 'English' }).click();
      await page.goto(`${demo.server.url}/#/leads`);
      await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor();
      await page.getByTestId('lead-board').waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain('Newest decision');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '42-lead-board-en');
      await page.getByRole('button', { name: 'Español' }).click();
    });
  }, 600_000);

  it('the partner advisor: the board loads, no lead cites the host-only incident, no decision form', async () => {
    const { api } = await apiSession(demo.server.url, 'advisor');
    const board = await bodyOf(api.GET('/api/leads', { params: { query: { limit: 1_000 } } }));
    const cited = board.items.flatMap((l) => l.evidence.map((e) => `${e.kind}:${e.id}`));
    expect(cited).not.toContain(`incident:${HOST_ONLY}`);
    const lead = board.items.find((l) => l.evidence.some((e) => e.kind === 'incident' && e.id === RELEASED));
    if (!lead) throw new Error(`no partner lead cites ${RELEASED}, released to it`);
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'advisor');
      await page.goto(`${demo.server.url}/#/leads?limit=${lead.rank > 50 ? 200 : 50}`);
      await page.getByRole('heading', { name: /^(Pistas|Leads)$/, level: 1 }).waitFor();
      const row = page.locator(`tr[data-lead-id="${lead.leadId}"]`);
      await row.waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '43-lead-board-partner');
      await row.getByRole('link', { name: lead.leadId }).click();
      const evidence = page.getByTestId('lead-evidence');
      await evidence.getByText(RELEASED, { exact: true }).waitFor();
      await expect(evidence.textContent()).resolves.not.toContain(HOST_ONLY);
      await expect(page.locator('main form').count()).resolves.toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '44-lead-partner');
    });
  }, 600_000);

  it('walks the lead views in both languages: no raw key, no internal code, no phrase of the other language', async () => {
    let problems: string[] = [];
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      problems = await walkBothLanguages(page, demo.server.url, [...LEAD_VIEWS, ...LEAD_DETAILS]);
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
