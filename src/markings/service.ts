import type { Tx } from '../store/database.ts';
import type { Actor } from '../identity/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit.ts';
import { isWidening, type Marking, type MarkingChange } from './marking.ts';
import {
  markedTables,
  narrowedDerived,
  readMarking,
  resetNarrowedDerived,
  writeMarking,
} from './repository.ts';

/**
 * Changes the marking of one record. Only the owner agency may change a record at all (the update
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
): Promise<Marking> {
  if (!(await markedTables(tx)).includes(table)) throw new AppError('NOT_A_MARKED_TABLE', { field: 'table' });
  const before = await readMarking(tx, table, id);
  if (!before) throw new AppError('NOT_FOUND');
  if (before.ownerAgency !== actor.agency) {
    throw new AppError(isWidening(before, change) ? 'MARKING_WIDENING_FORBIDDEN' : 'FORBIDDEN', {
      detail: 'only the owner agency changes a record; make your own copy to narrow it',
    });
  }
  await resetNarrowedDerived(tx);
  const after = await writeMarking(tx, table, id, change);
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
    },
  });
  return after;
}
