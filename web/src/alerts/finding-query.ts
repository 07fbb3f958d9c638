/**
 * The findings queue's query (filters and page) as a pure value kept in the URL, like the alert queue's
 * (alert-query.ts), so a filtered queue is a link to share. Unknown or malformed parameters fall back to
 * defaults; only what GET /api/findings accepts reaches it (its query schema is strict).
 */
import { z } from 'zod';
import type { FindingQueryParams } from '../api/types.ts';
import { FINDING_KINDS, FINDING_SEVERITIES, STATUSES } from './vocabulary.ts';
import {
  countActive,
  isoDay,
  locode,
  oneOf,
  paging,
  parseSearch,
  toLimitOffset,
  toSearch,
  withFilterValue,
  withPageNumber,
} from './queue-query.ts';

export const FINDING_FILTER_KEYS = ['kind', 'severity', 'status', 'port', 'from', 'to'] as const;
export type FindingFilterKey = (typeof FINDING_FILTER_KEYS)[number];

export const FindingQuery = z.object({
  kind: oneOf(FINDING_KINDS),
  severity: oneOf(FINDING_SEVERITIES),
  status: oneOf(STATUSES),
  port: locode,
  from: isoDay,
  to: isoDay,
  ...paging,
});
export type FindingQuery = z.infer<typeof FindingQuery>;

export const DEFAULT_FINDING_QUERY: FindingQuery = FindingQuery.parse({});

export const findingQueryFromSearch = (search: URLSearchParams): FindingQuery =>
  parseSearch(FindingQuery, search);

export const searchFromFindingQuery = (query: FindingQuery): URLSearchParams =>
  toSearch(query, DEFAULT_FINDING_QUERY);

export const withFindingFilter = (query: FindingQuery, key: FindingFilterKey, value: string): FindingQuery =>
  withFilterValue(query, key, value);

export const withFindingPage = (query: FindingQuery, page: number, total: number): FindingQuery =>
  withPageNumber(query, page, total);

export const activeFindingFilters = (query: FindingQuery): number => countActive(query, FINDING_FILTER_KEYS);

export const findingApiParams = (query: FindingQuery): FindingQueryParams => toLimitOffset(query);
