import { intlLocale } from '../format.ts';

/** Whether a permit is valid on a day (ISO dates compare as strings): the registry's validity column. */
export type PermitStatus = 'valid' | 'expired' | 'future';

export function permitStatus(
  permit: { validFrom: string; validTo: string },
  today = new Date().toISOString().slice(0, 10),
): PermitStatus {
  if (permit.validTo < today) return 'expired';
  if (permit.validFrom > today) return 'future';
  return 'valid';
}

/**
 * A calendar day (YYYY-MM-DD) in the user's language through Intl. Read in UTC: a permit's last day is the same
 * day wherever the browser is (parsed as local time, 2026-12-31 would show as 30 Dec in Mexico City).
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}
