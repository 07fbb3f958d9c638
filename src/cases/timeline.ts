/**
 * A case's timeline: everything that happened to it that its reader sees, oldest first. Read from the case's own
 * records (each already filtered by row-level security and, for links, by the reader's sight of the target),
 * never stored, so the timeline cannot say more than the records do.
 */
import type { Case, CaseAssignee, CaseLink, CaseNote } from './repository.ts';
import type { CaseAttachment } from './attachments.repository.ts';

export interface TimelineEntry {
  at: string;
  kind: 'opened' | 'assigned' | 'linked' | 'noted' | 'attached' | 'operation';
  by: string;
  byName: string | null;
  /** The record the entry is about (an assignee, a link, a note, an attachment, an operation's transition). */
  recordId: string;
  what: string;
}

export interface TimelineSources {
  assignees: readonly CaseAssignee[];
  links: readonly CaseLink[];
  notes: readonly CaseNote[];
  attachments?: readonly CaseAttachment[];
  transitions?: readonly {
    id: string;
    operationId: string;
    to: string;
    decidedBy: string;
    decidedByName: string | null;
    decidedAt: string;
    reason: string;
  }[];
}

export function timelineOf(theCase: Case, sources: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      at: theCase.openedAt,
      kind: 'opened',
      by: theCase.openedBy,
      byName: theCase.openedByName,
      recordId: theCase.id,
      what: theCase.title,
    },
    ...sources.assignees.map((a) => ({
      at: a.assignedAt,
      kind: 'assigned' as const,
      by: a.assignedBy,
      byName: null,
      recordId: a.id,
      what: a.username ?? a.userId,
    })),
    ...sources.links.map((l) => ({
      at: l.linkedAt,
      kind: 'linked' as const,
      by: l.linkedBy,
      byName: l.linkedByName,
      recordId: l.id,
      what: `${l.kind} ${l.targetId}`,
    })),
    ...sources.notes.map((n) => ({
      at: n.writtenAt,
      kind: 'noted' as const,
      by: n.writtenBy,
      byName: n.writtenByName,
      recordId: n.id,
      what: n.body,
    })),
    ...(sources.attachments ?? []).map((a) => ({
      at: a.uploadedAt,
      kind: 'attached' as const,
      by: a.uploadedBy,
      byName: a.uploadedByName,
      recordId: a.id,
      what: a.filename,
    })),
    ...(sources.transitions ?? []).map((t) => ({
      at: t.decidedAt,
      kind: 'operation' as const,
      by: t.decidedBy,
      byName: t.decidedByName,
      recordId: t.id,
      what: `${t.operationId} → ${t.to}: ${t.reason}`,
    })),
  ];
  // Stable: entries of one instant (a case opened and its first link, one transaction) keep the order above.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
