/**
 * SQL of the history of worked findings (finding_actions), keyed by (bill of lading, kind) so it outlives
 * the findings that re-analysis replaces. Row-level security decides what is visible.
 */
import { prepared, type Tx } from '../store/database.ts';
import type { Marking, MarkingRow, Tlp } from '../shared/marking.ts';
import type { WorkflowAction, WorkflowStatus } from '../shared/workflow.ts';
import type { HistoryEntry } from './finding-work.ts';
import type { FindingKind, Severity } from './model.ts';

export interface FindingActionRecord {
  id: string;
  billOfLading: string;
  kind: string;
  /** The finding acted on, as it was then (information only: it may have been replaced since). */
  findingId: string | null;
  action: WorkflowAction | 'reopen';
  fromStatus: WorkflowStatus;
  toStatus: WorkflowStatus;
  /** Null when the analysis acted (a reopen). */
  actorUser: string | null;
  assignee: string | null;
  reason: string | null;
  /** The class of the findings acted on: the history is theirs to read, and no other class's. */
  viewers: string[];
  marking: Marking;
  /** The pair's highest severity when acted on: a dismissal is undone when it rises (finding-work.ts). */
  severity: Severity;
}

export async function insertFindingActions(tx: Tx, records: readonly FindingActionRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `insert into finding_actions (id, bill_of_lading, kind, finding_id, action, from_status, to_status, actor_user,
       assignee, reason, viewers, owner_agency, tlp, releasable_to, recipients, severity)
     select r.id, r.bill_of_lading, r.kind, r.finding_id, r.action, r.from_status, r.to_status, r.actor_user,
       r.assignee, r.reason, r.viewers, r.owner_agency, r.tlp::tlp, r.releasable_to, r.recipients, r.severity
     from jsonb_to_recordset($1::jsonb) as r(id uuid, bill_of_lading text, kind text, finding_id uuid, action text,
       from_status text, to_status text, actor_user uuid, assignee uuid, reason text, viewers text[],
       owner_agency text, tlp text,
       releasable_to text[], recipients text[], severity text)`,
    [
      JSON.stringify(
        records.map((r) => ({
          id: r.id,
          bill_of_lading: r.billOfLading,
          kind: r.kind,
          finding_id: r.findingId,
          action: r.action,
          from_status: r.fromStatus,
          to_status: r.toStatus,
          actor_user: r.actorUser,
          assignee: r.assignee,
          reason: r.reason,
          viewers: r.viewers,
          owner_agency: r.marking.ownerAgency,
          tlp: r.marking.tlp,
          releasable_to: r.marking.releasableTo,
          recipients: r.marking.recipients,
          severity: r.severity,
        })),
      ),
    ],
  );
}

export interface FindingActionView {
  id: string;
  tlp: Tlp;
  action: FindingActionRecord['action'];
  findingId: string | null;
  fromStatus: WorkflowStatus;
  toStatus: WorkflowStatus;
  actorUser: string | null;
  assignee: string | null;
  reason: string | null;
  at: string;
}

/** The history of a consignment's finding of a kind that the caller may see, oldest first. */
const FINDING_ACTIONS = prepared(
  'select * from finding_actions where bill_of_lading = $1 and kind = $2 order by at, id',
);

export async function listFindingActions(tx: Tx, bol: string, kind: string): Promise<FindingActionView[]> {
  const { rows } = await tx.query<{
    action: FindingActionRecord['action'];
    finding_id: string | null;
    from_status: WorkflowStatus;
    to_status: WorkflowStatus;
    actor_user: string | null;
    assignee: string | null;
    reason: string | null;
    at: Date | string;
    tlp: Tlp;
    id: string;
  }>(FINDING_ACTIONS, [bol, kind]);
  return rows.map((r) => ({
    id: r.id,
    tlp: r.tlp,
    action: r.action,
    findingId: r.finding_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    actorUser: r.actor_user,
    assignee: r.assignee,
    reason: r.reason,
    at: new Date(r.at).toISOString(),
  }));
}

/** An entry of the history as the analysis reads it: what it says, and who reads it (its class and marking). */
export interface StoredWork extends HistoryEntry {
  billOfLading: string;
  kind: FindingKind;
  viewers: string[];
  marking: MarkingRow;
}

/**
 * The whole history of work on the findings of these consignments, oldest first, for the analysis (a system
 * task, as the owner): each visibility class folds the entries it reads into its findings' work.
 */
export async function historyOfConsignments(tx: Tx, bols: readonly string[]): Promise<StoredWork[]> {
  if (bols.length === 0) return [];
  const { rows } = await tx.query<
    MarkingRow & {
      bill_of_lading: string;
      kind: FindingKind;
      action: FindingActionRecord['action'];
      to_status: WorkflowStatus;
      assignee: string | null;
      reason: string | null;
      severity: Severity | null;
      at: Date | string;
      viewers: string[];
    }
  >(
    `select bill_of_lading, kind, action, to_status, assignee, reason, severity, at, viewers,
       owner_agency, tlp, releasable_to, recipients
     from finding_actions where bill_of_lading = any ($1) order by at, id`,
    [bols],
  );
  return rows.map((r) => ({
    billOfLading: r.bill_of_lading,
    kind: r.kind,
    action: r.action,
    toStatus: r.to_status,
    assignee: r.assignee,
    reason: r.reason,
    severity: r.severity,
    at: new Date(r.at).toISOString(),
    viewers: r.viewers,
    marking: {
      owner_agency: r.owner_agency,
      tlp: r.tlp,
      releasable_to: r.releasable_to,
      recipients: r.recipients,
    },
  }));
}
