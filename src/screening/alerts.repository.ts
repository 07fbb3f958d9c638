/** SQL for screening alerts and their action history. Row-level security decides what is visible. */
import { prepared, type Tx } from '../store/database.ts';
import { Conditions } from '../store/conditions.ts';
import { billOfLadingOfLine } from '../declarations/index.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { AlertAction, AlertStatus } from '../shared/workflow.ts';
import type { Reason } from './reasons.ts';
import { scoreRangeOf, severityOfScore, type AlertSeverity } from './severity.ts';

export type AlertVerdict = 'controlled' | 'analog' | 'watch';

export interface NewAlert {
  id: string;
  lineId: string;
  declarationId: string;
  lineNo: number;
  verdict: string;
  substanceId: string | null;
  score: number;
  reasons: unknown[];
  portLocode: string;
  declaredAt: string;
}

export interface Alert {
  id: string;
  declarationId: string;
  lineNo: number;
  /** The consignment of the alerted line; null when the caller cannot see the line itself. */
  billOfLading: string | null;
  verdict: AlertVerdict;
  substanceId: string | null;
  score: number;
  severity: AlertSeverity;
  reasons: Reason[];
  portLocode: string;
  declaredAt: string;
  status: AlertStatus;
  assignee: string | null;
  assigneeName: string | null;
  dismissReason: string | null;
  createdAt: string;
  updatedAt: string;
  marking: Marking;
}

interface AlertRow extends MarkingRow {
  id: string;
  declaration_id: string;
  line_no: number;
  bill_of_lading: string | null;
  verdict: AlertVerdict;
  substance_id: string | null;
  score: number;
  reasons: Reason[];
  port_locode: string;
  declared_at: Date | string;
  status: AlertStatus;
  assignee: string | null;
  assignee_name?: string | null;
  dismiss_reason: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    declarationId: row.declaration_id,
    lineNo: row.line_no,
    billOfLading: row.bill_of_lading ?? null,
    verdict: row.verdict,
    substanceId: row.substance_id,
    score: Number(row.score),
    severity: severityOfScore(Number(row.score)),
    reasons: row.reasons,
    portLocode: row.port_locode,
    declaredAt: iso(row.declared_at),
    status: row.status,
    assignee: row.assignee,
    assigneeName: row.assignee_name ?? null,
    dismissReason: row.dismiss_reason,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    marking: markingFromRow(row),
  };
}

export async function insertAlerts(tx: Tx, alerts: readonly NewAlert[], marking: Marking): Promise<number> {
  if (alerts.length === 0) return 0;
  const column = <K extends keyof NewAlert>(key: K) => alerts.map((a) => a[key]);
  const result = await tx.query(
    `insert into alerts (id, line_id, declaration_id, line_no, verdict, substance_id, score, reasons, port_locode,
       declared_at, owner_agency, tlp, releasable_to, recipients)
     select u.*, $11, $12::tlp, $13::text[], $14::text[]
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int4[], $5::text[], $6::text[], $7::float4[], $8::jsonb[],
       $9::text[], $10::timestamptz[]) as u
     on conflict (declaration_id, line_no) do nothing`,
    [
      column('id'),
      column('lineId'),
      column('declarationId'),
      column('lineNo'),
      column('verdict'),
      column('substanceId'),
      column('score'),
      alerts.map((a) => JSON.stringify(a.reasons)),
      column('portLocode'),
      column('declaredAt'),
      marking.ownerAgency,
      marking.tlp,
      marking.releasableTo,
      marking.recipients,
    ],
  );
  return result.affectedRows;
}

/**
 * Every alert read also names its consignment, so the queue links to it: a primary-key lookup of the line,
 * under the same row-level security as the alert (a line the caller cannot see leaves it null). The
 * assignee is named only to callers of the assignee's own nation: a partner sees that the alert is
 * assigned, not to whom.
 */
const WITH_BILL_OF_LADING = `*, ${billOfLadingOfLine('alerts.line_id')} as bill_of_lading,
  (select u.display_name from users u join agencies g on g.code = u.agency
    where u.id = alerts.assignee and g.nation = (select centinela_current_nation())) as assignee_name`;

export const ALERT_SORTS = ['score', 'declared_at', 'created_at'] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

