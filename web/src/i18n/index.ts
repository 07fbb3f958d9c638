/**
 * i18next with both languages bundled (the app must work offline). The language is chosen in this order:
 * the user's explicit choice remembered in localStorage, then the server-side preference from /api/me, then
 * the nation default (Spanish for the host, English for partners).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { es } from './es.ts';

export type Locale = 'es' | 'en';
export const LOCALE_STORAGE_KEY = 'centinela.locale';
export const HOST_NATION = 'MEX';

export function defaultLocaleFor(nation: string | undefined): Locale {
  return nation === undefined || nation === HOST_NATION ? 'es' : 'en';
}

export function rememberedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return stored === 'es' || stored === 'en' ? stored : null;
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the server's preference
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    /* storage disabled: the choice still lives in the session and on the server */
  }
}

/**
 * Keys the app asked for that neither catalogue holds (shown raw on screen), kept on the page for the browser
 * suite's walk through every view (e2e/language-walk.ts) and reported once each on the console.
 */
function reportMissingKey(_languages: readonly string[], _namespace: string, key: string): void {
  const missing = ((globalThis as { centinelaMissingKeys?: string[] }).centinelaMissingKeys ??= []);
  if (missing.includes(key)) return;
  missing.push(key);
  console.warn(`centinela: no message for "${key}"`);
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: rememberedLocale() ?? 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: reportMissingKey,
});

export async function applyLocale(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
