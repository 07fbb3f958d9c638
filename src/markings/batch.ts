/**
 * Releasing many records in one act (issue 18, the web app's sharing workflow): the records selected in a queue, a
 * consignment, an entity or a search, released to more nations or agencies (or given one TLP), after a preview of
 * who reads each one now and would after, with a justification the audit keeps. Each record goes through the
 * single change (`changeMarking`: the owner only, derived records never widened, audited per record, what it
 * narrows derived from it narrowed); the batch is one transaction, so one refusal changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError, isAppError } from '../errors/app-error.ts';
import { recordReadsOf, type ReadRow } from '../audit/index.ts';
import { isWidening, Marking, Tlp, type MarkingChange } from '../shared/marking.ts';
import { markedRecord, refusalOf } from './preview.ts';
import type { RecordKey } from './repository.ts';
import { readersOf } from './releases.repository.ts';
import { changeMarking } from './service.ts';

/** At most this many records in one batch: one transaction, one request, one preview table. */
export const BATCH_MAX = 500;

const BatchRecord = z.strictObject({
  table: z.string().regex(/^[a-z_]{1,63}$/),
  id: z.string().min(1).max(200),
});

export const BatchRelease = z.strictObject({
  records: z.array(BatchRecord).min(1).max(BATCH_MAX).describe(`The records, at most ${BATCH_MAX}`),
  tlp: Tlp.optional().describe('The TLP every record gets; without it each keeps its own'),
  releaseTo: Marking.shape.releasableTo
    .max(50)
    .default([])
    .describe('Nations added to every record’s releasability (none is removed)'),
  recipients: Marking.shape.recipients
    .max(100)
    .default([])
    .describe('Agencies added to every record’s named recipients (a recipient also needs its nation)'),
});
export type BatchRelease = z.infer<typeof BatchRelease>;

export const BatchReleaseBody = BatchRelease.extend({
  justification: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .describe('Why these records are released; the audit keeps it'),
});
export type BatchReleaseBody = z.infer<typeof BatchReleaseBody>;

const BatchRefusal = z.enum([
  'NOT_FOUND',
  'NOT_A_MARKED_TABLE',
  'FORBIDDEN',
  'MARKING_WIDENING_FORBIDDEN',
  'DERIVED_MARKING_WIDENING',
]);

export const BatchPreview = z.object({
  accepted: z.boolean().describe('Whether the batch would be accepted: no record is refused'),
  agencies: z
    .array(z.object({ agency: z.string(), nation: z.string() }))
    .describe('Every agency, by nation then code'),
  records: z.array(
    z.object({
      table: z.string(),
      id: z.string(),
      refusal: BatchRefusal.nullable().describe('Why this record would be refused, or null'),
      before: Marking.nullable().describe('Null when the record is not found (or not yours to see)'),
      after: Marking.nullable().describe('The marking as it would be stored'),
      derived: z.boolean(),
      widening: z.boolean(),
      unchanged: z.boolean().describe('The change leaves the marking as it is (skipped)'),
      readersBefore: z.array(z.string()).describe('Agencies that may read it now, by the marking rule'),
      readersAfter: z.array(z.string()).describe('Agencies that could read it after, by the marking rule'),
    }),
  ),
});
export type BatchPreview = z.infer<typeof BatchPreview>;

export const BatchResult = z.object({
  batchId: z.string().uuid(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  records: z.array(z.object({ table: z.string(), id: z.string(), marking: Marking })),
});
export type BatchResult = z.infer<typeof BatchResult>;

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

/** A record's marking after the release: its own, with the nations and recipients added and the TLP given. */
function releaseOf(before: Marking, change: BatchRelease): Marking {
  return {
    ownerAgency: before.ownerAgency,
    tlp: change.tlp ?? before.tlp,
    releasableTo: sorted([...before.releasableTo, ...change.releaseTo]),
    recipients: sorted([...before.recipients, ...change.recipients]),
  };
}

const same = (a: MarkingChange, b: MarkingChange) =>
  a.tlp === b.tlp &&
  sorted(a.releasableTo).join() === sorted(b.releasableTo).join() &&
  sorted(a.recipients).join() === sorted(b.recipients).join();

/** The records named once each, in the order given. */
function distinct(records: BatchRelease['records']): BatchRelease['records'] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = `${r.table}\u0000${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Refusal = z.infer<typeof BatchRefusal>;
const UNSEEN: ReadonlySet<string> = new Set(['NOT_FOUND', 'NOT_A_MARKED_TABLE']);

export async function previewBatch(tx: Tx, actor: Actor, change: BatchRelease): Promise<BatchPreview> {
  const keys = new Map<string, RecordKey | null>();
  const found: {
    table: string;
    id: string;
    refusal: Refusal | null;
    derived: boolean;
    marking: { before: Marking; after: Marking } | null;
  }[] = [];
  for (const { table, id } of distinct(change.records)) {
    try {
      const { key, before } = await markedRecord(tx, table, id, keys);
      const after = releaseOf(before, change);
      found.push({
        table,
        id,
        refusal: refusalOf(key, before, actor, after),
        derived: key.derived,
        marking: { before, after },
      });
    } catch (e) {
      // A record the caller may not see answers as one that does not exist: it learns nothing.
      if (!isAppError(e) || !UNSEEN.has(e.code)) throw e;
      found.push({ table, id, refusal: e.code as Refusal, derived: false, marking: null });
    }
  }
  const seen = found.flatMap((f) => (f.marking ? [f.marking] : []));
  const { agencies, readers } = await readersOf(tx, seen);
  const reads: Record<string, ReadRow[]> = {};
  for (const f of found) if (f.marking) (reads[f.table] ??= []).push({ id: f.id, marking: f.marking.before });
  await recordReadsOf(tx, actor, reads);
  let next = 0;
  return {
    accepted: found.every((f) => f.refusal === null),
    agencies,
    records: found.map((f) => {
      const r = f.marking ? readers[next++]! : { before: [], after: [] };
      return {
        table: f.table,
        id: f.id,
        refusal: f.refusal,
        before: f.marking?.before ?? null,
        after: f.marking?.after ?? null,
        derived: f.derived,
        widening: f.marking ? isWidening(f.marking.before, f.marking.after) : false,
        unchanged: f.marking ? same(f.marking.before, f.marking.after) : false,
        readersBefore: r.before,
        readersAfter: r.after,
      };
    }),
  };
}

/**
 * Applies the release to every record in the caller's transaction: the first refusal throws, naming the record
 * (`field` records.N, `detail` table/id), and the transaction rolls back — nothing is changed.
 */
export async function releaseBatch(tx: Tx, actor: Actor, body: BatchReleaseBody): Promise<BatchResult> {
  const batchId = randomUUID();
  const keys = new Map<string, RecordKey | null>();
  const records: BatchResult['records'] = [];
  let unchanged = 0;
  for (const { table, id } of distinct(body.records)) {
    try {
      const { before } = await markedRecord(tx, table, id, keys);
      const after = releaseOf(before, body);
      if (same(before, after)) {
        unchanged++;
        continue;
      }
      const { ownerAgency: _, ...change } = after;
      records.push({
        table,
        id,
        marking: await changeMarking(tx, actor, table, id, change, body.justification, batchId),
      });
    } catch (e) {
      if (!isAppError(e)) throw e;
      const index = body.records.findIndex((r) => r.table === table && r.id === id);
      throw new AppError(e.code, {
        field: `records.${index}`,
        detail: `${table}/${id}${e.details.detail ? `: ${e.details.detail}` : ''}`,
      });
    }
  }
  return { batchId, changed: records.length, unchanged, records };
}
