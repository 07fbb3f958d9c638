/**
 * SQL of cases: the case, its assignees, links and notes (all marked). Links are read only through
 * `case_links_visible` (0740), which keeps a link when the reader sees its target under the target's own
 * row-level security: a case never names a record its reader may not see.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { CaseLinkKind, CaseStatus } from '../shared/cases.ts';
import { iso, MARKING_VALUES, nameOf } from './sql-parts.ts';

export interface Case {
  id: string;
  title: string;
  summary: string;
  status: CaseStatus;
  openedBy: string;
  openedByName: string | null;
  openedAt: string;
  marking: Marking;
}

export interface CaseAssignee {
  id: string;
  caseId: string;
  userId: string;
  username: string | null;
  agency: string | null;
  assignedBy: string;
  assignedAt: string;
  marking: Marking;
}

export interface CaseLink {
  id: string;
  caseId: string;
  kind: CaseLinkKind;
  targetId: string;
  note: string;
  linkedBy: string;
  linkedByName: string | null;
  linkedAt: string;
  marking: Marking;
}

export interface CaseNote {
  id: string;
  caseId: string;
  body: string;
  writtenBy: string;
  writtenByName: string | null;
  writtenAt: string;
  marking: Marking;
}

type CaseRow = MarkingRow & {
  id: string;
  title: string;
  summary: string;
  status: CaseStatus;
  opened_by: string;
  opened_by_name: string | null;
  opened_at: Date;
};
const CASE_COLUMNS = `c.id, c.owner_agency, c.tlp, c.releasable_to, c.recipients, c.title, c.summary, c.status,
  c.opened_by, c.opened_at, ${nameOf('c.opened_by')} as opened_by_name`;
const toCase = (r: CaseRow): Case => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  status: r.status,
  openedBy: r.opened_by,
  openedByName: r.opened_by_name,
  openedAt: iso(r.opened_at),
  marking: markingFromRow(r),
});

export async function insertCase(
  tx: Tx,
  c: { id: string; title: string; summary: string; openedBy: string; marking: Marking },
): Promise<Case> {
  const { rows } = await tx.query<CaseRow>(
    `with c as (insert into cases (id, owner_agency, tlp, releasable_to, recipients, title, summary, opened_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8) returning *)
     select ${CASE_COLUMNS} from c`,
    [c.id, ...MARKING_VALUES(c.marking), c.title, c.summary, c.openedBy],
  );
  return toCase(rows[0]!);
}

/** The case when the caller sees it; `forUpdate` locks it, which passes the update policy: its owner only. */
export async function findCase(tx: Tx, id: string, forUpdate = false): Promise<Case | null> {
  const { rows } = await tx.query<CaseRow>(
    `select ${CASE_COLUMNS} from cases c where c.id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0] ? toCase(rows[0]) : null;
}

export async function setCaseStatus(tx: Tx, id: string, status: CaseStatus): Promise<Case | null> {
  const { rows } = await tx.query<CaseRow>(
    `with c as (update cases set status = $2 where id = $1 returning *) select ${CASE_COLUMNS} from c`,
    [id, status],
  );
  return rows[0] ? toCase(rows[0]) : null;
}

export interface CaseFilter {
  status?: CaseStatus | undefined;
  assignedTo?: string | undefined;
  linkedKind?: CaseLinkKind | undefined;
  linkedId?: string | undefined;
}

function caseConditions(filter: CaseFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.status) {
    params.push(filter.status);
    where.push(`c.status = $${params.length}`);
  }
  if (filter.assignedTo) {
    params.push(filter.assignedTo);
    where.push(
      `exists (select 1 from case_assignees a where a.case_id = c.id and a.user_id = $${params.length})`,
    );
  }
  if (filter.linkedId) {
    params.push(filter.linkedId);
    const id = `$${params.length}`;
    const kind = filter.linkedKind
      ? (params.push(filter.linkedKind), ` and l.target_kind = $${params.length}`)
      : '';
    where.push(
      `exists (select 1 from case_links_visible l where l.case_id = c.id${kind}
         and coalesce(l.target_uuid::text, l.target_key) = ${id})`,
    );
  }
  return { where: where.length ? `where ${where.join(' and ')}` : '', params };
}

/** The cases the caller sees, newest first. */
export async function listCases(tx: Tx, filter: CaseFilter, limit: number, offset: number): Promise<Case[]> {
  const { where, params } = caseConditions(filter);
  const { rows } = await tx.query<CaseRow>(
    `select ${CASE_COLUMNS} from cases c ${where} order by c.opened_at desc, c.id
      limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, limit, offset],
  );
  return rows.map(toCase);
}

