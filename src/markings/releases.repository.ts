/** The SQL of the agency's register of releases (`marking_releases`, 0737) and of a batch's readers. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Marking, Tlp } from '../shared/marking.ts';

export interface Release {
  id: string;
  table: string;
  recordId: string;
  batchId: string | null;
  releasedBy: string | null;
  releasedAt: string;
  before: Omit<Marking, 'ownerAgency'>;
  after: Omit<Marking, 'ownerAgency'>;
  justification: string | null;
}

/**
 * Writes one release in the change's transaction, as the releasing agency (the insert policy: its own rows),
 * marked red for that agency alone: the receivers never read why or what else was released.
 */
export async function insertRelease(
  tx: Tx,
  release: {
    table: string;
    recordId: string;
    batchId: string | null;
    userId: string;
    before: Marking;
    after: Marking;
    justification: string | null;
  },
): Promise<void> {
  await tx.query(
    `insert into marking_releases (id, owner_agency, tlp, releasable_to, recipients, record_table, record_id, batch_id,
       released_by, before_tlp, before_releasable_to, before_recipients, after_tlp, after_releasable_to,
       after_recipients, justification)
     values ($1, $2, 'red', '{}', '{}', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      randomUUID(),
      release.after.ownerAgency,
      release.table,
      release.recordId,
      release.batchId,
      release.userId,
      release.before.tlp,
      release.before.releasableTo,
      release.before.recipients,
      release.after.tlp,
      release.after.releasableTo,
      release.after.recipients,
      release.justification,
    ],
  );
}

interface ReleaseRow {
  id: string;
  record_table: string;
  record_id: string;
  batch_id: string | null;
  released_by: string | null;
  released_at: Date | string;
  before_tlp: Tlp;
  before_releasable_to: string[];
  before_recipients: string[];
  after_tlp: Tlp;
  after_releasable_to: string[];
  after_recipients: string[];
  justification: string | null;
}

/** The releases the caller's agency made (row-level security: its own rows), newest first; and how many. */
export async function listReleases(
  tx: Tx,
  page: { limit: number; offset: number },
): Promise<{ items: Release[]; total: number }> {
  const { rows } = await tx.query<ReleaseRow>(
    `select r.id, r.record_table, r.record_id, r.batch_id, u.username as released_by, r.released_at,
       r.before_tlp, r.before_releasable_to, r.before_recipients, r.after_tlp, r.after_releasable_to,
       r.after_recipients, r.justification
     from marking_releases r left join users u on u.id = r.released_by
     order by r.released_at desc, r.id limit $1 offset $2`,
    [page.limit, page.offset],
  );
  const count = await tx.query<{ n: string }>('select count(*) as n from marking_releases');
  return {
    total: Number(count.rows[0]!.n),
    items: rows.map((r) => ({
      id: r.id,
      table: r.record_table,
      recordId: r.record_id,
      batchId: r.batch_id,
      releasedBy: r.released_by,
      releasedAt: new Date(r.released_at).toISOString(),
      before: { tlp: r.before_tlp, releasableTo: r.before_releasable_to, recipients: r.before_recipients },
      after: { tlp: r.after_tlp, releasableTo: r.after_releasable_to, recipients: r.after_recipients },
      justification: r.justification,
    })),
  };
}

/**
 * Which agencies may read each marking, before and after, by the database's rule (`centinela_visible_for`, the
 * rule the policies apply): one statement for the whole batch. Agencies by nation, then code.
 */
export async function readersOf(
  tx: Tx,
  pairs: readonly { before: Marking; after: Marking }[],
): Promise<{
  agencies: { agency: string; nation: string }[];
  readers: { before: string[]; after: string[] }[];
}> {
  const { rows: agencies } = await tx.query<{ agency: string; nation: string }>(
    'select code as agency, nation from agencies order by nation, code',
  );
  const { rows } = await tx.query<{ i: number; before: string[]; after: string[] }>(
    `select r.i,
       array(select a.code from agencies a
              where centinela_visible_for(a.code, a.nation, r.owner, r.btlp::tlp, r.brel, r.brec)
              order by a.nation, a.code) as before,
       array(select a.code from agencies a
              where centinela_visible_for(a.code, a.nation, r.owner, r.atlp::tlp, r.arel, r.arec)
              order by a.nation, a.code) as after
     from jsonb_to_recordset($1::jsonb)
       as r(i int, owner text, btlp text, brel text[], brec text[], atlp text, arel text[], arec text[])
     order by r.i`,
    [
      JSON.stringify(
        pairs.map((p, i) => ({
          i,
          owner: p.before.ownerAgency,
          btlp: p.before.tlp,
          brel: p.before.releasableTo,
          brec: p.before.recipients,
          atlp: p.after.tlp,
          arel: p.after.releasableTo,
          arec: p.after.recipients,
        })),
      ),
    ],
  );
  return { agencies, readers: rows.map((r) => ({ before: r.before, after: r.after })) };
}
