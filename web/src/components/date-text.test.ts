import { describe, expect, it } from 'vitest';
import { dayOf, dayText, parseDayText } from './date-text.ts';

describe('days as each language writes them', () => {
  it('shows an ISO day as dd/mm/yyyy in Spanish and mm/dd/yyyy in English', () => {
    expect(dayText('2026-11-01', 'es')).toBe('01/11/2026');
    expect(dayText('2026-11-01', 'en')).toBe('11/01/2026');
    expect(dayText('', 'es')).toBe('');
  });

  it('reads the typed day in the language’s order, with or without leading zeros', () => {
    expect(parseDayText('01/11/2026', 'es')).toBe('2026-11-01');
    expect(parseDayText('1/11/2026', 'es')).toBe('2026-11-01');
    expect(parseDayText('11/01/2026', 'en')).toBe('2026-11-01');
    expect(parseDayText(' 24/12/2026 ', 'es')).toBe('2026-12-24');
    expect(parseDayText('2026-11-01', 'en')).toBe('2026-11-01');
    expect(parseDayText('', 'es')).toBe('');
  });

  it('refuses what is no day: a 31st of February, a 13th month, a two-digit year, words', () => {
    for (const text of ['31/02/2026', '01/13/2026', '1/2/26', 'mañana', '2026-02-30', '01/11/0999'])
      expect(parseDayText(text, 'es'), text).toBeUndefined();
    expect(parseDayText('24/12/2026', 'en')).toBeUndefined();
  });

  it('keeps an ISO day on its local date, whatever the time zone', () => {
    const day = dayOf('2026-01-01')!;
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 0, 1]);
  });
});
