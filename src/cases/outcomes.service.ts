/**
 * Recording what an operation found: the outcome itself, the incident it becomes (a seizure, a site dismantled, a
 * site searched with nothing found: src/incidents), and the outcome of each of the operation's leads (found or
 * nothing found: src/leads, which then weigh them as evidence). One transaction, one audit entry naming them.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import type { MarkingChange } from '../shared/marking.ts';
import type { OutcomeKind } from '../shared/cases.ts';
import type { IncidentKind } from '../shared/evidence.ts';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { upsertIncidents } from '../incidents/index.ts';
import { recordOutcome as recordLeadOutcome } from '../leads/index.ts';
import { membersForCaller, normaliseRfc } from '../resolution/index.ts';
import { markingUnder } from './service.ts';
import { visibleOperation } from './operations.service.ts';
import { insertOutcome } from './outcomes.repository.ts';

/** The incident an outcome becomes, and what it tells the leads. */
const BECOMES: Partial<Record<OutcomeKind, { incident: IncidentKind; lead: 'found' | 'nothing_found' }>> = {
  seizure: { incident: 'seizure', lead: 'found' },
  site_found: { incident: 'lab_dismantled', lead: 'found' },
  site_not_found: { incident: 'site_searched_negative', lead: 'nothing_found' },
};

export interface NewOutcome {
  kind: OutcomeKind;
  substance?: string | undefined;
  quantityKg?: number | undefined;
  place?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  entityId?: string | undefined;
  arrests?: number | undefined;
  note?: string | undefined;
  observedAt?: Date | undefined;
  marking?: Partial<MarkingChange> | undefined;
}

/**
 * The RFCs of the entity's records the caller sees, normalised: what links the outcome to the entity in every
 * reader's network (src/network/outcomes.ts). An entity the caller does not see cannot be named.
 */
async function rfcsOf(tx: Tx, entityId: string): Promise<string[]> {
  const members = await membersForCaller(tx, entityId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw new AppError('VALIDATION_FAILED', {
        field: 'entityId',
        detail: 'no such entity among those you may see',
      });
    throw error;
  });
  const rfcs = members.flatMap((m) => {
    const key = normaliseRfc(m.rfc).value;
    return key ? [key] : [];
  });
  return [...new Set(rfcs)].sort();
}

export async function recordOperationOutcome(tx: Tx, actor: Actor, operationId: string, body: NewOutcome) {
  const operation = await visibleOperation(tx, operationId);
  if (actor.nation !== operation.territory || !hasRole(actor, 'analyst', 'commander'))
    throw new AppError('OPERATION_HOST_REQUIRED');
  if (operation.status !== 'under_way' && operation.status !== 'concluded')
    throw new AppError('OPERATION_NOT_UNDER_WAY');
  const becomes = BECOMES[body.kind];
  if (becomes && (body.lat === undefined || body.lon === undefined))
    throw new AppError('VALIDATION_FAILED', {
      field: body.lat === undefined ? 'lat' : 'lon',
      detail: 'where it was',
    });
  if (body.kind === 'seizure' && (body.quantityKg === undefined || !body.substance))
    throw new AppError('VALIDATION_FAILED', {
      field: body.substance ? 'quantityKg' : 'substance',
      detail: 'a seizure names its substance and kilograms',
    });
  if (body.kind === 'entity_confirmed' && !body.entityId)
    throw new AppError('VALIDATION_FAILED', { field: 'entityId', detail: 'the entity confirmed' });
  const entityRfcs = body.entityId ? await rfcsOf(tx, body.entityId) : [];
  const id = randomUUID();
  const marking = markingUnder(actor, operation.marking, body.marking);
  const observedAt = body.observedAt ?? new Date();
  const note = body.note ?? '';

  let incidentId: string | null = null;
  if (becomes) {
    const stored = await upsertIncidents(
      tx,
      [
        {
          incident_id: `OP-${operationId.slice(0, 8)}-${id.slice(0, 8)}`,
          kind: becomes.incident,
          occurred_at: observedAt.toISOString(),
          lat: body.lat!,
          lon: body.lon!,
          placedBy: 'coordinates',
          place: body.place ?? null,
          substance_cas: null,
          substance_name: body.substance ?? null,
          quantity_kg: body.quantityKg ?? null,
          bill_of_lading: null,
          container_no: null,
          party_names: [],
          party_rfcs: [],
          narrative: note || `Outcome of operation ${operationId}: ${operation.objective}`,
        },
      ],
      marking,
      actor.userId,
    );
    incidentId = stored.inserted[0] ?? null;
  }

  const leadOutcomeIds: string[] = [];
  if (becomes)
    for (const leadId of operation.leadIds) {
      try {
        const fed = await recordLeadOutcome(tx, actor, leadId, {
          outcome: becomes.lead,
          note: note || `${body.kind}: operation ${operationId}`,
          observedAt,
          marking,
        });
        leadOutcomeIds.push(fed.id);
      } catch (error) {
        // a lead the evidence no longer places among the caller's: the incident above still speaks for the search
        if (!(error instanceof AppError && error.code === 'LEAD_NOT_FOUND')) throw error;
      }
    }

  const outcome = await insertOutcome(tx, {
    id,
    operationId,
    kind: body.kind,
    substance: body.substance ?? null,
    quantityKg: body.quantityKg ?? null,
    place: body.place ?? null,
    lat: body.lat ?? null,
    lon: body.lon ?? null,
    entityId: body.entityId ?? null,
    entityRfcs,
    arrests: body.arrests ?? null,
    note,
    observedAt: observedAt.toISOString(),
    incidentId,
    leadOutcomeIds,
    recordedBy: actor.userId,
    marking,
  });
  await recordAudit(tx, actor, {
    action: 'operation.outcome',
    table: 'operation_outcomes',
    ids: [outcome.id],
    detail: { operationId, kind: body.kind, incidentId, leadOutcomeIds, entityRfcs },
  });
  return outcome;
}
