import { stringify } from 'csv-stringify/sync';
import type { Tx } from '../store/database.ts';
import { searchAudit, type AuditQuery, type AuditSearchEntry } from './repository.ts';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS = [
  'chain',
  'seq',
  'at',
  'actor_user',
  'actor_username',
  'actor_agency',
  'actor_nation',
  'action',
  'subject_table',
  'subject_ids',
  'request_id',
  'detail',
  'owner_agency',
  'tlp',
  'releasable_to',
  'recipients',
  'prev_hash',
  'hash',
] as const;

/** A spreadsheet would run a cell that starts like a formula: such cells get a leading apostrophe. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvRow(e: AuditSearchEntry): string[] {
  const m = e.marking;
  return [
    e.chain,
    String(e.seq),
    e.at,
    e.actorUser ?? '',
    e.actorUsername ?? '',
    e.actorAgency ?? '',
    e.actorNation ?? '',
    e.action,
    e.subjectTable ?? '',
    e.subjectIds.join(' '),
    e.requestId ?? '',
    JSON.stringify(e.detail),
    m?.ownerAgency ?? '',
    m?.tlp ?? '',
    m?.releasableTo.join(' ') ?? '',
    m?.recipients.join(' ') ?? '',
    e.prevHash,
    e.hash,
  ].map(inert);
}

/**
 * The entries the transaction's caller may read (row-level security: its agency's chain), oldest
 * first (time, then chain and position), as CSV (a header, then a row per entry) or JSON Lines; written
 * chunk by chunk, a page at a time. Each entry names its chain, position and links, so each chain can be
 * checked from the export.
 */
export async function exportAudit(
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  format: ExportFormat,
  filters: Omit<AuditQuery, 'limit' | 'order' | 'after' | 'offset'>,
  write: (chunk: string) => void | Promise<void>,
  pageSize = 1_000,
): Promise<number> {
  if (format === 'csv') await write(stringify([[...COLUMNS]]));
  let after: AuditQuery['after'];
  let count = 0;
  for (;;) {
    const page = await inTransaction((tx) =>
      searchAudit(tx, { ...filters, after, order: 'asc', limit: pageSize }),
    );
    if (page.length === 0) return count;
    await write(
      format === 'csv'
        ? stringify(page.map(csvRow))
        : page.map((e) => JSON.stringify({ ...e, marking: e.marking ?? null }) + '\n').join(''),
    );
    count += page.length;
    const last = page[page.length - 1]!;
    after = { at: last.at, chain: last.chain, seq: last.seq };
  }
}
