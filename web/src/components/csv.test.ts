import { describe, expect, it } from 'vitest';
import { collectPages } from '../api/pages.ts';
import { csvCell, toCsv } from './csv.ts';

describe('CSV exports', () => {
  it('quotes what needs quoting, keeps accents, and defuses spreadsheet formulas', () => {
    expect(csvCell('Química del Golfo, S.A. de C.V.')).toBe('"Química del Golfo, S.A. de C.V."');
    expect(csvCell('dijo "no"')).toBe('"dijo ""no"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x\ny']])).toBe('\uFEFFa,b\r\n1,"x\ny"\r\n');
  });

  it('reads page after page until a short one, and stops at the maximum', async () => {
    const all = Array.from({ length: 25 }, (_, i) => i);
    const asked: [number, number][] = [];
    const page = async (limit: number, offset: number) => {
      asked.push([limit, offset]);
      return { items: all.slice(offset, offset + limit), total: all.length };
    };
    expect(await collectPages(page, 10)).toEqual({ items: all, truncated: false });
    expect(asked).toEqual([
      [10, 0],
      [10, 10],
      [10, 20],
    ]);
    expect(await collectPages(page, 10, () => {}, 15)).toEqual({ items: all.slice(0, 15), truncated: true });
  });
});
