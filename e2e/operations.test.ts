/**
 * Cases and host-led operations in a real browser (issue 19), on the demo world: the host's analyst escalates a
 * finding into a case shared with the partner's nation and follows the link to it, links a lead, drafts an
 * operation on it (the partner's advisor attached, the lead followed) and proposes it; the partner's advisor (in
 * English) comments and may move nothing; the host's commander finds it in the approval queue, approves and
 * starts it; the analyst records a seizure at the lead, which becomes an incident and the lead's outcome — the
 * lead's page then shows it and its score moves. axe on the case page, the operation page, the board and the
 * queue, and the language walk over the cases and operations views.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  accessibilityProblems,
  apiSession,
  bodyOf,
  HAS_CHROMIUM,
  loginThroughUi,
  screenshot,
} from './harness.ts';
import { demoSuite } from './demo-suite.ts';
import { CASE_DETAILS, CASE_VIEWS, OPERATION_DETAILS, walkBothLanguages } from './language-walk.ts';

const TITLE = 'Operación compartida E2E';
const OBJECTIVE = 'Verificar la bodega señalada por la pista';
const COMMENT = 'Check the importer’s permit before going in';

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)('operations (e2e, chromium)', () => {
  const demo = demoSuite('operations');
  const { withPage } = demo;
  let caseId: string;

  beforeAll(async () => {
    const { api } = await apiSession(demo.server.url, 'analista');
    const opened = await bodyOf(
      api.POST('/api/cases', {
        body: { title: TITLE, marking: { tlp: 'amber', releasableTo: ['MEX', 'USA'] } },
      }),
    );
    caseId = opened.id;
  });

  /** Makes a move on the operation page with its reason, and waits for the state it reaches. */
  const move = async (page: Page, button: string, reason: string, reached: string) => {
    await page
      .getByRole('group', { name: 'Decisiones sobre la operación' })
      .getByRole('button', { name: button })
      .click();
    const confirm = page.getByRole('button', { name: `${button}: confirmar` });
    expect(await confirm.isDisabled()).toBe(true); // no move without its reason
    await page.getByLabel('Motivo (queda registrado)').fill(reason);
    await confirm.click();
    await page.locator('main header .chip', { hasText: reached }).waitFor({ timeout: 20_000 });
  };

  it('escalate into a case, draft and propose, a partner comments, the commander approves and starts, a seizure moves the lead', async () => {
    const host = await apiSession(demo.server.url, 'analista');
    const open = await bodyOf(
      host.api.GET('/api/findings', { params: { query: { status: 'open', limit: 50 } } }),
    );
    const finding = open.items.find((f) => f.marking.ownerAgency === 'MX-ANAM');
    if (!finding) throw new Error('the demo world has no open finding of the analyst’s agency');
    const board = await bodyOf(host.api.GET('/api/leads', { params: { query: { limit: 50 } } }));
    const lead = board.items[0];
    if (!lead) throw new Error('the analyst has no lead in the demo world');
    const before = await bodyOf(
      host.api.GET('/api/leads/{leadId}', { params: { path: { leadId: lead.leadId } } }),
    );
    let operationId = '';

    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      await page.goto(`${demo.server.url}/#/findings?status=open&kind=${finding.kind}`);
      const row = page.locator(`tr[data-finding-id="${finding.id}"]`);
      await row.waitFor({ timeout: 20_000 });
      await row.click();
      await page.getByRole('button', { name: 'Escalar', exact: true }).click();
      const into = page.getByLabel('Caso de destino');
      await into.locator('option', { hasText: TITLE }).waitFor({ state: 'attached' });
      await into.selectOption(caseId);
      await page.getByLabel('Motivo (opcional)').fill('Mismo importador que la pista');
      await page.getByRole('button', { name: 'Escalar al caso' }).click();
      // the finding leaves the open queue; the queue says where it went
      const notice = page.getByTestId('escalated-into');
      await notice.waitFor({ timeout: 20_000 });
      await notice.getByRole('link', { name: 'Abrir el caso' }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 20_000 });
      expect(page.url()).toContain(`#/cases/${caseId}`);

      await page.getByLabel('Tipo', { exact: false }).selectOption('lead');
      await page.getByLabel('Identificador').fill(lead.leadId);
      await page.getByRole('button', { name: 'Vincular el registro' }).click();
      await page
        .getByTestId('case-links')
        .getByRole('link', { name: lead.leadId })
        .waitFor({ timeout: 20_000 });
      expect(await accessibilityProblems(page)).toEqual([]);

      await page.getByRole('button', { name: 'Planear una operación…' }).click();
      const form = page.getByRole('form', { name: 'Planear una operación sobre el caso' });
      await form.getByLabel('Objetivo').fill(OBJECTIVE);
      await form.getByLabel('Entidad federativa').fill('Sinaloa');
      await form.getByLabel('Municipio (opcional)').fill('Culiacán');
      await form.getByRole('checkbox', { name: /Sarah Collins/ }).check({ timeout: 20_000 });
      expect(await form.getByRole('checkbox', { name: lead.leadId }).isChecked()).toBe(true);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '45-operation-draft-es');
      await form.getByRole('button', { name: 'Guardar el borrador' }).click();

      await page.getByRole('heading', { name: OBJECTIVE, level: 1 }).waitFor({ timeout: 20_000 });
      operationId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
      await page.getByTestId('operation-leads').getByRole('link', { name: lead.leadId }).waitFor();
      await move(page, 'Proponer', 'Pista con incidentes recientes', 'Propuesta');
      expect(await accessibilityProblems(page)).toEqual([]);
    });
    expect(operationId).toMatch(/^[0-9a-f-]{36}$/);

    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'advisor');
      await page.goto(`${demo.server.url}/#/operations/${operationId}`);
      await page.getByRole('heading', { name: OBJECTIVE, level: 1 }).waitFor({ timeout: 20_000 });
      await page.getByText('You may not change the state of this operation now.').waitFor();
      await page.getByLabel('Kind').selectOption('recommendation');
      await page.getByLabel('New comment').fill(COMMENT);
      await page.getByRole('button', { name: 'Add the comment' }).click();
      await page.getByTestId('operation-comments').getByText(COMMENT).waitFor({ timeout: 20_000 });
      await expect(page.getByRole('form', { name: 'Record an outcome' }).count()).resolves.toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '46-operation-partner-en');
    });

    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'comandante');
      await page.goto(`${demo.server.url}/#/operations/queue`);
      await page.getByRole('heading', { name: 'Cola de aprobación', level: 1 }).waitFor({ timeout: 20_000 });
      const card = page.locator(`li[data-operation-id="${operationId}"]`);
      await card.waitFor({ timeout: 20_000 });
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '47-operation-queue-es');
      await card.getByRole('link', { name: OBJECTIVE }).click();
      await page.getByRole('heading', { name: OBJECTIVE, level: 1 }).waitFor({ timeout: 20_000 });
      await page.getByTestId('operation-comments').getByText(COMMENT).waitFor();
      await move(page, 'Aprobar', 'Objetivo claro y sin datos tácticos', 'Aprobada');
      await move(page, 'Iniciar', 'Unidades listas', 'En curso');
      await expect(page.getByTestId('operation-decisions').locator('li').count()).resolves.toBe(3);
      await page.goto(`${demo.server.url}/#/operations`);
      await page.locator(`li[data-operation-id="${operationId}"]`).waitFor({ timeout: 20_000 });
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '48-operations-board-es');
    });

    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      await page.goto(`${demo.server.url}/#/operations/${operationId}`);
      const form = page.getByRole('form', { name: 'Registrar un resultado' });
      await form.waitFor({ timeout: 20_000 });
      expect(await form.locator('select').first().inputValue()).toBe('seizure');
      await form.getByLabel('Sustancia').fill('Fenilacetona');
      await form.getByLabel('Kilogramos').fill('250');
      await form.getByLabel('Lugar').fill('Bodega señalada');
      await form.getByLabel('Latitud').fill(String(lead.lat));
      await form.getByLabel('Longitud').fill(String(lead.lon));
      await form.getByRole('button', { name: 'Registrar el resultado' }).click();
      const outcomes = page.getByTestId('operation-outcomes');
      await outcomes.waitFor({ timeout: 30_000 });
      await expect(outcomes.textContent()).resolves.toContain('250 kg de Fenilacetona');
      await expect(outcomes.textContent()).resolves.toContain('1 resultado de pista');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, '49-operation-outcome-es');

      // the seizure is an incident with its page, and the lead's outcome: the lead's page shows it
      await outcomes.getByRole('link', { name: 'Abrir el incidente' }).click();
      await page.locator('main h1').waitFor({ timeout: 20_000 });
      expect(page.url()).toContain('#/incidents/');
      await page.goto(`${demo.server.url}/#/leads/${lead.leadId}`);
      const found = page.getByTestId('lead-outcomes');
      await found.waitFor({ timeout: 30_000 });
      await expect(found.textContent()).resolves.toContain('Se encontró');
      await expect(page.getByTestId('lead-evidence').textContent()).resolves.toContain('Aseguramiento');
      await screenshot(page, '50-lead-after-seizure-es');
    });

    const after = await bodyOf(
      host.api.GET('/api/leads/{leadId}', { params: { path: { leadId: lead.leadId } } }),
    );
    expect(before.outcomes).toHaveLength(0);
    expect(after.outcomes.map((o) => o.outcome)).toEqual(['found']);
    expect(after.lead.score).not.toBe(before.lead.score);
    const shown = await bodyOf(
      host.api.GET('/api/operations/{id}', { params: { path: { id: operationId } } }),
    );
    expect(shown.transitions.map((t) => t.action)).toEqual(['propose', 'approve', 'start']);
    expect(shown.comments.map((c) => c.kind)).toEqual(['recommendation']);
  }, 900_000);

  it('walks the cases and operations views in both languages: no raw key, no internal code, no phrase of the other language', async () => {
    let problems: string[] = [];
    await withPage(async (page) => {
      await loginThroughUi(page, demo.server.url, 'analista');
      problems = await walkBothLanguages(page, demo.server.url, [
        ...CASE_VIEWS,
        ...CASE_DETAILS,
        ...OPERATION_DETAILS,
      ]);
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
