/**
 * A day as the user reads and types it, one format per language (issue 16): dd/mm/aaaa in Spanish, mm/dd/yyyy in
 * English — the numeric order Intl gives es-MX and en-US, as the tables' short dates (24/11/26, 11/24/26). The
 * URL and the API keep ISO yyyy-mm-dd. Parsing is date-fns's (it refuses 31/02); the text is Intl's.
 */
import { format, isValid, parse } from 'date-fns';
import { intlLocale } from '../format.ts';

const PATTERN = { es: 'd/M/yyyy', en: 'M/d/yyyy' } as const;
const DAY = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const languageOf = (locale: string): 'es' | 'en' => (locale.startsWith('es') ? 'es' : 'en');

/** yyyy-mm-dd → a local Date at midnight (not UTC's, which is the previous day west of Greenwich). */
export function dayOf(iso: string): Date | undefined {
  if (!ISO.test(iso)) return undefined;
  const date = parse(iso, 'yyyy-MM-dd', new Date());
  return isValid(date) ? date : undefined;
}

export const isoOf = (date: Date): string => format(date, 'yyyy-MM-dd');

/** The ISO day as the language writes it (01/11/2026 or 11/01/2026); '' for none, the text itself if not a day. */
export function dayText(iso: string, locale: string): string {
  const date = dayOf(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/**
 * What the user typed, as ISO: '' for nothing, undefined for text that is no day in the language's order (a
 * four-digit year; an ISO day pasted from a link is taken as well).
 */
export function parseDayText(text: string, locale: string): string | undefined {
  const typed = text.trim();
  if (typed === '') return '';
  if (ISO.test(typed)) return dayOf(typed) ? typed : undefined;
  if (!DAY.test(typed)) return undefined;
  const date = parse(typed, PATTERN[languageOf(locale)], new Date());
  return isValid(date) && date.getFullYear() >= 1900 ? isoOf(date) : undefined;
}
