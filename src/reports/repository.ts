import type { Tx } from '../store/database.ts';
import { addedRelation } from '../store/added-since.ts';
import { markedAtById } from '../store/marked-at.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';

export interface Report {
  id: string;
  title: string;
  body: string;
  marking: Marking;
  createdBy: string | null;
  createdAt: string;
}

interface ReportRow extends MarkingRow {
  id: string;
  title: string;
  body: string;
  created_by: string | null;
  created_at: Date;
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    marking: markingFromRow(row),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function insertReport(tx: Tx, report: Omit<Report, 'createdAt'>): Promise<Report> {
  const { rows } = await tx.query<ReportRow>(
    `insert into reports (id, owner_agency, tlp, releasable_to, recipients, title, body, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
    [
      report.id,
      report.marking.ownerAgency,
      report.marking.tlp,
      report.marking.releasableTo,
      report.marking.recipients,
      report.title,
      report.body,
      report.createdBy,
    ],
  );
  return toReport(rows[0]!);
}

/** The reports the caller can see (row-level security filters), newest first. */
export async function listReports(tx: Tx, limit: number, offset: number): Promise<Report[]> {
  const { rows } = await tx.query<ReportRow>(
    'select * from reports order by created_at desc, id limit $1 offset $2',
    [limit, offset],
  );
  return rows.map(toReport);
}

/** How many reports the caller may see (row-level security), the list's total. */
export async function countReports(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ n: string }>('select count(*) as n from reports');
  return Number(rows[0]!.n);
}

export async function findReport(tx: Tx, id: string): Promise<Report | null> {
  const { rows } = await tx.query<ReportRow>('select * from reports where id = $1', [id]);
  return rows[0] ? toReport(rows[0]) : null;
}

/**
 * Stores a report received from another instance under its own id (src/federation's import, in its system step:
 * the owner is the originating agency, not the importer); a newer version replaces the stored one.
 */
export async function upsertReceivedReport(
  tx: Tx,
  report: Omit<Report, 'createdBy' | 'createdAt'> & { createdAt: string },
): Promise<void> {
  await tx.query(
    `insert into reports (id, owner_agency, tlp, releasable_to, recipients, title, body, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (id) do update set tlp = excluded.tlp, releasable_to = excluded.releasable_to,
       recipients = excluded.recipients, title = excluded.title, body = excluded.body`,
    [
      report.id,
      report.marking.ownerAgency,
      report.marking.tlp,
      report.marking.releasableTo,
      report.marking.recipients,
      report.title,
      report.body,
      report.createdAt,
    ],
  );
}

/** Narrows a received report as its receiver narrowed its copy (src/federation, in its system step). */
export async function markReceivedReport(
  tx: Tx,
  id: string,
  marking: Omit<Marking, 'ownerAgency'>,
): Promise<void> {
  await tx.query('update reports set tlp = $2, releasable_to = $3, recipients = $4 where id = $1', [
    id,
    marking.tlp,
    marking.releasableTo,
    marking.recipients,
  ]);
}

/** Deletes received reports a source no longer releases to this instance (the sync's system step). */
export async function deleteReceivedReports(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.query('delete from reports where id = any ($1::uuid[])', [[...ids]]);
}

/** When the marking of each report the caller may see last changed (store/marked-at.ts). */
export const reportsMarkedAt = (tx: Tx) =>
  markedAtById(tx, 'select id, marked_at from reports where marked_at is not null');

/** The reports the caller may see in the order of a TAXII collection: by their creation or last marking change. */
export const REPORTS_ADDED = addedRelation({
  from: 'from reports',
  at: 'greatest(created_at, marked_at)',
  key: ['id'],
  keyTypes: ['uuid'],
  id: { column: 'id', type: 'uuid' },
  toRecord: toReport,
});
