/** SQL of stored findings and consignment analyses. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../markings/marking.ts';
import type { ConsignmentState, Finding, FindingKind, Severity } from './model.ts';

export interface MarkedFinding extends Finding {
  marking: Marking;
}

export interface StoredFinding extends MarkedFinding {
  id: string;
  computedAt: string;
}

/** Replaces the findings of the given consignments with the new ones (delete, then insert). */
export async function replaceFindings(
  tx: Tx,
  bols: readonly string[],
  findings: readonly MarkedFinding[],
): Promise<string[]> {
  await tx.query('delete from findings where bill_of_lading = any($1)', [bols]);
  if (findings.length === 0) return [];
  const records = findings.map((f) => ({
    id: randomUUID(),
    owner_agency: f.marking.ownerAgency,
    tlp: f.marking.tlp,
    releasable_to: f.marking.releasableTo,
    recipients: f.marking.recipients,
    bill_of_lading: f.billOfLading,
    kind: f.kind,
    severity: f.severity,
    evidence: f.evidence,
    explanation_en: f.explanation.en,
    explanation_es: f.explanation.es,
  }));
  const { rows } = await tx.query<{ id: string }>(
    `insert into findings (id, owner_agency, tlp, releasable_to, recipients, bill_of_lading, kind, severity, evidence,
       explanation_en, explanation_es, computed_at)
     select r.id, r.owner_agency, r.tlp::tlp, r.releasable_to, r.recipients, r.bill_of_lading, r.kind, r.severity,
       r.evidence, r.explanation_en, r.explanation_es, now()
     from jsonb_to_recordset($1::jsonb) as r(id uuid, owner_agency text, tlp text, releasable_to text[],
       recipients text[], bill_of_lading text, kind text, severity text, evidence text[], explanation_en text,
       explanation_es text)
     returning id`,
    [JSON.stringify(records)],
  );
  return rows.map((r) => r.id);
}

export async function markAnalysed(
  tx: Tx,
  states: readonly { bol: string; state: ConsignmentState }[],
): Promise<void> {
  if (states.length === 0) return;
  // One grouped scan of the batch's events (a correlated max() per consignment was 100× slower).
  await tx.query(
    `insert into consignment_analyses (bill_of_lading, state, analysed_at, newest_record_time)
     select r.bol, r.state, now(), m.newest
     from jsonb_to_recordset($1::jsonb) as r(bol text, state text)
     left join (select bol, max(record_time) as newest from epcis_events where bol = any($2) group by bol) m
       on m.bol = r.bol
     on conflict (bill_of_lading) do update set state = excluded.state, analysed_at = excluded.analysed_at,
       newest_record_time = excluded.newest_record_time`,
    [JSON.stringify(states), states.map((s) => s.bol)],
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
  computed_at: Date;
}

function findingFromRow(row: FindingDbRow): StoredFinding {
  return {
    id: row.id,
    billOfLading: row.bill_of_lading,
    kind: row.kind,
    severity: row.severity,
    evidence: row.evidence,
    explanation: { en: row.explanation_en, es: row.explanation_es },
    marking: markingFromRow(row),
    computedAt: new Date(row.computed_at).toISOString(),
  };
}

export interface FindingFilter {
  bol?: string | undefined;
  kind?: FindingKind | undefined;
  severity?: Severity | undefined;
  limit: number;
  offset: number;
}

export async function listFindings(tx: Tx, filter: FindingFilter): Promise<StoredFinding[]> {
  const { rows } = await tx.query<FindingDbRow>(
    `select * from findings
     where ($1::text is null or bill_of_lading = $1) and ($2::text is null or kind = $2)
       and ($3::text is null or severity = $3)
     order by bill_of_lading, kind, id limit $4 offset $5`,
    [filter.bol ?? null, filter.kind ?? null, filter.severity ?? null, filter.limit, filter.offset],
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
