/**
 * One language at a time (issue 16): a walk through every view, in Spanish and in English, that fails on a key
 * neither catalogue holds (the app records them: web/src/i18n/index.ts), on an internal code shown raw (a
 * snake_case kind, a CBV URN, a bizStep), and on a phrase of the other language's catalogue.
 */
import type { Page } from 'playwright-core';
import { en } from '../web/src/i18n/en.ts';
import { es } from '../web/src/i18n/es.ts';

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value: unknown) =>
    typeof value === 'string' ? [value] : leaves(value as object),
  );
}

/**
 * Phrases only one language uses: whole messages of three words or more with no placeholder, that the other
 * catalogue does not also hold (a Spanish screen may say "Centinela"; it may not say "Try again").
 */
function phrasesOnlyIn(mine: object, theirs: object): string[] {
  const shared = new Set(leaves(mine));
  return [...new Set(leaves(theirs))].filter(
    (text) => !shared.has(text) && !text.includes('{{') && text.trim().split(/\s+/).length >= 3,
  );
}
const FOREIGN = { es: phrasesOnlyIn(es, en), en: phrasesOnlyIn(en, es) } as const;

/**
 * The views of incidents and field reports (issue 17): the lists and the forms, walked by the command-center suite
 * on any world; e2e/incidents.test.ts opens a record of each list too, once it has recorded some.
 */
export const EVIDENCE_VIEWS: [string, string?][] = [
  ['/incidents'],
  ['/field-reports'],
  ['/incidents/new'],
  ['/field-reports/new'],
];
export const EVIDENCE_DETAILS: [string, string][] = [
  ['/incidents', 'tr[data-incident-id] a'],
  ['/field-reports', 'tr[data-report-id] a'],
];

/** The lead board and a lead's page (issue 17): the board on any world, a lead once the board lists one. */
export const LEAD_VIEWS: [string, string?][] = [['/leads']];
export const LEAD_DETAILS: [string, string][] = [['/leads', 'tr[data-lead-id] a']];

/** The shared view (issue 18), walked by an analyst; the administrator's peers section, walked by the admin. */
export const SHARING_VIEWS: [string, string?][] = [['/shared']];
export const PEER_ADMIN_VIEWS: [string, string?][] = [['/admin/peers']];

/** The cases list and a case's page (issue 19): the list on any world, a case once the list shows one. */
export const CASE_VIEWS: [string, string?][] = [['/cases'], ['/operations'], ['/operations/queue']];
export const CASE_DETAILS: [string, string][] = [['/cases', 'tr[data-case-id] a']];
/** An operation's page (its moves, outcomes and comments), once the board shows one. */
export const OPERATION_DETAILS: [string, string][] = [['/operations', 'li[data-operation-id] a']];

/** Codes the screens must translate, never show: kinds and steps in snake_case, CBV URNs and vocabularies. */
const RAW_CODES = /\b[a-z]{2,}_[a-z_]{2,}\b|urn:epcglobal:cbv|\bbizstep\b|\bdisp:/g;

/** `open`: a row to click first, so that the detail it opens is read too. */
export async function languageProblems(
  page: Page,
  url: string,
  lang: 'es' | 'en',
  open?: string,
): Promise<string[]> {
  // a fresh page each time: a single-page app keeps the last view's state (and its recorded keys) otherwise
  await page.goto('about:blank');
  await page.goto(url);
  const where = `${new URL(url).hash}${open ? ` + ${open}` : ''}`;
  const heading = page.locator('main h1, main .state-error').first();
  await heading.waitFor({ state: 'attached', timeout: 20_000 });
  if (await page.locator('main .state-error').count())
    return [`${where} (${lang}): ${await page.locator('main .state-error').first().innerText()}`];
  if (open) {
    await page.locator(open).first().click({ timeout: 20_000 });
    await page.waitForTimeout(300);
  }
  await page.waitForFunction(() => !document.querySelector('.state-loading, .spinner'), undefined, {
    timeout: 30_000,
  });
  await page.waitForTimeout(300); // a detail panel's second request
  // what a file's columns are called (`declaration_id`, in the intake's format table) is code by design
  const text = await page.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('code, kbd, samp')];
    for (const element of hidden) element.style.display = 'none';
    const shown = document.body.innerText;
    for (const element of hidden) element.style.display = '';
    return shown;
  });
  const missing = await page.evaluate(
    () => (globalThis as { centinelaMissingKeys?: string[] }).centinelaMissingKeys ?? [],
  );
  return [
    ...missing.map((key) => `${where} (${lang}): no message for ${key}`),
    ...[...new Set(text.match(RAW_CODES) ?? [])].map((code) => `${where} (${lang}): raw code ${code}`),
    ...FOREIGN[lang]
      .filter((phrase) => text.includes(phrase))
      .map((phrase) => `${where} (${lang}): other language: ${phrase}`),
  ];
}

/**
 * The walk over `views` (a path, and a row to open first) in Spanish, then in English by the header's switch;
 * the page is left in Spanish, as the demo users' language.
 */
export async function walkBothLanguages(
  page: Page,
  baseUrl: string,
  views: readonly (readonly [string, string?])[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const lang of ['es', 'en'] as const) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    for (const [path, open] of views)
      problems.push(...(await languageProblems(page, `${baseUrl}/#${path}`, lang, open)));
  }
  await page.getByRole('button', { name: 'Español' }).click();
  return problems;
}
