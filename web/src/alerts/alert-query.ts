/**
 * The alert queue's query (filters, sort, page) as a pure value kept in the URL, so a filtered queue is a link an
 * analyst can share and the back button works. Unknown or malformed parameters fall back to defaults.
 */
import { z } from 'zod';
import type { AlertQueryParams } from '../api/types.ts';
import { ALERT_SEVERITIES, STATUSES, VERDICTS } from './vocabulary.ts';
import {
  countActive,
  isoDay,
  locode,
  oneOf,
  optionalText,
  paging,
  parseSearch,
  toLimitOffset,
  toSearch,
  withFilterValue,
  withPageNumber,
} from './queue-query.ts';

/** What GET /api/alerts can filter by (its query schema is strict). */
export const FILTER_KEYS = ['verdict', 'severity', 'port', 'substance', 'status', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** What GET /api/alerts can sort by (src/screening/alerts.repository.ts ALERT_SORTS). */
export const SORT_KEYS = ['score', 'declared_at', 'created_at'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export { DEFAULT_PAGE_SIZE, PAGE_SIZES, pageCount } from './queue-query.ts';

export const AlertQuery = z.object({
  verdict: oneOf(VERDICTS),
  severity: oneOf(ALERT_SEVERITIES),
  port: locode,
  substance: optionalText,
  status: oneOf(STATUSES),
  from: isoDay,
  to: isoDay,
  sort: z.enum(SORT_KEYS).catch('score'),
  order: z.enum(['asc', 'desc']).catch('desc'),
  ...paging,
});
export type AlertQuery = z.infer<typeof AlertQuery>;

export const DEFAULT_QUERY: AlertQuery = AlertQuery.parse({});

export const queryFromSearch = (search: URLSearchParams): AlertQuery => parseSearch(AlertQuery, search);

export const searchFromQuery = (query: AlertQuery): URLSearchParams => toSearch(query, DEFAULT_QUERY);

export const withFilter = (query: AlertQuery, key: FilterKey, value: string): AlertQuery =>
  withFilterValue(query, key, value);

/** Clicking the sorted column flips the order; another column starts descending (highest score / newest first). */
export function withSort(query: AlertQuery, sort: SortKey): AlertQuery {
  if (query.sort === sort) return { ...query, order: query.order === 'asc' ? 'desc' : 'asc', page: 1 };
  return { ...query, sort, order: 'desc', page: 1 };
}

export const withPage = (query: AlertQuery, page: number, total: number): AlertQuery =>
  withPageNumber(query, page, total);

export const activeFilterCount = (query: AlertQuery): number => countActive(query, FILTER_KEYS);

export const toApiParams = (query: AlertQuery): AlertQueryParams => toLimitOffset(query);
