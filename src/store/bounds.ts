/**
 * What the database accepts, checked before a value reaches it: PostgreSQL refuses NUL in text and jsonb,
 * index entries above ~2,700 bytes, years outside its calendar (no year 0), and a jsonb nested deeper than its
 * stack. Every boundary (HTTP requests, CSV cells, EPCIS documents) checks its values with these, so a value
 * that passes validation is one the database stores; the limits are listed in docs/CONVENTIONS.md.
 */
import { z } from 'zod';
import { ROW_ERROR_ENGLISH, rowErrorEnglish, type FieldError } from '../shared/row-errors.ts';

/**
 * NUL and the other C0 controls but tab, line feed and carriage return, DEL, and UTF-16 halves without
 * their pair (JSON can carry `"\ud800"`; PostgreSQL refuses it in jsonb and no text field of ours means it).
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is this expression's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Maximum lengths in characters (a character is at most 4 bytes in UTF-8). */
export const TEXT_LIMITS = {
  /** A query-string or path parameter. */
  parameter: 1_000,
  /** A CSV cell of an indexed or short column (names, identifiers, codes): 500 × 4 bytes fits a btree entry. */
  cell: 500,
  /** A CSV cell of a free-text column (goods description, SMILES). */
  longCell: 2_000,
  /** A string inside an EPCIS document (URIs, identifiers, extension values). */
  epcisString: 4_096,
  /** A string in a JSON request body, unless its route's schema says less. */
  bodyString: 65_536,
} as const;

/** Why a string cannot be stored (coded, for an import's row errors), or null when it can. */
export function textIssue(value: string, max: number): Omit<FieldError, 'field'> | null {
  if (value.length > max) {
    const params = { max, length: value.length };
    return { code: 'TOO_LONG', params, message: rowErrorEnglish('TOO_LONG', params) };
  }
  const found = FORBIDDEN_CHARACTER.exec(value);
  if (found) {
    const hex = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const params = { character: `U+${hex}`, position: found.index + 1 };
    return { code: 'CONTROL_CHARACTER', params, message: rowErrorEnglish('CONTROL_CHARACTER', params) };
  }
  return null;
}

/** Why a string cannot be stored, or null when it can. */
export function textProblem(value: string, max: number): string | null {
  return textIssue(value, max)?.message ?? null;
}

/**
 * An instant from an ISO 8601 / RFC 3339 date or date-time, or null when it has none or one outside years
 * 0001–9999 (the range JavaScript's ISO strings and PostgreSQL's timestamps agree on: PostgreSQL has no year 0).
 * A leap second (`23:59:60`) is normalised as PostgreSQL does: it is the first instant of the next minute.
 */
export function parseInstant(value: string): Date | null {
  const leap = /^(.*T\d{2}:\d{2}:)60(\.\d+)?(.*)$/i.exec(value);
  const text = leap ? `${leap[1]}59${leap[2] ?? ''}${leap[3]}` : value;
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/i.test(text)) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  if (!sameCalendarDay(text, date)) return null;
  const instant = leap ? new Date(date.getTime() + 1000) : date;
  const year = instant.getUTCFullYear();
  return year >= 1 && year <= 9999 ? instant : null;
}

/** JavaScript rolls 2024-02-30 over to March 1st; a calendar date that does not exist is refused instead. */
function sameCalendarDay(text: string, parsed: Date): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(2000, m - 1, d));
  probe.setUTCFullYear(y);
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d && !Number.isNaN(parsed.getTime());
}

export const INSTANT_RANGE_MESSAGE = ROW_ERROR_ENGLISH.REAL_DATE;

/** An ISO date (`YYYY-MM-DD`) that exists in the calendar and PostgreSQL stores. */
export const isoCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, ROW_ERROR_ENGLISH.DATE)
  .pipe(z.string().refine((v) => parseInstant(v) !== null, INSTANT_RANGE_MESSAGE));

export interface JsonLimits {
  /** Nesting of objects and arrays; the root is depth 1. */
  maxDepth: number;
  maxArrayLength: number;
  maxStringLength: number;
  maxKeys: number;
}

export interface JsonProblem {
  /** Slash-separated path to the offending value (empty for the root). */
  path: string;
  message: string;
}

/**
 * The first value of a parsed JSON document that breaks the limits, walking it without recursion (a document
 * nested 100,000 levels deep must not overflow this check's own stack); null when all is within them.
 */
export function jsonProblem(root: unknown, limits: JsonLimits): JsonProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value, limits.maxStringLength);
      if (problem) return { path, message: problem };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) return { path, message: `nested deeper than ${limits.maxDepth} levels` };
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength)
        return { path, message: `more than ${limits.maxArrayLength} items (${value.length})` };
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}/${i}`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxKeys) return { path, message: `more than ${limits.maxKeys} members` };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const keyProblem = textProblem(key, limits.maxStringLength);
      if (keyProblem) return { path: `${path}/${key.slice(0, 40)}`, message: `member name ${keyProblem}` };
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: `${path}/${key}`,
        depth: depth + 1,
      });
    }
  }
  return null;
}
