import { describe, expect, it } from 'vitest';
import {
  findingApiParams,
  findingQueryFromSearch,
  searchFromFindingQuery,
  withFindingFilter,
  withFindingPage,
} from './finding-query.ts';

describe('the findings queue query in the URL', () => {
  it('reads filters and page from a link, ignoring what is malformed', () => {
    const query = findingQueryFromSearch(
      new URLSearchParams('status=open&port=MXZLO&from=2026-11-01&to=yesterday&page=3&pageSize=7'),
    );
    expect(query).toMatchObject({ status: 'open', port: 'MXZLO', from: '2026-11-01', page: 3, pageSize: 50 });
    expect(query.to).toBeUndefined();
    const odd = findingQueryFromSearch(
      new URLSearchParams('kind=foo&severity=critical&status=closed&port=x'),
    );
    expect([odd.kind, odd.severity, odd.status, odd.port]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(searchFromFindingQuery(query).toString()).toBe('status=open&port=MXZLO&from=2026-11-01&page=3');
  });

  it('asks the API by limit and offset, back to page 1 on a new filter, and never past the last page', () => {
    const query = findingQueryFromSearch(new URLSearchParams('page=4&pageSize=25'));
    expect(findingApiParams(query)).toEqual({ limit: 25, offset: 75 });
    expect(withFindingFilter(query, 'kind', ' dwell ')).toMatchObject({ kind: 'dwell', page: 1 });
    expect(withFindingFilter({ ...query, kind: 'dwell' }, 'kind', '').kind).toBeUndefined();
    expect(withFindingPage(query, 99, 60).page).toBe(3);
  });
});
