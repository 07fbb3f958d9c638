/**
 * Acting on a finding: acknowledge, assign, dismiss (with a reason) or escalate — the workflow of screening
 * alerts (src/shared/workflow.ts), mirroring actOnAlert. The unit of work is the consignment's finding
 * of a kind in the caller's visibility class, (bill of lading, kind, viewers), because that is what survives
 * re-analysis (finding-work.ts); row-level security shows a caller only its own class's findings, so the
 * pair locked and moved here is that class's: the action
 * moves every finding of the pair, writes one history entry keyed by the pair and one audit entry, all in the
 * caller's transaction and through row-level security (only the owner agency can change them).
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings } from '../shared/marking.ts';
import type { WorkflowAction } from '../shared/workflow.ts';
import { checkWorkflowStep } from '../screening/index.ts';
import type { Tx } from '../store/database.ts';
import { insertFindingActions } from './finding-actions.repository.ts';
import { higherSeverity } from './finding-work.ts';
import {
  findFinding,
  findingViewers,
  lockConsignments,
  lockFindingPair,
  updateFindingPair,
  type StoredFinding,
} from './findings.repository.ts';

export interface FindingActionInput {
  action: WorkflowAction;
  assignee?: string | undefined;
  reason?: string | undefined;
}

const NOT_OWNER = 'only the agency that owns the finding can act on it';

export async function actOnFinding(
  tx: Tx,
  actor: Actor,
  findingId: string,
  input: FindingActionInput,
): Promise<StoredFinding> {
  const seen = await findFinding(tx, findingId);
  if (!seen) throw new AppError('FINDING_NOT_FOUND', { field: 'id' });
  // Wait for any analysis of the consignment to commit, then lock the pair: a visible finding that cannot be
  // locked belongs to another agency.
  await lockConsignments(tx, [seen.billOfLading]);
  const pair = await lockFindingPair(tx, seen.billOfLading, seen.kind);
  const finding = pair.find((f) => f.id === findingId);
  if (!finding) {
    // Or a re-analysis replaced it while we waited for the lock: then it is gone, and the caller reloads.
    if (!(await findFinding(tx, findingId)))
      throw new AppError('FINDING_NOT_FOUND', { field: 'id', detail: 'replaced by a re-analysis' });
    throw new AppError('FORBIDDEN', { detail: NOT_OWNER });
  }
  const { to, reason, assignee } = await checkWorkflowStep(
    tx,
    { status: finding.status, ownerAgency: finding.marking.ownerAgency },
    input,
    {
      transition: 'FINDING_TRANSITION',
      reasonRequired: 'FINDING_DISMISS_REASON_REQUIRED',
      subject: 'finding',
    },
  );
  const updated = await updateFindingPair(tx, finding.billOfLading, finding.kind, {
    status: to,
    ...(assignee ? { assignee } : {}),
    ...(input.action === 'dismiss' ? { dismissReason: reason } : {}),
  });
  const acted = updated.find((f) => f.id === findingId);
  if (!acted) throw new AppError('FORBIDDEN', { detail: NOT_OWNER });
  await insertFindingActions(tx, [
    {
      id: randomUUID(),
      billOfLading: acted.billOfLading,
      kind: acted.kind,
      findingId,
      action: input.action,
      fromStatus: finding.status,
      toStatus: to,
      actorUser: actor.userId,
      assignee: assignee ?? null,
      reason,
      // Read by the class whose findings were acted on, and by no other (issue 11: a dismissal's reason never
      // reaches a reader of another class's finding).
      viewers: await findingViewers(tx, findingId),
      // The pair's severity now: the analysis reopens a dismissal when the pair's severity rises past it.
      severity: updated.map((f) => f.severity).reduce(higherSeverity),
      // No wider than any finding of the pair: the entry speaks of them all.
      marking: combineMarkings(
        { agency: acted.marking.ownerAgency, nation: actor.nation },
        updated.map((f) => f.marking),
      ),
    },
  ]);
  await recordAudit(tx, actor, {
    action: `finding.${input.action}`,
    table: 'findings',
    ids: updated.map((f) => f.id),
    detail: {
      billOfLading: acted.billOfLading,
      kind: acted.kind,
      from: finding.status,
      to,
      ...(assignee ? { assignee } : {}),
      ...(reason ? { reason } : {}),
    },
  });
  return acted;
}
