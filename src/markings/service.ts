import type { Tx } from '../store/database.ts';
import type { Actor } from '../identity/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit.ts';
import { isWidening, type Marking, type MarkingChange } from './marking.ts';
import { narrowedDerived, recordKey, readMarking, resetNarrowedDerived, writeMarking } from './repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
): Promise<Marking> {
  const key = await recordKey(tx, table);
  if (!key) throw new AppError('NOT_A_MARKED_TABLE', { field: 'table' });
  // An id that cannot be a key of this table names no record (rather than failing the cast in SQL).
  if (key.type === 'uuid' && !UUID.test(id)) throw new AppError('NOT_FOUND');
  const before = await readMarking(tx, table, key, id);
  if (!before) throw new AppError('NOT_FOUND');
  if (before.ownerAgency !== actor.agency) {
    throw new AppError(isWidening(before, change) ? 'MARKING_WIDENING_FORBIDDEN' : 'FORBIDDEN', {
      detail: 'only the owner agency changes a record; make your own copy to narrow it',
    });
  }
  // A derived record (a finding, a stored track) is no wider than the inputs it was derived from, and the
  // analysis derives it for the agencies that see those inputs: it may be narrowed, with a justification the
  // audit keeps, never widened (docs/SHARING.md "No widening past the inputs").
  if (key.derived && isWidening(before, change)) throw new AppError('DERIVED_MARKING_WIDENING');
  if (key.derived && !justification?.trim())
    throw new AppError('DERIVED_MARKING_JUSTIFICATION_REQUIRED', { field: 'justification' });
  await resetNarrowedDerived(tx);
  const after = await writeMarking(tx, table, key, id, change);
  if (!after) throw new AppError('NOT_FOUND');
  await recordAudit(tx, actor, {
    action: 'change_marking',
    table,
    ids: [id],
    detail: {
      before,
      after,
      widened: isWidening(before, after),
      narrowedDerived: await narrowedDerived(tx),
      ...(justification?.trim() ? { justification: justification.trim() } : {}),
    },
  });
  return after;
}
