/** Dates, numbers and units in the user's locale through Intl (es-MX / en-US). */
export const intlLocale = (locale: string) => (locale.startsWith('es') ? 'es-MX' : 'en-US');

/** `short` for dense tables (24/11/26 15:36), `medium` where there is room (24 nov 2026, 15:36). */
export function formatDateTime(
  value: string | null | undefined,
  locale: string,
  dateStyle: 'short' | 'medium' = 'medium',
): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle, timeStyle: 'short' }).format(date);
}

export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(
  value: number | null | undefined,
  locale: string,
  maximumFractionDigits = 0,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

export function formatKilograms(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: 'kilogram',
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 2 : 0,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A 0–1 screening score with two decimals, always (0.70, not 0.7), so a column of scores lines up. */
export function formatScore(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
