/**
 * Cases in the noninterference worlds: escalations open cases (as the API's escalate does), then users open cases
 * of their own, link what they see to cases they see (incidents, consignments, findings, alerts), write notes and
 * assign colleagues, attach files, draft operations on cases, move them and comment on them, each with a random
 * marking where the act takes one.
 */
import fc from 'fast-check';
import type { Database, Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { MarkingChange } from '../shared/marking.ts';
import { escalateInto } from '../cases/index.ts';
import { assign, link, note, openCase } from '../cases/service.ts';
import { attach } from '../cases/attachments.service.ts';
import { listCases } from '../cases/repository.ts';
import { listOperations } from '../cases/operations.repository.ts';
import { commentOn, draftOperation, moveOperation } from '../cases/operations.service.ts';
import { OPERATION_ACTIONS } from '../shared/cases.ts';
import { listIncidents } from '../incidents/index.ts';
import { listFindings } from '../custody/index.ts';
import { listAlerts } from '../screening/alerts.repository.ts';

export const CASE_ACTION_KINDS = [
  'open',
  'link_incident',
  'link_consignment',
  'link_finding',
  'link_alert',
  'note',
  'attach',
  'assign',
  'operation',
  'move_operation',
  'comment_operation',
] as const;
export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];
export interface CaseAction {
  by: number;
  pick: number;
  kind: CaseActionKind;
  marking: MarkingChange;
}

export const caseActionsArbitrary = (by: fc.Arbitrary<number>, marking: fc.Arbitrary<MarkingChange>) =>
  fc.array(fc.record({ by, pick: fc.nat(), kind: fc.constantFrom(...CASE_ACTION_KINDS), marking }), {
    maxLength: 4,
  });

/** The case side of an escalation, as the alert and finding routes run it (one transaction with the step). */
export async function escalateToCase(tx: Tx, actor: Actor, kind: 'alert' | 'finding', id: string) {
  await escalateInto(tx, actor, { kind, id, reason: `${kind} escalated by ${actor.agency}` });
}

export async function actOnCase(
  db: Database,
  users: readonly Actor[],
  a: CaseAction,
  attempt: (work: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const actor = users[a.by]!;
  await attempt(() =>
    db.asUser(actor, async (tx) => {
      if (a.kind === 'open') {
        await openCase(tx, actor, {
          title: `case by ${actor.agency}`,
          marking: { ownerAgency: actor.agency, ...a.marking },
        });
        return;
      }
      const cases = await listCases(tx, {}, 20, 0);
      const theCase = cases[a.pick % Math.max(cases.length, 1)];
      if (!theCase) return;
      const pick = <T>(items: readonly T[]) => items[a.pick % Math.max(items.length, 1)];
      switch (a.kind) {
        case 'note':
          await note(tx, actor, theCase.id, { body: `note by ${actor.agency}`, marking: a.marking });
          return;
        case 'attach':
          await attach(
            tx,
            actor,
            theCase.id,
            {
              filename: `notes-${actor.agency}.txt`,
              declaredType: 'text/plain',
              content: Buffer.from(`attached by ${actor.agency}\n`),
            },
            a.marking,
          );
          return;
        case 'assign': {
          const user = pick(users);
          if (user) await assign(tx, actor, theCase.id, user.userId);
          return;
        }
        case 'link_incident': {
          const incident = pick((await listIncidents(tx, { limit: 20, offset: 0 })).map((i) => i.id));
          if (incident) await link(tx, actor, theCase.id, { kind: 'incident', targetId: incident });
          return;
        }
        case 'link_consignment':
          await link(tx, actor, theCase.id, {
            kind: 'consignment',
            targetId: ['MEDU0001', 'MEDU0002', 'MEDU0003'][a.pick % 3]!,
          });
          return;
        case 'link_finding': {
          const { findings } = await listFindings(tx, { limit: 20, offset: 0 });
          const finding = pick(findings);
          if (finding) await link(tx, actor, theCase.id, { kind: 'finding', targetId: finding.id });
          return;
        }
        case 'operation':
          await draftOperation(tx, actor, theCase.id, {
            objective: `operation by ${actor.agency}`,
            state: 'Sinaloa',
            marking: a.marking,
          });
          return;
        case 'move_operation':
        case 'comment_operation': {
          const operation = pick(await listOperations(tx, {}, 20, 0));
          if (!operation) return;
          if (a.kind === 'comment_operation')
            await commentOn(tx, actor, operation.id, {
              kind: 'comment',
              body: `comment by ${actor.agency}`,
              marking: a.marking,
            });
          else
            await moveOperation(
              tx,
              actor,
              operation.id,
              OPERATION_ACTIONS[a.pick % OPERATION_ACTIONS.length]!,
              `moved by ${actor.agency}`,
            );
          return;
        }
        case 'link_alert': {
          const { alerts } = await listAlerts(tx, { sort: 'score', order: 'desc', limit: 20, offset: 0 });
          const alert = pick(alerts);
          if (alert) await link(tx, actor, theCase.id, { kind: 'alert', targetId: alert.id });
          return;
        }
      }
    }),
  );
}