export interface AlertFilter {
  verdict?: string | undefined;
  port?: string | undefined;
  /** Listed substance ids (from the filter text, src/screening/substance-search.ts); empty matches nothing. */
  substanceIds?: readonly string[] | undefined;
  status?: AlertStatus | undefined;
  severity?: AlertSeverity | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort: AlertSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** Alerts the caller can see, filtered, sorted and paginated; with the total before pagination. */
export async function listAlerts(tx: Tx, filter: AlertFilter): Promise<{ alerts: Alert[]; total: number }> {
  const c = new Conditions();
  if (filter.verdict) c.add('verdict = ?', filter.verdict);
  if (filter.port) c.add('port_locode = ?', filter.port);
  if (filter.substanceIds) c.add('substance_id = any (?)', filter.substanceIds);
  if (filter.status) c.add('status = ?', filter.status);
  if (filter.severity) {
    // Compared as real, the column's type: 0.65 as a double is above the stored real 0.65.
    const { min, max } = scoreRangeOf(filter.severity);
    c.add('score >= ?::real', min);
    if (max !== null) c.add('score < ?::real', max);
  }
  if (filter.from) c.add('declared_at >= ?::date', filter.from);
  // `to` is a day included in the range.
  if (filter.to) c.add('declared_at < ?::date + 1', filter.to);
  const filtered = c.params.length;
  // The sort column comes from a closed list (zod enum), never from free text.
  const order = `${filter.sort} ${filter.order === 'asc' ? 'asc' : 'desc'}, id`;
  // The page is cut first and only its rows look up their line and assignee; the default order walks
  // `alerts_by_score` (0627) to the page instead of sorting every visible alert.
  const { rows } = await tx.query<AlertRow>(
    `select ${WITH_BILL_OF_LADING}
       from (select * from alerts ${c.where} order by ${order}
              limit ${c.bind(filter.limit)} offset ${c.bind(filter.offset)}) as alerts
      order by ${order}`,
    c.params,
  );
  return { alerts: rows.map(toAlert), total: await countAlerts(tx, filter, c, filtered, rows.length) };
}

/**
 * The total before pagination. A page that is not full and starts at the first row is the whole list; with no
 * filter but the status it is the stored count of the markings the caller may read (0627); otherwise the
 * visible alerts that pass the filters are counted.
 */
async function countAlerts(
  tx: Tx,
  filter: AlertFilter,
  c: Conditions,
  filtered: number,
  shown: number,
): Promise<number> {
  if (filter.offset === 0 && shown < filter.limit) return shown;
  const statusOnly = filtered === (filter.status ? 1 : 0);
  const { rows } = statusOnly
    ? await tx.query<{ total: string }>(
        `select coalesce(sum(alerts), 0)::text as total from alert_counts
          where ($1::text is null or status = $1::text)`,
        [filter.status ?? null],
      )
    : await tx.query<{ total: string }>(
        `select count(*)::text as total from alerts ${c.where}`,
        c.params.slice(0, filtered),
      );
  return Number(rows[0]!.total);
}

const FIND_ALERT = prepared(`select ${WITH_BILL_OF_LADING} from alerts where id = $1`);
const FIND_ALERT_FOR_UPDATE = `${FIND_ALERT} for update of alerts`;

export async function findAlert(tx: Tx, id: string, forUpdate = false): Promise<Alert | null> {
  const { rows } = await tx.query<AlertRow>(forUpdate ? FIND_ALERT_FOR_UPDATE : FIND_ALERT, [id]);
  return rows[0] ? toAlert(rows[0]) : null;
}

/** Moves an alert to a status; returns null when the caller's agency may not change it (RLS). */
export async function updateAlertStatus(
  tx: Tx,
  id: string,
  change: { status: AlertStatus; assignee?: string | null; dismissReason?: string | null },
): Promise<Alert | null> {
  const { rows } = await tx.query<AlertRow>(
    `update alerts set status = $2,
       assignee = case when $3::boolean then $4::uuid else assignee end,
       dismiss_reason = case when $5::boolean then $6 else dismiss_reason end,
       updated_at = now()
     where id = $1 returning ${WITH_BILL_OF_LADING}`,
    [
      id,
      change.status,
      change.assignee !== undefined,
      change.assignee ?? null,
      change.dismissReason !== undefined,
      change.dismissReason ?? null,
    ],
  );
  return rows[0] ? toAlert(rows[0]) : null;
}

export interface AlertActionRecord {
  id: string;
  alertId: string;
  action: AlertAction;
  fromStatus: AlertStatus;
  toStatus: AlertStatus;
  actorUser: string;
  assignee: string | null;
  reason: string | null;
}

export async function insertAlertAction(tx: Tx, record: AlertActionRecord, marking: Marking): Promise<void> {
  await tx.query(
    `insert into alert_actions (id, alert_id, action, from_status, to_status, actor_user, assignee, reason,
       owner_agency, tlp, releasable_to, recipients)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      record.id,
      record.alertId,
      record.action,
      record.fromStatus,
      record.toStatus,
      record.actorUser,
      record.assignee,
      record.reason,
      marking.ownerAgency,
      marking.tlp,
      marking.releasableTo,
      marking.recipients,
    ],
  );
}

const ALERT_ACTIONS = prepared('select * from alert_actions where alert_id = $1 order by at, id');

export async function listAlertActions(
  tx: Tx,
  alertId: string,
): Promise<
  {
    action: string;
    fromStatus: string;
    toStatus: string;
    actorUser: string | null;
    assignee: string | null;
    reason: string | null;
    at: string;
    /** For the audit of the read; not shown. */
    marking: Marking;
    id: string;
  }[]
> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      action: string;
      from_status: string;
      to_status: string;
      actor_user: string | null;
      assignee: string | null;
      reason: string | null;
      at: Date | string;
    }
  >(ALERT_ACTIONS, [alertId]);
  return rows.map((r) => ({
    id: r.id,
    marking: markingFromRow(r),
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    actorUser: r.actor_user,
    assignee: r.assignee,
    reason: r.reason,
    at: iso(r.at),
  }));
}
