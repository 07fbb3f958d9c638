/**
 * The leads' use cases, each inside the caller's transaction (row-level security bound): compute the caller's
 * leads from the evidence it may read, show one with its evidence and history, record a decision or an outcome.
 * Reads are audited by the rows the returned leads cite.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit, recordReadsOf, type ReadRow } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import type { Tx } from '../store/database.ts';
import { evidenceKey, gatherEvidence, newestInstant, type Gathered } from './evidence.repository.ts';
import { fuseLeads } from './fusion.ts';
import { cellOfLeadId, LEAD_RESOLUTION, type EvidenceInput, type Lead } from './model.ts';
import {
  decisionsOf,
  insertDecision,
  insertOutcome,
  outcomesOf,
  type Decision,
  type DecisionAction,
  type Outcome,
  type OutcomeKind,
} from './outcomes.repository.ts';
import { centreOf } from './grid.ts';

interface Computed {
  /** The instant the leads stand at: the one asked for, else the newest evidence the caller reads. */
  asOf: Date | null;
  leads: Lead[];
  gathered: Gathered;
}

/** The caller's leads at `asOf`: the best `limit`, or the one of `cell` (explaining only those is the cost). */
async function compute(
  tx: Tx,
  asOf: Date | undefined,
  which: { limit: number } | { cell: string },
): Promise<Computed> {
  const gathered = await gatherEvidence(tx, asOf ?? null);
  const at = asOf ?? newestInstant(gathered.evidence);
  return { asOf: at, leads: at ? fuseLeads(gathered.evidence, { asOf: at, ...which }) : [], gathered };
}

/** Records one read entry naming the rows behind the leads shown, and the decisions shown. */
async function auditShown(
  tx: Tx,
  actor: Actor,
  gathered: Gathered,
  leads: readonly Lead[],
  decisions: readonly Decision[],
  outcomes: readonly Outcome[] = [],
): Promise<void> {
  const byTable: Record<string, ReadRow[]> = {};
  const seen = new Set<string>();
  for (const lead of leads)
    for (const cited of lead.evidence)
      for (const { table, row } of gathered.sources.get(evidenceKey(cited)) ?? []) {
        if (seen.has(`${table}:${row.id}`)) continue;
        seen.add(`${table}:${row.id}`);
        (byTable[table] ??= []).push(row);
      }
  if (decisions.length > 0) byTable.lead_decisions = decisions.map((d) => ({ id: d.id, marking: d.marking }));
  for (const o of outcomes)
    if (!seen.has(`lead_outcomes:${o.id}`))
      (byTable.lead_outcomes ??= []).push({ id: o.id, marking: o.marking });
  await recordReadsOf(tx, actor, byTable);
}

export type LeadWithDecision = Lead & { decision?: Decision };

export async function listLeads(
  tx: Tx,
  actor: Actor,
  query: { asOf?: Date | undefined; limit: number },
): Promise<{ asOf: string | null; resolution: number; items: LeadWithDecision[] }> {
  const { asOf, leads: shown, gathered } = await compute(tx, query.asOf, { limit: query.limit });
  const decisions = await decisionsOf(
    tx,
    shown.map((l) => l.leadId),
  );
  const latest = new Map<string, Decision>();
  for (const d of decisions) if (!latest.has(d.leadId)) latest.set(d.leadId, d);
  await auditShown(tx, actor, gathered, shown, [...latest.values()]);
  return {
    asOf: asOf?.toISOString() ?? null,
    resolution: LEAD_RESOLUTION,
    items: shown.map((lead) => {
      const decision = latest.get(lead.leadId);
      return decision ? { ...lead, decision } : lead;
    }),
  };
}

/** A cited piece with what the caller may read of it: when, where, and what it is. */
export interface EvidenceDetail {
  kind: EvidenceInput['kind'];
  id: string;
  weight: number;
  at: string;
  lat: number;
  lon: number;
  what: string;
}

function what(e: EvidenceInput): string {
  switch (e.kind) {
    case 'consignment':
      return e.status;
    case 'finding':
      return e.findingKind;
    case 'incident':
      return e.incidentKind;
    case 'field_report':
      return `${e.reliability}${e.credibility} ${e.sourceType}`;
    case 'outcome':
      return e.outcome;
  }
}

async function leadOf(
  tx: Tx,
  leadId: string,
  asOf: Date | undefined,
  code: 'LEAD_NOT_FOUND' | 'LEAD_MERGE_TARGET_NOT_FOUND',
) {
  const computed = await compute(tx, asOf, { cell: cellOfLeadId(leadId)! });
  const lead = computed.leads[0];
  if (!lead) throw new AppError(code, { field: code === 'LEAD_NOT_FOUND' ? 'leadId' : 'mergedInto' });
  return { ...computed, lead };
}

export async function showLead(tx: Tx, actor: Actor, leadId: string, asOf: Date | undefined) {
  const { asOf: at, lead, gathered } = await leadOf(tx, leadId, asOf, 'LEAD_NOT_FOUND');
  const pieces = new Map(gathered.evidence.map((e) => [evidenceKey(e), e]));
  const evidence: EvidenceDetail[] = lead.evidence.map((c) => {
    const e = pieces.get(evidenceKey(c))!;
    return { ...c, at: e.at.toISOString(), lat: e.lat, lon: e.lon, what: what(e) };
  });
  const decisions = await decisionsOf(tx, [leadId]);
  const outcomes = await outcomesOf(tx, leadId);
  await auditShown(tx, actor, gathered, [lead], decisions, outcomes);
  return {
    asOf: at!.toISOString(),
    resolution: LEAD_RESOLUTION,
    lead: { ...lead, evidence },
    decisions,
    outcomes: outcomes.map((o) => ({ ...o, observedAt: o.observedAt.toISOString() })),
  };
}

export async function decide(
  tx: Tx,
  actor: Actor,
  leadId: string,
  body: { action: DecisionAction; reason: string; mergedInto?: string | undefined; marking: Marking },
): Promise<Decision> {
  if ((body.action === 'merge') !== (body.mergedInto !== undefined) || body.mergedInto === leadId)
    throw new AppError('LEAD_MERGE_TARGET_REQUIRED', { field: 'mergedInto' });
  await leadOf(tx, leadId, undefined, 'LEAD_NOT_FOUND');
  if (body.mergedInto) await leadOf(tx, body.mergedInto, undefined, 'LEAD_MERGE_TARGET_NOT_FOUND');
  const decision = await insertDecision(tx, {
    id: randomUUID(),
    leadId,
    action: body.action,
    mergedInto: body.mergedInto ?? null,
    reason: body.reason,
    decidedBy: actor.userId,
    marking: body.marking,
  });
  await recordAudit(tx, actor, { action: 'create', table: 'lead_decisions', ids: [decision.id] });
  return decision;
}

export async function recordOutcome(
  tx: Tx,
  actor: Actor,
  leadId: string,
  body: { outcome: OutcomeKind; note: string; observedAt?: Date | undefined; marking: Marking },
) {
  await leadOf(tx, leadId, undefined, 'LEAD_NOT_FOUND');
  const outcome = await insertOutcome(tx, {
    id: randomUUID(),
    leadId,
    outcome: body.outcome,
    note: body.note,
    ...centreOf(cellOfLeadId(leadId)!),
    observedAt: body.observedAt ?? new Date(),
    recordedBy: actor.userId,
    marking: body.marking,
  });
  await recordAudit(tx, actor, { action: 'create', table: 'lead_outcomes', ids: [outcome.id] });
  return { ...outcome, observedAt: outcome.observedAt.toISOString() };
}
