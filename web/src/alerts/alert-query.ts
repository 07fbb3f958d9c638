/**
 * The alert queue's query (filters, sort, page) as a pure value kept in the URL, so a filtered queue is a link an
 * analyst can share and the back button works. Unknown or malformed parameters fall back to defaults.
 */
import { z } from 'zod';
import type { AlertQueryParams } from '../api/endpoints.ts';

/** What GET /api/alerts can filter by (its query schema is strict). */
export const FILTER_KEYS = ['verdict', 'port', 'substance', 'status', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** What GET /api/alerts can sort by (src/screening/alerts.repository.ts ALERT_SORTS). */
export const SORT_KEYS = ['score', 'declared_at', 'created_at'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

const optionalText = z.string().trim().max(100).optional().catch(undefined);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const AlertQuery = z.object({
  verdict: optionalText,
  port: optionalText,
  substance: optionalText,
  status: optionalText,
  from: isoDay,
  to: isoDay,
  sort: z.enum(SORT_KEYS).catch('score'),
  order: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
});
export type AlertQuery = z.infer<typeof AlertQuery>;

export const DEFAULT_QUERY: AlertQuery = AlertQuery.parse({});

export function queryFromSearch(search: URLSearchParams): AlertQuery {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) if (value !== '') raw[key] = value;
  return AlertQuery.parse(raw);
}

/** Only what differs from the defaults goes into the URL, keeping links short and stable. */
export function searchFromQuery(query: AlertQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === DEFAULT_QUERY[key as keyof AlertQuery]) continue;
    search.set(key, String(value));
  }
  return search;
}

/** Changing a filter sends the analyst back to page 1: page 37 of another filter is meaningless. */
export function withFilter(query: AlertQuery, key: FilterKey, value: string): AlertQuery {
  return { ...query, [key]: value.trim() === '' ? undefined : value.trim(), page: 1 };
}

/** Clicking the sorted column flips the order; another column starts descending (highest score / newest first). */
export function withSort(query: AlertQuery, sort: SortKey): AlertQuery {
  if (query.sort === sort) return { ...query, order: query.order === 'asc' ? 'desc' : 'asc', page: 1 };
  return { ...query, sort, order: 'desc', page: 1 };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function withPage(query: AlertQuery, page: number, total: number): AlertQuery {
  return { ...query, page: Math.min(Math.max(1, Math.trunc(page)), pageCount(total, query.pageSize)) };
}

export function activeFilterCount(query: AlertQuery): number {
  return FILTER_KEYS.filter((key) => query[key] !== undefined).length;
}

/** The API pages by limit/offset; the URL keeps page numbers, which people can read and share. */
export function toApiParams(query: AlertQuery): AlertQueryParams {
  const { page, pageSize, ...filters } = query;
  return { ...filters, limit: pageSize, offset: (page - 1) * pageSize };
}
