/**
 * Working a finding over HTTP: one finding with the history of its (bill of lading, kind), and the analyst's
 * actions on it — the same routes and bodies as a screening alert's (src/screening/routes.ts). Registered by
 * the custody routes plugin (routes.ts), so under /api.
 */
import { z } from 'zod';
import { recordReadsOf } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { App, EscalationHook } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { Marking } from '../shared/marking.ts';
import { WORKFLOW_ACTIONS, WORKFLOW_STATUSES } from '../shared/workflow.ts';
import { WORKFLOW_ACTION_BODIES } from '../screening/index.ts';
import { listFindingActions } from './finding-actions.repository.ts';
import { actOnFinding } from './finding-service.ts';
import { findFinding } from './findings.repository.ts';
import { FINDING_KINDS } from './model.ts';

export const FindingBody = z.object({
  id: z.string(),
  billOfLading: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['low', 'medium', 'high']),
  evidence: z.array(z.string()),
  explanation: z.object({ en: z.string(), es: z.string() }),
  computedAt: z.string(),
  declaredAt: z.string().nullable().describe("The consignment's declared date (its earliest line)"),
  portLocode: z.string().nullable().describe("UN/LOCODE of the consignment's port"),
  status: z.enum(WORKFLOW_STATUSES),
  assignee: z.string().nullable(),
  dismissReason: z.string().nullable(),
  updatedAt: z.string(),
  marking: Marking,
});

/** What escalating answers besides the finding: the case it went into, for the web to lead there. */
const EscalatedFindingBody = FindingBody.extend({
  caseId: z.string().optional().describe('The case the finding was escalated into (opened or named)'),
});

const FindingDetail = FindingBody.extend({
  actions: z
    .array(
      z.object({
        action: z.enum([...WORKFLOW_ACTIONS, 'reopen']),
        findingId: z
          .string()
          .nullable()
          .describe('The finding acted on then (re-analysis replaces findings)'),
        fromStatus: z.string(),
        toStatus: z.string(),
        actorUser: z.string().nullable().describe('Null when the analysis reopened it'),
        assignee: z.string().nullable(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    )
    .describe("The history of the consignment's finding of this kind, oldest first"),
});

export function findingWorkRoutes(app: App, escalated?: EscalationHook): void {
  app.get(
    '/findings/:id',
    {
      schema: {
        tags: ['custody'],
        summary:
          'One finding with the history of what analysts did with its consignment’s finding of this kind',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: FindingDetail },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const finding = await findFinding(tx, request.params.id);
        if (!finding) throw new AppError('FINDING_NOT_FOUND', { field: 'id' });
        const actions = await listFindingActions(tx, finding.billOfLading, finding.kind);
        await recordReadsOf(tx, actor, {
          findings: [{ id: finding.id, marking: finding.marking }],
          finding_actions: actions,
        });
        return { ...finding, actions: actions.map(({ id: _id, tlp: _tlp, ...action }) => action) };
      });
    },
  );

  for (const action of WORKFLOW_ACTIONS) {
    app.post(
      `/findings/:id/${action}`,
      {
        schema: {
          tags: ['custody'],
          summary:
            action === 'dismiss'
              ? 'Dismiss a finding (a reason is required); every finding of its consignment and kind with it'
              : `${action[0]?.toUpperCase()}${action.slice(1)} a finding; every finding of its consignment and kind with it`,
          params: z.strictObject({ id: z.uuid() }),
          body: WORKFLOW_ACTION_BODIES[action],
          response: { 200: action === 'escalate' ? EscalatedFindingBody : FindingBody },
        },
      },
      async (request) => {
        const actor = callerOf(request, 'analyst');
        const body = (request.body ?? {}) as { assignee?: string; reason?: string; caseId?: string };
        return app.db.asUser(actor, async (tx) => {
          const acted = await actOnFinding(tx, actor, request.params.id, {
            action,
            assignee: body.assignee,
            reason: body.reason,
          });
          const into =
            action === 'escalate' && escalated
              ? await escalated(tx, actor, {
                  kind: 'finding',
                  id: acted.id,
                  caseId: body.caseId,
                  reason: body.reason,
                })
              : undefined;
          return { ...acted, ...(into ? { caseId: into.id } : {}) };
        });
      },
    );
  }
}
