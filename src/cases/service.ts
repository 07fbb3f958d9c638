/**
 * Cases: opened by an analyst or a commander (the lead agency is theirs), worked by assignees of agencies that may
 * see the case, gathering alerts, findings, consignments, entities, incidents and leads, with notes. Each act is
 * one transaction with its audit entry; a case's reader sees only the links whose targets it may see.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings, type Marking, type MarkingChange } from '../shared/marking.ts';
import type { CaseLinkKind, CaseStatus } from '../shared/cases.ts';
import { recordAudit, recordReadsOf } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import {
  assigneesOf,
  findCase,
  insertAssignee,
  insertCase,
  insertLink,
  insertNote,
  linksOf,
  notesOf,
  setCaseStatus,
  targetOf,
  userMaySee,
  type Case,
} from './repository.ts';
import { timelineOf } from './timeline.ts';
import { operationsOfCase, transitionsOf } from './operations.repository.ts';
import { notifyAssigned } from './notifications.service.ts';
import { listAttachments } from './attachments.repository.ts';

const UUID_KINDS: ReadonlySet<CaseLinkKind> = new Set(['alert', 'finding', 'entity', 'incident']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_OWNER = 'only the lead agency of the case may do this';

/** The marking a caller gives a record of its own about a case: its choice, never wider than the case. */
export function markingUnder(actor: Actor, caseMarking: Marking, chosen?: Partial<MarkingChange>): Marking {
  const own: Marking = {
    ownerAgency: actor.agency,
    tlp: chosen?.tlp ?? caseMarking.tlp,
    releasableTo: chosen?.releasableTo ?? caseMarking.releasableTo,
    recipients: chosen?.recipients ?? caseMarking.recipients,
  };
  return combineMarkings(actor, [own, caseMarking]);
}

export async function visibleCase(tx: Tx, caseId: string): Promise<Case> {
  const found = await findCase(tx, caseId);
  if (!found) throw new AppError('CASE_NOT_FOUND', { field: 'id' });
  return found;
}

/** The case locked for a change by its lead agency (a visible case that cannot be locked is another agency's). */
async function ownCase(tx: Tx, caseId: string): Promise<Case> {
  await visibleCase(tx, caseId);
  const locked = await findCase(tx, caseId, true);
  if (!locked) throw new AppError('FORBIDDEN', { detail: NOT_OWNER });
  return locked;
}

export async function openCase(
  tx: Tx,
  actor: Actor,
  body: { title: string; summary?: string | undefined; marking: Marking },
): Promise<Case> {
  const opened = await insertCase(tx, {
    id: randomUUID(),
    title: body.title,
    summary: body.summary ?? '',
    openedBy: actor.userId,
    marking: body.marking,
  });
  await recordAudit(tx, actor, {
    action: 'case.open',
    table: 'cases',
    ids: [opened.id],
    detail: { title: opened.title },
  });
  return opened;
}

export async function setStatus(tx: Tx, actor: Actor, caseId: string, status: CaseStatus, reason: string) {
  const current = await ownCase(tx, caseId);
  if (current.status === status) return current;
  const changed = (await setCaseStatus(tx, caseId, status))!;
  await recordAudit(tx, actor, {
    action: status === 'closed' ? 'case.close' : 'case.reopen',
    table: 'cases',
    ids: [caseId],
    detail: { from: current.status, to: status, reason },
  });
  return changed;
}

/** Assigns a user of an agency that may see the case (the lead agency assigns); repeated, answers the stored one. */
export async function assign(tx: Tx, actor: Actor, caseId: string, userId: string) {
  const theCase = await ownCase(tx, caseId);
  if (!(await userMaySee(tx, userId, theCase.marking)))
    throw new AppError('CASE_ASSIGNEE_CANNOT_SEE', { field: 'userId' });
  const { assignee, created } = await insertAssignee(tx, {
    id: randomUUID(),
    caseId,
    userId,
    assignedBy: actor.userId,
    marking: theCase.marking,
  });
  if (created) {
    await recordAudit(tx, actor, {
      action: 'case.assign',
      table: 'case_assignees',
      ids: [assignee.id],
      detail: { caseId, assignee: userId },
    });
    await notifyAssigned(tx, actor, { caseId, userId, marking: assignee.marking });
  }
  return assignee;
}