export async function countCases(tx: Tx, filter: CaseFilter): Promise<number> {
  const { where, params } = caseConditions(filter);
  const { rows } = await tx.query<{ n: string }>(`select count(*) as n from cases c ${where}`, params);
  return Number(rows[0]!.n);
}

type AssigneeRow = MarkingRow & {
  id: string;
  case_id: string;
  user_id: string;
  username: string | null;
  agency: string | null;
  assigned_by: string;
  assigned_at: Date;
};
const toAssignee = (r: AssigneeRow): CaseAssignee => ({
  id: r.id,
  caseId: r.case_id,
  userId: r.user_id,
  username: r.username,
  agency: r.agency,
  assignedBy: r.assigned_by,
  assignedAt: iso(r.assigned_at),
  marking: markingFromRow(r),
});
const ASSIGNEE_COLUMNS = `a.*, ${nameOf('a.user_id')} as username,
  (select u.agency from users u where u.id = a.user_id) as agency`;

/** Whether the user exists, is active and belongs to an agency that may see a record with this marking. */
export async function userMaySee(tx: Tx, userId: string, marking: Marking): Promise<boolean> {
  const { rows } = await tx.query<{ ok: boolean }>(
    `select centinela_visible_for(u.agency, centinela_agency_nation(u.agency), $2, $3::tlp, $4::text[], $5::text[]) as ok
       from users u where u.id = $1 and not u.disabled`,
    [userId, ...MARKING_VALUES(marking)],
  );
  return rows[0]?.ok === true;
}

/** Adds an assignee (once: a repeated assignment answers the stored one). */
export async function insertAssignee(
  tx: Tx,
  a: { id: string; caseId: string; userId: string; assignedBy: string; marking: Marking },
): Promise<{ assignee: CaseAssignee; created: boolean }> {
  const { rows } = await tx.query<AssigneeRow>(
    `with a as (insert into case_assignees (id, owner_agency, tlp, releasable_to, recipients, case_id, user_id, assigned_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8) on conflict (case_id, user_id) do nothing returning *)
     select ${ASSIGNEE_COLUMNS} from a`,
    [a.id, ...MARKING_VALUES(a.marking), a.caseId, a.userId, a.assignedBy],
  );
  if (rows[0]) return { assignee: toAssignee(rows[0]), created: true };
  const stored = await tx.query<AssigneeRow>(
    `select ${ASSIGNEE_COLUMNS} from case_assignees a where a.case_id = $1 and a.user_id = $2`,
    [a.caseId, a.userId],
  );
  return { assignee: toAssignee(stored.rows[0]!), created: false };
}

export async function assigneesOf(tx: Tx, caseId: string): Promise<CaseAssignee[]> {
  const { rows } = await tx.query<AssigneeRow>(
    `select ${ASSIGNEE_COLUMNS} from case_assignees a where a.case_id = $1 order by a.assigned_at, a.id`,
    [caseId],
  );
  return rows.map(toAssignee);
}

type LinkRow = MarkingRow & {
  id: string;
  case_id: string;
  target_kind: CaseLinkKind;
  target_uuid: string | null;
  target_key: string | null;
  note: string;
  linked_by: string;
  linked_by_name: string | null;
  linked_at: Date;
};
const toLink = (r: LinkRow): CaseLink => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.target_kind,
  targetId: r.target_uuid ?? r.target_key ?? '',
  note: r.note,
  linkedBy: r.linked_by,
  linkedByName: r.linked_by_name,
  linkedAt: iso(r.linked_at),
  marking: markingFromRow(r),
});
const LINK_COLUMNS = `l.*, ${nameOf('l.linked_by')} as linked_by_name`;
const UUID_KINDS: ReadonlySet<CaseLinkKind> = new Set(['alert', 'finding', 'entity', 'incident']);
const targetColumns = (kind: CaseLinkKind, id: string) => (UUID_KINDS.has(kind) ? [id, null] : [null, id]);

