/**
 * What the two queues (screening alerts, diversion findings) share in the URL: the field parsers, page sizes
 * and the pure operations on a filtered, paged query. Each queue declares its own filters and schema
 * (alert-query.ts, finding-query.ts); unknown or malformed parameters fall back to defaults.
 */
import { z } from 'zod';

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** A free-text filter: trimmed, bounded, absent when malformed. */
export const optionalText = z.string().trim().max(64).optional().catch(undefined);
/** A filter among known values, absent when the link names another (the API's enums are strict). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
/** A UN/LOCODE, absent when malformed. */
export const locode = z
  .string()
  .regex(/^[A-Z]{2}[A-Z2-9]{3}$/)
  .optional()
  .catch(undefined);
/** A day filter (YYYY-MM-DD), absent when malformed. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
export const paging = {
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
};

interface Paged {
  page: number;
  pageSize: number;
}

export function parseSearch<T>(schema: z.ZodType<T>, search: URLSearchParams): T {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) if (value !== '') raw[key] = value;
  return schema.parse(raw);
}

/** Only what differs from the defaults goes into the URL, keeping links short and stable. */
export function toSearch<T extends object>(query: T, defaults: T): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === defaults[key as keyof T]) continue;
    search.set(key, String(value));
  }
  return search;
}

/** Changing a filter sends the analyst back to page 1: page 37 of another filter is meaningless. */
export function withFilterValue<T extends Paged, K extends keyof T>(query: T, key: K, value: string): T {
  return { ...query, [key]: value.trim() === '' ? undefined : value.trim(), page: 1 };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function withPageNumber<T extends Paged>(query: T, page: number, total: number): T {
  return { ...query, page: Math.min(Math.max(1, Math.trunc(page)), pageCount(total, query.pageSize)) };
}

export function countActive<T>(query: T, keys: readonly (keyof T)[]): number {
  return keys.filter((key) => query[key] !== undefined).length;
}

/** The API pages by limit/offset; the URL keeps page numbers, which people can read and share. */
export function toLimitOffset<T extends Paged>(
  query: T,
): Omit<T, 'page' | 'pageSize'> & { limit: number; offset: number } {
  const { page, pageSize, ...rest } = query;
  return { ...rest, limit: pageSize, offset: (page - 1) * pageSize };
}
