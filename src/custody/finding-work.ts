/**
 * The work done on findings survives re-analysis. A re-analysis replaces a consignment's findings with
 * new rows (new ids), so the unit of work is what survives it: the consignment's finding of a kind, in one
 * visibility class — (bill of lading, kind, viewers). Several findings of one pair (two dwells, two gaps)
 * are worked together and always share one status. Work done in a class carries over only to a class whose
 * agencies all read it before (viewers ⊆ the prior's): a dismissal written where the partner could not see
 * it never reappears on a finding the partner reads. Pure; docs/FINDINGS.md "Working findings" states the rules.
 */
import type { WorkflowStatus } from '../screening/alert-workflow.ts';
import type { FindingKind, Severity } from './model.ts';

export interface FindingWork {
  status: WorkflowStatus;
  assignee: string | null;
  dismissReason: string | null;
  /** When the status last changed; null for a finding never worked (it starts now). */
  updatedAt: string | null;
}

/** A finding as the analysis is about to delete it: its pair, severity and work. */
export interface PriorFinding extends FindingWork {
  viewers: readonly string[];
  billOfLading: string;
  kind: FindingKind;
  severity: Severity;
}

export interface NewFinding {
  viewers: readonly string[];
  billOfLading: string;
  kind: FindingKind;
  severity: Severity;
}

/** A dismissed pair whose severity rose at re-analysis: it is open again. */
export interface Reopening {
  viewers: string[];
  billOfLading: string;
  kind: FindingKind;
  from: Severity;
  to: Severity;
}

/**
 * The reason a `reopen` entry of the history records, and how a view reads it back to say it in words: one
 * definition for the analysis that writes it and the web app that translates it.
 */
export function reopenReason(reopening: Pick<Reopening, 'from' | 'to'>): string {
  return `severity ${reopening.from} → ${reopening.to}`;
}

export function readReopenReason(reason: string | null | undefined): { from: string; to: string } | null {
  const match = /^severity (\w+) → (\w+)$/.exec(reason ?? '');
  return match ? { from: match[1]!, to: match[2]! } : null;
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const higher = (a: Severity, b: Severity): Severity => (RANK[b] > RANK[a] ? b : a);
/** A consignment's finding of a kind in one class (viewers sorted, as stored). */
export const pairKey = (f: { billOfLading: string; kind: string; viewers: readonly string[] }): string =>
  `${f.billOfLading}\u0000${f.kind}\u0000${f.viewers.join(',')}`;
const kindKey = (f: { billOfLading: string; kind: string }): string => `${f.billOfLading}\u0000${f.kind}`;

const UNWORKED: FindingWork = { status: 'open', assignee: null, dismissReason: null, updatedAt: null };

interface PriorPair {
  viewers: readonly string[];
  work: FindingWork;
  severity: Severity;
}

/** The prior class whose work a new class inherits: the same one, else the smallest wider one, else none. */
function inheritFrom(candidates: readonly PriorPair[], viewers: readonly string[]): PriorPair | undefined {
  const wider = candidates.filter((c) => viewers.every((v) => c.viewers.includes(v)));
  return wider.sort(
    (a, b) =>
      a.viewers.length - b.viewers.length || (b.work.updatedAt ?? '').localeCompare(a.work.updatedAt ?? ''),
  )[0];
}

/**
 * The work each new finding starts with (in the order given): its pair's work before the analysis (in its
 * class, or a class that included every one of its agencies), or open when there is none. A pair's severity
 * is its highest finding's; a dismissed pair whose severity rises is reopened (the dismissal was about a
 * lesser finding), keeping its assignee.
 */
export function carryOver(
  prior: readonly PriorFinding[],
  next: readonly NewFinding[],
): { work: FindingWork[]; reopened: Reopening[] } {
  const before = new Map<string, PriorPair>();
  for (const f of prior) {
    const key = pairKey(f);
    const seen = before.get(key);
    // Findings of a pair share their status; should they not (raw SQL), the latest change wins.
    const latest = !seen || (f.updatedAt ?? '') > (seen.work.updatedAt ?? '') ? f : seen.work;
    before.set(key, {
      viewers: f.viewers,
      work: {
        status: latest.status,
        assignee: latest.assignee,
        dismissReason: latest.dismissReason,
        updatedAt: latest.updatedAt,
      },
      severity: seen ? higher(seen.severity, f.severity) : f.severity,
    });
  }
  const byKind = new Map<string, PriorPair[]>();
  for (const [key, pair] of before) {
    const kind = key.slice(0, key.lastIndexOf('\u0000'));
    byKind.set(kind, [...(byKind.get(kind) ?? []), pair]);
  }
  const after = new Map<string, { finding: NewFinding; severity: Severity }>();
  for (const f of next) {
    const was = after.get(pairKey(f));
    after.set(pairKey(f), { finding: f, severity: higher(was?.severity ?? f.severity, f.severity) });
  }

  const reopened: Reopening[] = [];
  const workOf = new Map<string, FindingWork>();
  for (const [key, { finding, severity }] of after) {
    const was = inheritFrom(byKind.get(kindKey(finding)) ?? [], finding.viewers);
    if (!was) continue;
    if (was.work.status === 'dismissed' && RANK[severity] > RANK[was.severity]) {
      reopened.push({
        viewers: [...finding.viewers],
        billOfLading: finding.billOfLading,
        kind: finding.kind,
        from: was.severity,
        to: severity,
      });
      workOf.set(key, { status: 'open', assignee: was.work.assignee, dismissReason: null, updatedAt: null });
    } else workOf.set(key, was.work);
  }
  return { work: next.map((f) => workOf.get(pairKey(f)) ?? UNWORKED), reopened };
}
