/**
 * The work done on findings survives re-analysis because it is read back from its history. A re-analysis
 * replaces a consignment's findings with new rows (new ids); the history of work on the consignment's finding
 * of a kind (finding_actions, keyed by bill of lading and kind) outlives them, and each entry is a record
 * with a marking and the class it was taken in (`viewers`). The analysis folds, for each visibility class,
 * the entries that class reads — they are among the inputs that define the class (visibility-classes.ts), so
 * every agency of a class reads the same ones — into the status, assignee and dismissal reason of the class's
 * new findings. A database holding only what a reader may see holds the same entries and folds them alike
 * (issue 11): a dismissal written where the partner could not see it never reaches a finding the partner
 * reads, and a host's dismissal is not lost when a partner comes to see the same inputs. Pure; docs/FINDINGS.md
 * "Working findings" states the workflow.
 */
import type { WorkflowAction, WorkflowStatus } from '../shared/workflow.ts';
import type { FindingKind, Severity } from './model.ts';

export interface FindingWork {
  status: WorkflowStatus;
  assignee: string | null;
  dismissReason: string | null;
  /** When the status last changed; null for a finding never worked (it starts now). */
  updatedAt: string | null;
}

/** An entry of a pair's history as the fold reads it (oldest first: by time, then id). */
export interface HistoryEntry {
  action: WorkflowAction | 'reopen';
  toStatus: WorkflowStatus;
  assignee: string | null;
  reason: string | null;
  /** The pair's highest severity when the entry was written (null in entries written before 0542). */
  severity: Severity | null;
  at: string;
}

/** A dismissed pair whose severity rose at re-analysis: it is open again. */
export interface Reopening {
  viewers: string[];
  billOfLading: string;
  kind: FindingKind;
  from: Severity;
  to: Severity;
}

// the reason a `reopen` entry records, shared with the web that says it in words
export { readReopenReason, reopenReason } from '../shared/findings.ts';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
export const higherSeverity = (a: Severity, b: Severity): Severity => (RANK[b] > RANK[a] ? b : a);
/** A consignment's finding of a kind in one class (viewers sorted, as stored). */
export const pairKey = (f: { billOfLading: string; kind: string; viewers: readonly string[] }): string =>
  `${f.billOfLading}\u0000${f.kind}\u0000${f.viewers.join(',')}`;

export const UNWORKED: FindingWork = { status: 'open', assignee: null, dismissReason: null, updatedAt: null };

/**
 * The work of a pair from the history its class reads, given the pair's highest severity now: each entry
 * moves the status (an assignment names the assignee, who stays; a dismissal gives the reason, which stays;
 * a reopen clears it). A dismissed pair whose severity rose above the severity it was dismissed at is open
 * again (the dismissal was about a lesser finding), keeping its assignee: `reopen` says so, and the analysis
 * records it as a history entry of its own.
 */
export function workFromHistory(
  history: readonly HistoryEntry[],
  severity: Severity,
): { work: FindingWork; reopen: { from: Severity; to: Severity } | null } {
  let work = UNWORKED;
  let dismissedAt: Severity | null = null;
  for (const entry of history) {
    if (entry.action === 'reopen') {
      work = { status: 'open', assignee: work.assignee, dismissReason: null, updatedAt: entry.at };
      dismissedAt = null;
      continue;
    }
    work = {
      status: entry.toStatus,
      assignee: entry.action === 'assign' ? entry.assignee : work.assignee,
      dismissReason: entry.action === 'dismiss' ? entry.reason : work.dismissReason,
      updatedAt: entry.at,
    };
    if (entry.action === 'dismiss') dismissedAt = entry.severity;
  }
  if (work.status === 'dismissed' && dismissedAt !== null && RANK[severity] > RANK[dismissedAt])
    return {
      work: { status: 'open', assignee: work.assignee, dismissReason: null, updatedAt: null },
      reopen: { from: dismissedAt, to: severity },
    };
  return { work, reopen: null };
}

/**
 * The work of each kind of one class's findings of a consignment: the history the class reads (oldest first),
 * folded per kind against the kind's highest severity now; and the pairs that reopen.
 */
export function workOfClass(
  billOfLading: string,
  viewers: readonly string[],
  found: readonly { kind: FindingKind; severity: Severity }[],
  history: readonly (HistoryEntry & { kind: string })[],
): { workOfKind: Map<FindingKind, FindingWork>; reopened: Reopening[] } {
  const reopened: Reopening[] = [];
  const workOfKind = new Map<FindingKind, FindingWork>();
  for (const kind of new Set(found.map((f) => f.kind))) {
    const severity = found
      .filter((f) => f.kind === kind)
      .map((f) => f.severity)
      .reduce(higherSeverity);
    const { work, reopen } = workFromHistory(
      history.filter((h) => h.kind === kind),
      severity,
    );
    workOfKind.set(kind, work);
    if (reopen) reopened.push({ viewers: [...viewers], billOfLading, kind, ...reopen });
  }
  return { workOfKind, reopened };
}
