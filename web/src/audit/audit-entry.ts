/**
 * How the auditors' view reads an audit entry: the action and table as words (i18n keys, the raw code shown
 * when no word exists), and the detail as short "key: value" pairs instead of raw JSON. Pure.
 */

/** i18next treats dots as key separators: "alert.dismiss" is looked up as "alert_dismiss". */
export function actionKey(action: string): string {
  return `audit.actions.${action.replaceAll('.', '_')}`;
}

export function tableKey(table: string): string {
  return `audit.tables.${table}`;
}

export interface DetailPart {
  key: string;
  value: string;
}

/** A code (a table, a status, a kind) the view has a word for; free text never looks like one. */
const CODE = /^[a-z][a-z_]*$/;
type Words = (code: string) => string;

function short(value: unknown, word: Words): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return CODE.test(value) ? word(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => short(item, word)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${CODE.test(key) ? word(key) : key} ${short(inner, word)}`)
      .join(', ');
  return JSON.stringify(value);
}

/**
 * The detail of an entry as pairs, the status change first ("open → dismissed"); a marking change shows its
 * before and after as TLP and nations. `word` names a code in the reader's language (a table, a status, a
 * kind); values that are not codes (reasons, ids, counts) are shown as stored.
 */
export function describeDetail(detail: Record<string, unknown>, word: Words = (code) => code): DetailPart[] {
  const parts: DetailPart[] = [];
  const { from, to, before, after, ...rest } = detail;
  if (typeof from === 'string' && typeof to === 'string')
    parts.push({ key: 'status', value: `${word(from)} → ${word(to)}` });
  else {
    if (from !== undefined) rest.from = from;
    if (to !== undefined) rest.to = to;
  }
  if (before !== undefined || after !== undefined)
    parts.push({ key: 'marking', value: `${describeMarking(before)} → ${describeMarking(after)}` });
  for (const [key, value] of Object.entries(rest)) parts.push({ key, value: short(value, word) });
  return parts;
}

function describeMarking(value: unknown): string {
  if (!value || typeof value !== 'object') return short(value, (code) => code);
  const m = value as { tlp?: unknown; releasableTo?: unknown; recipients?: unknown };
  const nations = Array.isArray(m.releasableTo) ? m.releasableTo.join(', ') : '';
  const recipients =
    Array.isArray(m.recipients) && m.recipients.length > 0 ? ` +${m.recipients.join(', ')}` : '';
  return `TLP:${String(m.tlp ?? '?').toUpperCase()} REL ${nations || '—'}${recipients}`;
}

/** The audit search filters kept in the URL; empty values are left out. */
export const AUDIT_FILTERS = ['action', 'user', 'agency', 'table', 'subjectId', 'from', 'to'] as const;
export type AuditFilter = (typeof AUDIT_FILTERS)[number];

export function filtersFromSearch(search: URLSearchParams): Partial<Record<AuditFilter, string>> {
  const filters: Partial<Record<AuditFilter, string>> = {};
  for (const key of AUDIT_FILTERS) {
    const value = search.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    filters[key] = value;
  }
  return filters;
}
