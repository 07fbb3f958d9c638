/**
 * The checks every proposal's action goes through, screening alerts and diversion findings alike: the move
 * must be allowed from the current status (src/shared/workflow.ts), a dismissal needs a reason, and an assignee
 * must be an active user of the agency that owns the proposal. Each capability names its own error codes.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/catalogue.ts';
import { findUserById } from '../identity/index.ts';
import type { Tx } from '../store/database.ts';
import { nextStatus, type WorkflowAction, type WorkflowStatus } from '../shared/workflow.ts';

export interface WorkflowInput {
  action: WorkflowAction;
  assignee?: string | undefined;
  reason?: string | undefined;
}

export interface WorkflowStep {
  to: WorkflowStatus;
  reason: string | null;
  /** Set only by an assignment. */
  assignee: string | undefined;
}

export async function checkWorkflowStep(
  tx: Tx,
  current: { status: WorkflowStatus; ownerAgency: string },
  input: WorkflowInput,
  codes: { transition: ErrorCode; reasonRequired: ErrorCode; subject: string },
): Promise<WorkflowStep> {
  const to = nextStatus(current.status, input.action);
  if (!to) throw new AppError(codes.transition, { detail: `${input.action} from ${current.status}` });
  const reason = input.reason?.trim() || null;
  if (input.action === 'dismiss' && !reason) throw new AppError(codes.reasonRequired, { field: 'reason' });
  let assignee: string | undefined;
  if (input.action === 'assign') {
    const user = input.assignee ? await findUserById(tx, input.assignee) : null;
    if (!user || user.disabled || user.agency.code !== current.ownerAgency)
      throw new AppError('VALIDATION_FAILED', {
        field: 'assignee',
        detail: `an active user of the agency that owns the ${codes.subject}`,
      });
    assignee = user.id;
  }
  return { to, reason, assignee };
}

/** The body of each action's route (`POST …/{id}/<action>`), the same for alerts and findings. */
export const WORKFLOW_ACTION_BODIES: Record<WorkflowAction, z.ZodType> = {
  acknowledge: z.strictObject({ note: z.string().max(2000).optional() }).optional(),
  assign: z.strictObject({ assignee: z.uuid() }),
  dismiss: z.strictObject({ reason: z.string().max(2000).optional() }),
  escalate: z
    .strictObject({
      reason: z.string().max(2000).optional(),
      caseId: z.uuid().optional().describe('The case to add it to; default: a new case, led by your agency'),
    })
    .optional(),
};
