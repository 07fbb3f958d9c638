/** SQL of a permit's history: one row per edit, marked as its permit (migration 0654). */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';

/** The values a regulator edits, before or after one change. */
export interface PermitValues {
  holderName: string;
  maxKgPerYear: number;
  validFrom: string;
  validTo: string;
  siteId: string | null;
}

export interface PermitChangeEntry {
  id: string;
  changedAt: string;
  changedBy: string | null;
  /** Shown to callers of the changer's nation only, as an alert's assignee is. */
  changedByName: string | null;
  changedByNation: string;
  /** The fields whose value changed, with both values. */
  fields: { field: keyof PermitValues; before: string | number | null; after: string | number | null }[];
}

const FIELDS: (keyof PermitValues)[] = ['holderName', 'maxKgPerYear', 'validFrom', 'validTo', 'siteId'];

export async function insertPermitChange(
  tx: Tx,
  change: {
    permit: string;
    marking: Marking;
    changedBy: { userId: string; username: string; nation: string };
    before: PermitValues;
    after: PermitValues;
  },
): Promise<void> {
  await tx.query(
    `insert into permit_changes (id, permit, owner_agency, tlp, releasable_to, recipients, changed_by,
       changed_by_name, changed_by_nation, before, after)
     values ($1, $2, $3, $4, $5, $6, $7,
       coalesce((select display_name from users where id = $7), $8), $9, $10, $11)`,
    [
      randomUUID(),
      change.permit,
      change.marking.ownerAgency,
      change.marking.tlp,
      change.marking.releasableTo,
      change.marking.recipients,
      change.changedBy.userId,
      change.changedBy.username,
      change.changedBy.nation,
      JSON.stringify(change.before),
      JSON.stringify(change.after),
    ],
  );
}

interface ChangeRow {
  id: string;
  changed_at: Date;
  changed_by: string | null;
  changed_by_name: string;
  changed_by_nation: string;
  before: PermitValues;
  after: PermitValues;
}

/** The changes of one permit the caller may see (row-level security), newest first. */
export async function listPermitChanges(
  tx: Tx,
  permit: string,
  viewerNation: string,
): Promise<PermitChangeEntry[]> {
  const { rows } = await tx.query<ChangeRow>(
    `select id, changed_at, changed_by, changed_by_name, changed_by_nation, before, after from permit_changes
     where permit = $1 order by changed_at desc, id`,
    [permit],
  );
  return rows.map((row) => ({
    id: row.id,
    changedAt: new Date(row.changed_at).toISOString(),
    changedBy: row.changed_by_nation === viewerNation ? row.changed_by : null,
    changedByName: row.changed_by_nation === viewerNation ? row.changed_by_name : null,
    changedByNation: row.changed_by_nation,
    fields: FIELDS.filter((field) => row.before[field] !== row.after[field]).map((field) => ({
      field,
      before: row.before[field] ?? null,
      after: row.after[field] ?? null,
    })),
  }));
}