/**
 * Links a record the caller sees to a case it sees. The link is the caller's agency's record, marked no wider than
 * the case nor the target (so its own marking never shows the target to someone who may not see it).
 */
export async function link(
  tx: Tx,
  actor: Actor,
  caseId: string,
  body: { kind: CaseLinkKind; targetId: string; note?: string | undefined },
) {
  const theCase = await visibleCase(tx, caseId);
  if (UUID_KINDS.has(body.kind) && !UUID.test(body.targetId))
    throw new AppError('CASE_LINK_TARGET_NOT_FOUND', { field: 'targetId' });
  const target = await targetOf(tx, body.kind, body.targetId);
  if (!target.visible) throw new AppError('CASE_LINK_TARGET_NOT_FOUND', { field: 'targetId' });
  const marking = combineMarkings(actor, [markingUnder(actor, theCase.marking), ...target.markings]);
  const { link: stored, created } = await insertLink(tx, {
    id: randomUUID(),
    caseId,
    kind: body.kind,
    targetId: body.targetId,
    note: body.note ?? '',
    linkedBy: actor.userId,
    marking,
  });
  if (created)
    await recordAudit(tx, actor, {
      action: 'case.link',
      table: 'case_links',
      ids: [stored.id],
      detail: { caseId, kind: body.kind, targetId: body.targetId },
    });
  return stored;
}

export async function note(
  tx: Tx,
  actor: Actor,
  caseId: string,
  body: { body: string; marking?: Partial<MarkingChange> | undefined },
) {
  const theCase = await visibleCase(tx, caseId);
  const written = await insertNote(tx, {
    id: randomUUID(),
    caseId,
    body: body.body,
    writtenBy: actor.userId,
    marking: markingUnder(actor, theCase.marking, body.marking),
  });
  await recordAudit(tx, actor, {
    action: 'case.note',
    table: 'case_notes',
    ids: [written.id],
    detail: { caseId },
  });
  return written;
}

/**
 * Escalating an alert or a finding (its workflow step already taken in this transaction) opens a case for it, or
 * adds it to the case named.
 */
export async function escalateInto(
  tx: Tx,
  actor: Actor,
  subject: {
    kind: 'alert' | 'finding';
    id: string;
    caseId?: string | undefined;
    reason?: string | undefined;
  },
): Promise<Case> {
  let theCase: Case;
  if (subject.caseId) theCase = await visibleCase(tx, subject.caseId);
  else {
    const target = await targetOf(tx, subject.kind, subject.id);
    theCase = await openCase(tx, actor, {
      title: `Escalated ${subject.kind} ${subject.id.slice(0, 8)}`,
      summary: subject.reason ?? '',
      marking: combineMarkings(actor, target.markings),
    });
  }
  await link(tx, actor, theCase.id, { kind: subject.kind, targetId: subject.id, note: subject.reason });
  return theCase;
}

/** One case with what the caller sees of it: assignees, links, notes, operations and the timeline. */
export async function showCase(tx: Tx, actor: Actor, caseId: string) {
  const theCase = await visibleCase(tx, caseId);
  const assignees = await assigneesOf(tx, caseId);
  const links = await linksOf(tx, caseId);
  const notes = await notesOf(tx, caseId);
  const attachments = await listAttachments(tx, { caseId }, null, 0);
  const operations = await operationsOfCase(tx, caseId);
  const transitions = await transitionsOf(
    tx,
    operations.map((o) => o.id),
  );
  await recordReadsOf(tx, actor, {
    cases: [theCase],
    case_assignees: assignees,
    case_links: links,
    case_notes: notes,
    case_attachments: attachments,
    operations,
    operation_transitions: transitions,
  });
  return {
    ...theCase,
    assignees,
    links,
    notes,
    operations,
    timeline: timelineOf(theCase, { assignees, links, notes, attachments, transitions }),
  };
}
