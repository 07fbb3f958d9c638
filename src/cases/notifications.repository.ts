/**
 * SQL of notifications (0755): written for the recipients who may see what they are about (the database drops
 * the others), read and marked read by their recipient alone (row-level security names the caller).
 */
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import type { NotificationKind } from '../shared/cases.ts';
import { iso } from './sql-parts.ts';

export interface Notification {
  id: string;
  kind: NotificationKind;
  caseId: string;
  operationId: string | null;
  createdAt: string;
  readAt: string | null;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  case_id: string;
  operation_id: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
}

const COLUMNS = 'n.id, n.kind, n.case_id, n.operation_id, n.created_at, n.read_at';
const toNotification = (r: NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  caseId: r.case_id,
  operationId: r.operation_id,
  createdAt: iso(r.created_at),
  readAt: r.read_at === null ? null : iso(r.read_at),
});

/**
 * One notification for each candidate but the actor who may see the marking, the case and the operation; the
 * others get none (a candidate list may name anyone: the filter is here and in the policy).
 */
export async function insertNotifications(
  tx: Tx,
  n: {
    recipients: readonly string[];
    kind: NotificationKind;
    caseId: string;
    operationId: string | null;
    createdBy: string;
    marking: Marking;
  },
): Promise<number> {
  const recipients = [...new Set(n.recipients)].filter((r) => r !== n.createdBy);
  if (recipients.length === 0) return 0;
  const m = n.marking;
  const result = await tx.query(
    `insert into notifications (id, owner_agency, tlp, releasable_to, recipients, recipient_user, kind, case_id,
                                operation_id, created_by)
     select gen_random_uuid(), $1, $2::tlp, $3::text[], $4::text[], r, $5, $6, $7::uuid, $8
       from unnest($9::uuid[]) r
      where centinela_user_may_see(r, $1, $2::tlp, $3::text[], $4::text[])
        and centinela_notification_allowed(r, $6, $7::uuid)
      order by r`,
    [
      m.ownerAgency,
      m.tlp,
      m.releasableTo,
      m.recipients,
      n.kind,
      n.caseId,
      n.operationId,
      n.createdBy,
      recipients,
    ],
  );
  return result.affectedRows;
}

/**
 * The addresses and languages of the recipients `insertNotifications` wrote a notification for (the same rule),
 * those who gave an address: what is mailed once the act commits (mail.ts).
 */
export async function mailAddressees(
  tx: Tx,
  n: {
    recipients: readonly string[];
    caseId: string;
    operationId: string | null;
    createdBy: string;
    marking: Marking;
  },
): Promise<{ email: string; locale: 'es' | 'en' }[]> {
  const m = n.marking;
  const { rows } = await tx.query<{ email: string; locale: 'es' | 'en' }>(
    `select u.email, u.locale from users u
      where u.id = any ($1::uuid[]) and u.id <> $2 and u.email is not null
        and centinela_user_may_see(u.id, $3, $4::tlp, $5::text[], $6::text[])
        and centinela_notification_allowed(u.id, $7, $8::uuid)
      order by u.id`,
    [n.recipients, n.createdBy, m.ownerAgency, m.tlp, m.releasableTo, m.recipients, n.caseId, n.operationId],
  );
  return rows;
}

/** The active commanders of a nation's agencies (who decide on an operation in its territory). */
export async function commandersOf(tx: Tx, nation: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select u.id from users u join agencies a on a.code = u.agency
      where a.nation = $1 and 'commander' = any (u.roles) and not u.disabled and not u.machine
      order by u.id`,
    [nation],
  );
  return rows.map((r) => r.id);
}

/** Who proposed an operation (as far as the caller sees its decisions). */
export async function proposersOf(tx: Tx, operationId: string): Promise<string[]> {
  const { rows } = await tx.query<{ decided_by: string }>(
    `select distinct t.decided_by from operation_transitions t where t.operation_id = $1 and t.action = 'propose'`,
    [operationId],
  );
  return rows.map((r) => r.decided_by);
}

export async function listNotifications(
  tx: Tx,
  filter: { unread?: boolean | undefined },
  limit: number,
  offset: number,
): Promise<Notification[]> {
  const { rows } = await tx.query<NotificationRow>(
    `select ${COLUMNS} from notifications n where ($1::boolean is not true or n.read_at is null)
      order by n.created_at desc, n.id desc limit $2 offset $3`,
    [filter.unread ?? false, limit, offset],
  );
  return rows.map(toNotification);
}

export async function countNotifications(tx: Tx, filter: { unread?: boolean | undefined }): Promise<number> {
  const { rows } = await tx.query<{ n: number | string }>(
    `select count(*) as n from notifications n where ($1::boolean is not true or n.read_at is null)`,
    [filter.unread ?? false],
  );
  return Number(rows[0]!.n);
}

/** Marks the caller's notification read (once: a read one keeps its time); null when it is not the caller's. */
export async function markRead(tx: Tx, id: string): Promise<Notification | null> {
  await tx.query(`update notifications set read_at = now() where id = $1 and read_at is null`, [id]);
  const { rows } = await tx.query<NotificationRow>(`select ${COLUMNS} from notifications n where n.id = $1`, [
    id,
  ]);
  return rows[0] ? toNotification(rows[0]) : null;
}

export async function markAllRead(tx: Tx): Promise<number> {
  const result = await tx.query(`update notifications set read_at = now() where read_at is null`);
  return result.affectedRows;
}