/** Whether the caller sees the target (under the target's own row-level security), and its markings. */
export async function targetOf(
  tx: Tx,
  kind: CaseLinkKind,
  id: string,
): Promise<{ visible: boolean; markings: Marking[] }> {
  const [uuid, key] = targetColumns(kind, id);
  const { rows } = await tx.query<{ visible: boolean }>(
    'select centinela_case_target_visible($1, $2::uuid, $3) as visible',
    [kind, uuid, key],
  );
  if (!rows[0]?.visible) return { visible: false, markings: [] };
  const found = await tx.query<MarkingRow>('select * from centinela_case_target_markings($1, $2::uuid)', [
    kind,
    uuid,
  ]);
  return { visible: true, markings: found.rows.map(markingFromRow) };
}

/** Links a target (once per case, target and linking agency: a repeated link answers the stored one). */
export async function insertLink(
  tx: Tx,
  l: {
    id: string;
    caseId: string;
    kind: CaseLinkKind;
    targetId: string;
    note: string;
    linkedBy: string;
    marking: Marking;
  },
): Promise<{ link: CaseLink; created: boolean }> {
  const [uuid, key] = targetColumns(l.kind, l.targetId);
  const { rows } = await tx.query<LinkRow>(
    `with l as (insert into case_links (id, owner_agency, tlp, releasable_to, recipients, case_id, target_kind,
       target_uuid, target_key, note, linked_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8::uuid, $9, $10, $11)
       on conflict (case_id, target_kind, coalesce(target_uuid::text, target_key), owner_agency) do nothing returning *)
     select ${LINK_COLUMNS} from l`,
    [l.id, ...MARKING_VALUES(l.marking), l.caseId, l.kind, uuid, key, l.note, l.linkedBy],
  );
  if (rows[0]) return { link: toLink(rows[0]), created: true };
  const stored = await tx.query<LinkRow>(
    `select ${LINK_COLUMNS} from case_links l where l.case_id = $1 and l.target_kind = $2
       and coalesce(l.target_uuid::text, l.target_key) = $3 and l.owner_agency = $4`,
    [l.caseId, l.kind, l.targetId, l.marking.ownerAgency],
  );
  return { link: toLink(stored.rows[0]!), created: false };
}

/** The links of a case whose targets the caller sees, oldest first. */
export async function linksOf(tx: Tx, caseId: string): Promise<CaseLink[]> {
  const { rows } = await tx.query<LinkRow>(
    `select ${LINK_COLUMNS} from case_links_visible l where l.case_id = $1 order by l.linked_at, l.id`,
    [caseId],
  );
  return rows.map(toLink);
}

type NoteRow = MarkingRow & {
  id: string;
  case_id: string;
  body: string;
  written_by: string;
  written_by_name: string | null;
  written_at: Date;
};
const toNote = (r: NoteRow): CaseNote => ({
  id: r.id,
  caseId: r.case_id,
  body: r.body,
  writtenBy: r.written_by,
  writtenByName: r.written_by_name,
  writtenAt: iso(r.written_at),
  marking: markingFromRow(r),
});
const NOTE_COLUMNS = `n.*, ${nameOf('n.written_by')} as written_by_name`;

export async function insertNote(
  tx: Tx,
  n: { id: string; caseId: string; body: string; writtenBy: string; marking: Marking },
): Promise<CaseNote> {
  const { rows } = await tx.query<NoteRow>(
    `with n as (insert into case_notes (id, owner_agency, tlp, releasable_to, recipients, case_id, body, written_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8) returning *)
     select ${NOTE_COLUMNS} from n`,
    [n.id, ...MARKING_VALUES(n.marking), n.caseId, n.body, n.writtenBy],
  );
  return toNote(rows[0]!);
}

export async function notesOf(tx: Tx, caseId: string): Promise<CaseNote[]> {
  const { rows } = await tx.query<NoteRow>(
    `select ${NOTE_COLUMNS} from case_notes n where n.case_id = $1 order by n.written_at, n.id`,
    [caseId],
  );
  return rows.map(toNote);
}
