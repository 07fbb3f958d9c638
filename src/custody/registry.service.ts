/** Imports and edits of the permit and locations registries: validated, audited, all or nothing per file. */
import { recordAudit } from '../audit/index.ts';
import { LOCATION_COLUMNS, PERMIT_COLUMNS } from './file-formats.ts';
import { AppError } from '../errors/app-error.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { parseCsvRows } from '../csv/rows.ts';
import type { ImportSummary } from '../csv/table.ts';
import type { Marking } from '../shared/marking.ts';
import { insertPermitChange } from './permit-history.repository.ts';
import { LocationRow, PermitRow } from './model.ts';
import { fieldError } from '../shared/row-errors.ts';
import {
  findPermit,
  updatePermit,
  upsertLocations,
  upsertPermits,
  type PermitChange,
  type StoredPermit,
} from './registry.repository.ts';

export type { ImportSummary } from '../csv/table.ts';

function summaryOf(
  parsed: { rows: unknown[]; errors: ImportSummary['errors'] },
  imported: number,
): ImportSummary {
  const errors = parsed.errors.sort((a, b) => a.line - b.line);
  return { rows: parsed.rows.length + errors.length, imported, rejected: errors.length, errors };
}

/** Rows that pass are stored in one transaction; rows that fail are reported by line and field. */
export async function importPermits(
  db: Database,
  actor: Actor,
  csv: string,
  marking?: Marking,
): Promise<ImportSummary> {
  if (!hasRole(actor, 'regulator', 'admin'))
    throw new AppError('FORBIDDEN', { detail: 'only the regulator maintains permits' });
  const parsed = await parseCsvRows(csv, PermitRow, [...PERMIT_COLUMNS], 'permits');
  const valid = parsed.rows.filter(({ line, value }) => {
    if (value.valid_from <= value.valid_to) return true;
    parsed.errors.push({ line, errors: [fieldError('valid_to', 'VALID_TO_BEFORE')] });
    return false;
  });
  const ids = await db.asUser(actor, async (tx) => {
    const stored = await upsertPermits(
      tx,
      valid.map((r) => r.value),
      actor.agency,
      actor.userId,
      marking,
    );
    await recordAudit(tx, actor, {
      action: 'import',
      table: 'permits',
      ids: stored,
      detail: { rejected: parsed.errors.length },
    });
    return stored;
  });
  return summaryOf(parsed, ids.length);
}

export async function importLocations(
  db: Database,
  actor: Actor,
  csv: string,
  marking?: Marking,
): Promise<ImportSummary> {
  if (hasRole(actor, 'advisor') && !hasRole(actor, 'analyst', 'regulator', 'admin')) {
    throw new AppError('FORBIDDEN', { detail: 'advisors do not maintain the locations registry' });
  }
  const parsed = await parseCsvRows(csv, LocationRow, LOCATION_COLUMNS.slice(0, 5), 'locations');
  const ids = await db.asUser(actor, async (tx) => {
    const stored = await upsertLocations(
      tx,
      parsed.rows.map((r) => r.value),
      actor.agency,
      marking,
    );
    await recordAudit(tx, actor, {
      action: 'import',
      table: 'locations',
      ids: stored,
      detail: { rejected: parsed.errors.length },
    });
    return stored;
  });
  return summaryOf(parsed, ids.length);
}

/**
 * The regulator edits a permit its agency owns; the change is audited with before and after, and kept in the
 * permit's history under the permit's marking (who, when, which fields).
 */
export async function editPermit(
  db: Database,
  actor: Actor,
  id: string,
  change: PermitChange,
): Promise<StoredPermit> {
  if (!hasRole(actor, 'regulator'))
    throw new AppError('FORBIDDEN', { detail: 'only the regulator edits permits' });
  if (change.validFrom > change.validTo)
    throw new AppError('VALIDATION_FAILED', { field: 'validTo', detail: 'before validFrom' });
  return db.asUser(actor, async (tx) => {
    const before = await findPermit(tx, id);
    if (!before) throw new AppError('NOT_FOUND', { field: 'id' });
    const after = await updatePermit(tx, id, change, actor.userId);
    if (!after) throw new AppError('FORBIDDEN', { detail: 'the permit belongs to another agency' });
    const values = (p: StoredPermit) => ({
      holderName: p.holderName,
      maxKgPerYear: p.maxKgPerYear,
      validFrom: p.validFrom,
      validTo: p.validTo,
      siteId: p.siteId,
    });
    await insertPermitChange(tx, {
      permit: id,
      marking: after.marking,
      changedBy: { userId: actor.userId, username: actor.username, nation: actor.nation },
      before: values(before),
      after: values(after),
    });
    await recordAudit(tx, actor, {
      action: 'update',
      table: 'permits',
      ids: [id],
      detail: { before: { ...before, marking: undefined }, after: { ...after, marking: undefined } },
    });
    return after;
  });
}
