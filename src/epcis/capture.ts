/**
 * EPCIS capture: a document is validated against the GS1 schema, normalised, and stored whole or
 * not at all (one transaction), skipping events already stored (idempotent by event id).
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { eventsOf, normaliseEvent } from './normalise.ts';
import { insertCaptureJob, insertNewEvents } from './repository.ts';
import { validateEpcisDocument, type EpcisValidationError } from './validate.ts';

/** Events per COPY round trip: bounds the memory of one CSV chunk without costing throughput. */
const COPY_CHUNK = 20_000;

export interface CaptureResult {
  captureId: string;
  eventCount: number;
  storedCount: number;
  /** Bills of lading and container numbers of the stored events: the consignments to re-analyse. */
  touched: { bols: string[]; containers: string[] };
}

function describeValidationErrors(errors: readonly EpcisValidationError[]): string {
  return errors
    .slice(0, 20)
    .map(
      (e) =>
        `${e.eventIndex === null ? 'document' : `event ${e.eventIndex}${e.eventId ? ` (${e.eventId})` : ''}`} ${e.field}: ${e.message}`,
    )
    .join('; ');
}

/** Throws EPCIS_INVALID_DOCUMENT naming the first offending event and field (all of them in detail). */
function assertValidDocument(doc: unknown): asserts doc is Record<string, unknown> {
  const result = validateEpcisDocument(doc);
  if (result.ok) return;
  const first = result.errors[0]!;
  const field = first.eventIndex === null ? first.field : `eventList/${first.eventIndex}/${first.field}`;
  throw new AppError('EPCIS_INVALID_DOCUMENT', { field, detail: describeValidationErrors(result.errors) });
}

export async function captureDocument(
  db: Database,
  actor: Actor,
  doc: unknown,
  options: { captureId?: string; now?: () => Date; marking?: Marking } = {},
): Promise<CaptureResult> {
  assertValidDocument(doc);
  const recordTime = (options.now?.() ?? new Date()).toISOString();
  const captureId = options.captureId ?? randomUUID();
  const events = eventsOf(doc).map(normaliseEvent);
  const stamp = {
    captureId,
    ownerAgency: actor.agency,
    reportedBy: actor.userId,
    recordTime,
    marking: options.marking,
  };
  return db.asUser(actor, async (tx) => {
    const stored = [];
    for (let start = 0; start < events.length; start += COPY_CHUNK) {
      stored.push(...(await insertNewEvents(tx, events.slice(start, start + COPY_CHUNK), stamp)));
    }
    await insertCaptureJob(
      tx,
      {
        id: captureId,
        running: false,
        success: true,
        captureErrorBehaviour: 'rollback',
        eventCount: events.length,
        storedCount: stored.length,
        errors: [],
        createdAt: recordTime,
        finishedAt: new Date().toISOString(),
      },
      actor.agency,
      actor.userId,
    );
    await recordAudit(tx, actor, {
      action: 'import',
      table: 'epcis_events',
      ids: stored.map((s) => s.id),
      detail: { captureId, eventCount: events.length, storedCount: stored.length },
    });
    const bols = new Set<string>();
    const containers = new Set<string>();
    for (const s of stored) {
      if (s.bol) bols.add(s.bol);
      if (s.containerNo) containers.add(s.containerNo);
    }
    return {
      captureId,
      eventCount: events.length,
      storedCount: stored.length,
      touched: { bols: [...bols], containers: [...containers] },
    };
  });
}
