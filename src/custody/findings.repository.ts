/** SQL of stored findings (with their workflow) and consignment analyses. */
import { randomUUID } from 'node:crypto';
import { prepared, type Tx } from '../store/database.ts';
import { addedRelation } from '../store/added-since.ts';
import { markedAtById } from '../store/marked-at.ts';
import { derivationKey } from '../store/derivation-keys.ts';
import { Conditions } from '../store/conditions.ts';
import { EVENTS } from '../epcis/index.ts';
import { combineMarkings, markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { WorkflowStatus } from '../shared/workflow.ts';
import { insertFindingActions } from './finding-actions.repository.ts';
import { findingIds } from './finding-id.ts';
import { pairKey, reopenReason, type FindingWork, type Reopening } from './finding-work.ts';
import type { Finding, FindingKind, Severity } from './model.ts';

export interface MarkedFinding extends Omit<Finding, 'refs'> {
  marking: Marking;
  /** The rows the evidence names, typed: 'event:<row id>', 'permit:<row id>', 'line:<row id>' (0502). */
  evidenceRefs: string[];
  /** The agencies of the visibility class it was derived for: its only readers (sorted). */
  viewers: string[];
  /** The consignment's declared date (its earliest line) and port (the first of its lines' ports, sorted). */
  declaredAt: string | null;
  portLocode: string | null;
  /** Its pair's work, folded from the history its class reads (finding-work.ts). */
  work: FindingWork;
}

export interface StoredFinding extends Omit<MarkedFinding, 'evidenceRefs' | 'viewers' | 'work'> {
  id: string;
  computedAt: string;
  status: WorkflowStatus;
  assignee: string | null;
  dismissReason: string | null;
  updatedAt: string;
}

/**
 * Replaces the findings of the given consignments with the new ones (delete, then insert), each with its keyed
 * id (finding-id.ts) and the work its class folded from the history; a dismissed pair whose severity rose is reopened, on the record (a
 * `reopen` entry with no actor: the analysis did it). The caller holds the consignments' lock
 * (lockConsignments), so no analyst's action commits between reading the history and this.
 */
export async function replaceFindings(
  tx: Tx,
  bols: readonly string[],
  findings: readonly MarkedFinding[],
  reopened: readonly Reopening[],
): Promise<{ ids: string[] }> {
  await tx.query('delete from findings where bill_of_lading = any($1)', [bols]);
  if (findings.length === 0) return { ids: [] };
  const ids = findingIds(await derivationKey(tx, 'finding'), findings);
  const records = findings.map((f, i) => ({
    id: ids[i]!,
    owner_agency: f.marking.ownerAgency,
    tlp: f.marking.tlp,
    releasable_to: f.marking.releasableTo,
    recipients: f.marking.recipients,
    bill_of_lading: f.billOfLading,
    kind: f.kind,
    severity: f.severity,
    evidence: f.evidence,
    evidence_refs: f.evidenceRefs,
    viewers: f.viewers,
    explanation_en: f.explanation.en,
    explanation_es: f.explanation.es,
    declared_at: f.declaredAt,
    port_locode: f.portLocode,
    ...workColumns(f.work),
  }));
  const { rows } = await tx.query<{ id: string }>(
    `insert into findings (id, owner_agency, tlp, releasable_to, recipients, bill_of_lading, kind, severity, evidence,
       evidence_refs, viewers, explanation_en, explanation_es, computed_at, declared_at, port_locode, status, assignee, dismiss_reason,
       updated_at)
     select r.id, r.owner_agency, r.tlp::tlp, r.releasable_to, r.recipients, r.bill_of_lading, r.kind, r.severity,
       r.evidence, r.evidence_refs, r.viewers, r.explanation_en, r.explanation_es, now(), r.declared_at, r.port_locode, r.status, r.assignee,
       r.dismiss_reason, coalesce(r.updated_at, now())
     from jsonb_to_recordset($1::jsonb) as r(id uuid, owner_agency text, tlp text, releasable_to text[],
       recipients text[], bill_of_lading text, kind text, severity text, evidence text[], evidence_refs text[],
       viewers text[], explanation_en text,
       explanation_es text, declared_at timestamptz, port_locode text, status text, assignee uuid,
       dismiss_reason text, updated_at timestamptz)
     returning id`,
    [JSON.stringify(records)],
  );
  if (reopened.length > 0) await recordReopenings(tx, reopened, records);
  return { ids: rows.map((r) => r.id) };
}

function workColumns(work: FindingWork) {
  return {
    status: work.status,
    assignee: work.assignee,
    dismiss_reason: work.dismissReason,
    updated_at: work.updatedAt,
  };
}

/** One `reopen` entry per reopened pair, marked no wider than any of the pair's new findings. */
async function recordReopenings(
  tx: Tx,
  reopened: readonly Reopening[],
  records: readonly (MarkingRow & { id: string; bill_of_lading: string; kind: string; viewers: string[] })[],
): Promise<void> {
  const nations = await nationsOf(tx, [...new Set(records.map((r) => r.owner_agency))]);
  await insertFindingActions(
    tx,
    reopened.map((pair) => {
      const group = records.filter(
        (r) =>
          pairKey({ billOfLading: r.bill_of_lading, kind: r.kind, viewers: r.viewers }) === pairKey(pair),
      );
      const owner = group[0]!.owner_agency;
      return {
        id: randomUUID(),
        billOfLading: pair.billOfLading,
        kind: pair.kind,
        findingId: group[0]!.id,
        action: 'reopen',
        fromStatus: 'dismissed',
        toStatus: 'open',
        actorUser: null,
        assignee: null,
        reason: reopenReason(pair),
        viewers: pair.viewers,
        severity: pair.to,
        marking: combineMarkings(
          { agency: owner, nation: nations.get(owner) ?? '' },
          group.map((r) => markingFromRow(r)),
        ),
      };
    }),
  );
}

/**
 * The analysis's bookkeeping of each consignment: when it was analysed, the newest event record time it read,
 * and no longer stale. (Its state is each class's, stored with the class's track.)
 */
export async function markAnalysed(tx: Tx, bols: readonly string[]): Promise<void> {
  if (bols.length === 0) return;
  // One grouped scan of the batch's events (a correlated max() per consignment was 100× slower).
  await tx.query(
    `insert into consignment_analyses (bill_of_lading, state, analysed_at, newest_record_time, stale)
     select r.bol, '', now(), m.newest, false
     from unnest($1::text[]) as r(bol)
     left join (select bol, max(record_time) as newest from ${EVENTS} where bol = any($1) group by bol) m
       on m.bol = r.bol
     on conflict (bill_of_lading) do update set state = excluded.state, analysed_at = excluded.analysed_at,
       newest_record_time = excluded.newest_record_time, stale = false`,
    [bols],
  );
}

interface FindingDbRow extends MarkingRow {
  id: string;
  bill_of_lading: string;
  kind: FindingKind;
  severity: Severity;
  evidence: string[];
  explanation_en: string;
  explanation_es: string;
  computed_at: Date | string;
  declared_at: Date | string | null;
  port_locode: string | null;
  status: WorkflowStatus;
  assignee: string | null;
  dismiss_reason: string | null;
  updated_at: Date | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function findingFromRow(row: FindingDbRow): StoredFinding {
  return {
    id: row.id,
    billOfLading: row.bill_of_lading,
    kind: row.kind,
    severity: row.severity,
    evidence: row.evidence,
    explanation: { en: row.explanation_en, es: row.explanation_es },
    marking: markingFromRow(row),
    computedAt: iso(row.computed_at),
    declaredAt: row.declared_at === null ? null : iso(row.declared_at),
    portLocode: row.port_locode,
    status: row.status,
    assignee: row.assignee,
    dismissReason: row.dismiss_reason,
    updatedAt: iso(row.updated_at),
  };
}

export interface FindingFilter {
  bol?: string | undefined;
  kind?: FindingKind | undefined;
  severity?: Severity | undefined;
  status?: WorkflowStatus | undefined;
  /** UN/LOCODE of the consignment's port (findings.port_locode). */
  port?: string | undefined;
  /** Days (YYYY-MM-DD, both included) of the consignment's declared date. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The order of findings of one consignment by what they say, then by owner, then by id (keyed: the same in a
 * reader's reduced database, finding-id.ts): an order by what a reader sees (issue 11: orderings are part of
 * what a reader sees).
 */
export const FINDING_ORDER = 'bill_of_lading, kind, severity, evidence, explanation_en, owner_agency, id';

/**
 * Findings the caller can see, filtered and paginated, with the total before pagination: the most severe
 * first, then the most recently declared consignments.
 */
export async function listFindings(
  tx: Tx,
  filter: FindingFilter,
): Promise<{ findings: StoredFinding[]; total: number }> {
  const c = new Conditions();
  if (filter.bol) c.add('bill_of_lading = ?', filter.bol);
  if (filter.kind) c.add('kind = ?', filter.kind);
  if (filter.severity) c.add('severity = ?', filter.severity);
  if (filter.status) c.add('status = ?', filter.status);
  if (filter.port) c.add('port_locode = ?', filter.port);
  if (filter.from) c.add('declared_at >= ?::date', filter.from);
  if (filter.to) c.add('declared_at < ?::date + 1', filter.to);
  const { rows } = await tx.query<FindingDbRow & { total: number }>(
    `select *, count(*) over () as total from findings ${c.where}
     order by case severity when 'high' then 0 when 'medium' then 1 else 2 end, declared_at desc nulls last,
       ${FINDING_ORDER}
     limit ${c.bind(filter.limit)} offset ${c.bind(filter.offset)}`,
    c.params,
  );
  return { findings: rows.map(findingFromRow), total: rows[0] ? Number(rows[0].total) : 0 };
}

/**
 * The findings the caller sees on these consignments that no analyst dismissed, in one statement: the network
 * asked once per consignment, hundreds of round trips at depth 2 on the medium world.
 */
export async function openFindingsOf(tx: Tx, bols: readonly string[]): Promise<StoredFinding[]> {
  if (bols.length === 0) return [];
  const { rows } = await tx.query<FindingDbRow>(
    `select * from findings where bill_of_lading = any($1::text[]) and status <> 'dismissed' order by ${FINDING_ORDER}`,
    [bols],
  );
  return rows.map(findingFromRow);
}

const FINDING_VIEWERS = prepared('select viewers from findings where id = $1');

/** The class a visible finding was derived for (its readers), which the history of work on it keeps. */
export async function findingViewers(tx: Tx, id: string): Promise<string[]> {
  const { rows } = await tx.query<{ viewers: string[] }>(FINDING_VIEWERS, [id]);
  return rows[0]?.viewers ?? [];
}

const FIND_FINDING = prepared('select * from findings where id = $1');

export async function findFinding(tx: Tx, id: string): Promise<StoredFinding | null> {
  const { rows } = await tx.query<FindingDbRow>(FIND_FINDING, [id]);
  return rows[0] ? findingFromRow(rows[0]) : null;
}

/**
 * Locks the findings of a (bill of lading, kind) that the caller may change. `FOR UPDATE` applies the update
 * policy as well as the read one, so another agency that sees them locks none.
 */
/** The advisory-lock class of consignments (the audit chain locks a single bigint key, a different lock space). */
const CONSIGNMENT_LOCK_CLASS = 7_407_003;

/**
 * Serialises work on the same consignments — an analysis replacing their findings, an analyst acting on one —
 * for the rest of the transaction: one advisory lock per bill of lading, taken in key order so two holders of
 * several never wait on each other crosswise. Taken before anything else of the transaction's work on them
 * (and before the audit chain's lock), so a second analysis reads what the first committed instead of
 * re-inserting findings beside it.
 */
export async function lockConsignments(tx: Tx, bols: readonly string[]): Promise<void> {
  if (bols.length === 0) return;
  await tx.query(
    `select pg_advisory_xact_lock(${CONSIGNMENT_LOCK_CLASS}, s.k)
     from (select distinct hashtext(b) as k from unnest($1::text[]) b order by 1) s`,
    [bols],
  );
}

export async function lockFindingPair(tx: Tx, bol: string, kind: string): Promise<StoredFinding[]> {
  const { rows } = await tx.query<FindingDbRow>(
    'select * from findings where bill_of_lading = $1 and kind = $2 order by id for update',
    [bol, kind],
  );
  return rows.map(findingFromRow);
}

/** Moves every finding of a (bill of lading, kind) the caller may change to a status; returns them. */
export async function updateFindingPair(
  tx: Tx,
  bol: string,
  kind: string,
  change: { status: WorkflowStatus; assignee?: string | null; dismissReason?: string | null },
): Promise<StoredFinding[]> {
  const { rows } = await tx.query<FindingDbRow>(
    `update findings set status = $3,
       assignee = case when $4::boolean then $5::uuid else assignee end,
       dismiss_reason = case when $6::boolean then $7 else dismiss_reason end,
       updated_at = now()
     where bill_of_lading = $1 and kind = $2 returning *`,
    [
      bol,
      kind,
      change.status,
      change.assignee !== undefined,
      change.assignee ?? null,
      change.dismissReason !== undefined,
      change.dismissReason ?? null,
    ],
  );
  return rows.map(findingFromRow);
}

export async function nationsOf(tx: Tx, agencies: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ code: string; nation: string }>(
    'select code, nation from agencies where code = any($1)',
    [agencies],
  );
  return new Map(rows.map((r) => [r.code, r.nation]));
}

/** When the marking of each finding the caller may see last changed (store/marked-at.ts). */
export const findingsMarkedAt = (tx: Tx) =>
  markedAtById(tx, 'select id, marked_at from findings where marked_at is not null');

/** The findings the caller may see in the order of a TAXII collection: by their last change or marking change. */
export const FINDINGS_ADDED = addedRelation({
  from: 'from findings',
  at: 'greatest(updated_at, computed_at, marked_at)',
  key: ['id'],
  keyTypes: ['uuid'],
  id: { column: 'id', type: 'uuid' },
  toRecord: findingFromRow,
});
