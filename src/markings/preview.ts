/**
 * What a marking change would do, before it is made (issue 11, "No widening past the inputs"): whether the
 * server would accept it (and why not), whether it needs a justification, and which agencies — by nation —
 * may read the record now and would after, by the database's rule (`centinela_visible_for`, the rule the
 * policies apply). For a derived record (a finding, a stored track) the rule is a ceiling: it is read only by
 * the agencies of its visibility class, which the preview does not name — who else sees exactly the same
 * inputs depends on records the caller may not see. The preview reads the record's marking, so it is
 * audited as a read like the record itself.
 */
import { z } from 'zod';
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordReads } from '../audit/index.ts';
import { isWidening, Marking, type MarkingChange } from '../shared/marking.ts';
import { readMarking, recordKey, type RecordKey } from './repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MarkingPreview = z.object({
  before: Marking,
  after: Marking.describe('The marking as it would be stored (the owner’s nation is always releasable)'),
  derived: z.boolean().describe('A derived record: read only by the agencies that see its inputs'),
  widening: z.boolean(),
  refusal: z
    .enum(['FORBIDDEN', 'MARKING_WIDENING_FORBIDDEN', 'DERIVED_MARKING_WIDENING'])
    .nullable()
    .describe('The error the change would be refused with, or null'),
  justificationRequired: z.boolean(),
  agencies: z
    .array(
      z.object({
        agency: z.string(),
        nation: z.string(),
        before: z.boolean().describe('May read it now, by the marking rule'),
        after: z.boolean().describe('Could read it after the change, by the marking rule'),
      }),
    )
    .describe('Every agency, by nation then code'),
});
export type MarkingPreview = z.infer<typeof MarkingPreview>;

/** Why a change of `before` by `actor` would be refused, or null; shared with changeMarking. */
export function refusalOf(
  key: RecordKey,
  before: Marking,
  actor: Actor,
  change: MarkingChange,
): MarkingPreview['refusal'] {
  if (before.ownerAgency !== actor.agency)
    return isWidening(before, change) ? 'MARKING_WIDENING_FORBIDDEN' : 'FORBIDDEN';
  if (key.derived && isWidening(before, change)) return 'DERIVED_MARKING_WIDENING';
  return null;
}

/** The record's key and marking, or the error a change of it answers with (it learns nothing it may not see). */
export async function markedRecord(
  tx: Tx,
  table: string,
  id: string,
  keys?: Map<string, RecordKey | null>,
): Promise<{ key: RecordKey; before: Marking }> {
  // A batch names many records of few tables: their keys are read once per table.
  let key = keys?.get(table);
  if (key === undefined) {
    key = await recordKey(tx, table);
    keys?.set(table, key);
  }
  if (!key) throw new AppError('NOT_A_MARKED_TABLE', { field: 'table' });
  // An id that cannot be a key of this table names no record (rather than failing the cast in SQL).
  if (key.type === 'uuid' && !UUID.test(id)) throw new AppError('NOT_FOUND');
  const before = await readMarking(tx, table, key, id);
  if (!before) throw new AppError('NOT_FOUND');
  return { key, before };
}

export async function previewMarking(
  tx: Tx,
  actor: Actor,
  table: string,
  id: string,
  change: MarkingChange,
): Promise<MarkingPreview> {
  const { key, before } = await markedRecord(tx, table, id);
  const { rows } = await tx.query<{ agency: string; nation: string; before: boolean; after: boolean }>(
    `select a.code as agency, a.nation,
       centinela_visible_for(a.code, a.nation, $1, $2::tlp, $3, $4) as before,
       centinela_visible_for(a.code, a.nation, $1, $5::tlp,
         array(select distinct n from unnest($6::text[] || o.nation) n order by n), $7) as after
     from agencies a cross join (select nation from agencies where code = $1) o
     order by a.nation, a.code`,
    [
      before.ownerAgency,
      before.tlp,
      before.releasableTo,
      before.recipients,
      change.tlp,
      change.releasableTo,
      change.recipients,
    ],
  );
  const ownerNation = rows.find((r) => r.agency === before.ownerAgency)?.nation;
  const after: Marking = {
    ownerAgency: before.ownerAgency,
    tlp: change.tlp,
    releasableTo: [...new Set([...change.releasableTo, ...(ownerNation ? [ownerNation] : [])])].sort(),
    recipients: [...new Set(change.recipients)].sort(),
  };
  const refusal = refusalOf(key, before, actor, change);
  await recordReads(tx, actor, table, [{ id, marking: before }]);
  return {
    before,
    after,
    derived: key.derived,
    widening: isWidening(before, after),
    refusal,
    justificationRequired: key.derived,
    agencies: rows,
  };
}
