import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AlertQuery,
  DEFAULT_QUERY,
  FILTER_KEYS,
  PAGE_SIZES,
  SORT_KEYS,
  activeFilterCount,
  pageCount,
  queryFromSearch,
  searchFromQuery,
  withFilter,
  withPage,
  withSort,
  toApiParams,
} from './alert-query.ts';
import { ALERT_SEVERITIES, STATUSES, VERDICTS } from './vocabulary.ts';

const text = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const locode = fc.stringMatching(/^[A-Z]{2}[A-Z2-9]{3}$/);
const arbitraryQuery = fc.record({
  verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
  severity: fc.option(fc.constantFrom(...ALERT_SEVERITIES), { nil: undefined }),
  port: fc.option(locode, { nil: undefined }),
  substance: fc.option(text, { nil: undefined }),
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
  from: fc.option(day, { nil: undefined }),
  to: fc.option(day, { nil: undefined }),
  sort: fc.constantFrom(...SORT_KEYS),
  order: fc.constantFrom('asc' as const, 'desc' as const),
  page: fc.integer({ min: 1, max: 10_000 }),
  pageSize: fc.constantFrom(...PAGE_SIZES),
});

describe('alert queue query in the URL', () => {
  it('survives a round trip through the URL unchanged', () => {
    fc.assert(
      fc.property(arbitraryQuery, (query) => {
        const back = queryFromSearch(new URLSearchParams(searchFromQuery(query).toString()));
        expect(back).toEqual(AlertQuery.parse(query));
      }),
    );
  });

  it('puts nothing in the URL for the default queue', () => {
    expect(searchFromQuery(DEFAULT_QUERY).toString()).toBe('');
  });

  it('falls back to defaults for malformed parameters instead of failing', () => {
    const query = queryFromSearch(
      new URLSearchParams('page=-3&pageSize=7&sort=DROP TABLE&order=sideways&from=yesterday&status=open'),
    );
    expect(query).toMatchObject({ page: 1, pageSize: 50, sort: 'score', order: 'desc', status: 'open' });
    expect(query.from).toBeUndefined();
    // Values the API would refuse (its enums are strict) are dropped, not sent: the link still opens a queue.
    const odd = queryFromSearch(new URLSearchParams('severity=urgent&verdict=maybe&status=lost&port=zlo'));
    expect([odd.severity, odd.verdict, odd.status, odd.port]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('returns to page 1 whenever a filter changes, and clears a filter set to empty', () => {
    fc.assert(
      fc.property(arbitraryQuery, fc.constantFrom(...FILTER_KEYS), text, (query, key, value) => {
        const filtered = withFilter(query, key, value);
        expect(filtered.page).toBe(1);
        expect(filtered[key]).toBe(value);
        expect(withFilter(filtered, key, '  ')[key]).toBeUndefined();
      }),
    );
  });

  it('flips the order when the sorted column is clicked again, starts descending on a new column', () => {
    const byDate = withSort(DEFAULT_QUERY, 'declared_at');
    expect(byDate).toMatchObject({ sort: 'declared_at', order: 'desc' });
    expect(withSort(byDate, 'declared_at').order).toBe('asc');
  });

  it('keeps the page within the results', () => {
    fc.assert(
      fc.property(
        arbitraryQuery,
        fc.integer({ min: -5, max: 100_000 }),
        fc.nat(50_000),
        (query, page, total) => {
          const next = withPage(query, page, total);
          expect(next.page).toBeGreaterThanOrEqual(1);
          expect(next.page).toBeLessThanOrEqual(pageCount(total, query.pageSize));
        },
      ),
    );
  });

  it('asks the API for the page as limit and offset', () => {
    expect(toApiParams({ ...DEFAULT_QUERY, page: 3, pageSize: 100, port: 'MXZLO' })).toEqual({
      port: 'MXZLO',
      sort: 'score',
      order: 'desc',
      limit: 100,
      offset: 200,
    });
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(DEFAULT_QUERY)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_QUERY, port: 'MXZLO', status: 'open' })).toBe(2);
  });
});
