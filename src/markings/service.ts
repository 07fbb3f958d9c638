import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/index.ts';
import { isWidening, type Marking, type MarkingChange } from '../shared/marking.ts';
import { narrowedDerived, resetNarrowedDerived, writeMarking } from './repository.ts';
import { markedRecord, refusalOf } from './preview.ts';
import { insertRelease } from './releases.repository.ts';

/**
 * Changes the marking of one record (named by its table's primary key: an id, or a bill of lading). Only the owner agency may change a record at all (the update
 * policy), so only the owner may widen; the check here turns the database's refusal into a clear
 * error. Every change is audited with its before and after, and with how many records derived from
 * this one the database narrowed with it (per table; docs/SHARING.md "Derived records").
 */
export async function changeMarking(
  tx: Tx,
  actor: Actor,
  table: string,
  id: string,
  change: MarkingChange,
  justification?: string,
  batchId?: string,
): Promise<Marking> {
  const { key, before } = await markedRecord(tx, table, id);
  // Only the owner agency changes a record; a derived record (a finding, a stored track) is no wider than the
  // inputs it was derived from, and the analysis derives it for the agencies that see those inputs: it may be
  // narrowed, with a justification the audit keeps, never widened (docs/SHARING.md "No widening past the inputs").
  const refusal = refusalOf(key, before, actor, change);
  if (refusal === 'FORBIDDEN' || refusal === 'MARKING_WIDENING_FORBIDDEN')
    throw new AppError(refusal, {
      detail: 'only the owner agency changes a record; make your own copy to narrow it',
    });
  if (refusal) throw new AppError(refusal);
  if (key.derived && !justification?.trim())
    throw new AppError('DERIVED_MARKING_JUSTIFICATION_REQUIRED', { field: 'justification' });
  await resetNarrowedDerived(tx);
  const after = await writeMarking(tx, table, key, id, change);
  if (!after) throw new AppError('NOT_FOUND');
  const widened = isWidening(before, after);
  // The agency's own register of what it released (the web's shared view): the trail is the auditors' alone.
  if (widened)
    await insertRelease(tx, {
      table,
      recordId: id,
      batchId: batchId ?? null,
      userId: actor.userId,
      before,
      after,
      justification: justification?.trim() || null,
    });
  await recordAudit(tx, actor, {
    action: 'change_marking',
    table,
    ids: [id],
    detail: {
      before,
      after,
      widened,
      ...(batchId ? { batch: batchId } : {}),
      narrowedDerived: await narrowedDerived(tx),
      ...(justification?.trim() ? { justification: justification.trim() } : {}),
    },
  });
  return after;
}
