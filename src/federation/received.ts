/**
 * What this instance received, as its users see it (issue 18, the web's shared view), and the receiver narrowing
 * its own copy. A received object is owned by its originating agency, so no one here may change its marking through
 * `PUT /api/markings` (the update policy: the owner only). The agency that received it — the agency of the user
 * whose import or sync stored it — may **narrow** its copy, never widen it: the check runs as the caller under
 * row-level security, the narrowing as the schema owner in the same transaction (object and record together), and
 * the narrower marking stays a ceiling for newer versions of the object (0739, import.ts).
 */
import { z } from 'zod';
import { recordAudit, recordReads } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { markReceivedRecord } from '../incidents/index.ts';
import { markReceivedReport } from '../reports/index.ts';
import type { Actor } from '../shared/actor.ts';
import { canSee, Marking, MarkingChange, TLP_LEVELS } from '../shared/marking.ts';
import { listAgencies } from '../identity/index.ts';
import type { Database, Tx } from '../store/database.ts';
import { findReceived, narrowReceivedObject, type ReceivedRecord } from './received.repository.ts';

/** Where a received object came from: how and from which peer for everyone, the address to administrators (0742). */
export const ReceivedFrom = z.object({
  via: z
    .enum(['pull', 'push', 'file'])
    .describe('Pulled by a sync, pushed by a peer (the TAXII inbox), or imported from a file'),
  peer: z.string().nullable().describe('The registered peer it came from, when one matches'),
  source: z
    .string()
    .nullable()
    .describe(
      'Where it came from (a collection URL, or push:<the peer account>): administrators only, null for everyone else and for a file import',
    ),
});

export const ReceivedView = z.object({
  stixId: z.string(),
  type: z.string().describe('The STIX type'),
  recordTable: z.enum(['reports', 'incidents', 'field_reports']).nullable(),
  recordId: z.string().nullable().describe('The record it also became here, if any'),
  ...ReceivedFrom.shape,
  dateAdded: z.string(),
  receivedBy: z.string().nullable().describe('The agency that received it: whose copy it is'),
  marking: Marking,
  narrowed: MarkingChange.nullable().describe('How the receiver narrowed its copy, if it did'),
  mayNarrow: z.boolean().describe('Whether the caller’s agency may narrow this copy'),
});
export type ReceivedView = z.infer<typeof ReceivedView>;

export const NarrowBody = MarkingChange.extend({
  justification: z.string().trim().max(1000).optional().describe('Why; the audit keeps it'),
}).strict();

const view = (found: ReceivedRecord, actor: Actor): ReceivedView => ({
  ...found,
  mayNarrow: found.receivedBy === actor.agency,
});

/** One received object or record the caller may see (else NOT_FOUND), audited as a read. */
export async function receivedOf(tx: Tx, actor: Actor, id: string): Promise<ReceivedView> {
  const found = await findReceived(tx, id);
  if (!found) throw new AppError('NOT_FOUND');
  await recordReads(tx, actor, 'stix_objects', [{ id: found.stixId, marking: found.marking }]);
  return view(found, actor);
}

export async function narrowReceived(
  db: Database,
  actor: Actor,
  id: string,
  body: z.infer<typeof NarrowBody>,
): Promise<ReceivedView> {
  const { justification, ...change } = body;
  return db.asUserThenOwner(
    actor,
    async (tx) => {
      const found = await findReceived(tx, id);
      if (!found) throw new AppError('NOT_FOUND');
      if (found.receivedBy !== actor.agency)
        throw new AppError('FORBIDDEN', { detail: 'only the agency that received it narrows its copy' });
      // Narrower: no lower TLP, no nation added, and no agency reads it after that does not read it now
      // (recipients matter only above amber: green to red naming US-DEA narrows, though it names a recipient).
      const after = { ownerAgency: found.marking.ownerAgency, ...change };
      const reads = (a: { code: string; nation: string }, m: Marking) =>
        canSee({ agency: a.code, nation: a.nation }, m);
      const agencies = await listAgencies(tx);
      if (
        TLP_LEVELS.indexOf(change.tlp) < TLP_LEVELS.indexOf(found.marking.tlp) ||
        change.releasableTo.some((n) => !found.marking.releasableTo.includes(n)) ||
        agencies.some((a) => reads(a, after) && !reads(a, found.marking))
      )
        throw new AppError('MARKING_WIDENING_FORBIDDEN', { detail: 'a receiver only narrows its copy' });
      if (!canSee(actor, after))
        throw new AppError('VALIDATION_FAILED', {
          field: 'releasableTo',
          detail: 'the narrower marking would hide the record from your own agency',
        });
      return found;
    },
    async (tx, found) => {
      const after = await narrowReceivedObject(tx, found.stixId, change, actor.userId);
      if (!after) throw new AppError('NOT_FOUND');
      const stored = { tlp: after.tlp, releasableTo: after.releasableTo, recipients: after.recipients };
      if (found.recordId && found.recordTable === 'reports')
        await markReceivedReport(tx, found.recordId, stored);
      else if (found.recordId && (found.recordTable === 'incidents' || found.recordTable === 'field_reports'))
        await markReceivedRecord(tx, found.recordTable, found.recordId, stored);
      // audited after the narrowing, so the entry is marked no wider than the copy now is
      await recordAudit(tx, actor, {
        action: 'narrow_received',
        table: 'stix_objects',
        ids: [found.stixId],
        detail: {
          before: found.marking,
          after,
          ...(found.recordId ? { record: `${found.recordTable}/${found.recordId}` } : {}),
          ...(justification ? { justification } : {}),
        },
      });
      return view({ ...found, marking: after, narrowed: stored }, actor);
    },
  );
}
