/**
 * `centinela export stix`: the bundle of exactly what the acting user may see. Every record is read as the user,
 * in one transaction under row-level security (the noninterference rule: nothing in the bundle derives from a
 * record the user may not read), and the reads are recorded in the audit trail like any other.
 */
import { recordReadsOf, type ReadRow } from '../audit/index.ts';
import { findingsMarkedAt, listFindings } from '../custody/index.ts';
import { listAgencies } from '../identity/index.ts';
import {
  fieldReportsMarkedAt,
  incidentsMarkedAt,
  listFieldReports,
  listIncidents,
} from '../incidents/index.ts';
import { listReports, reportsMarkedAt } from '../reports/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { buildEntries } from './bundle.ts';
import { listReceived } from './received.repository.ts';
import type { StixBundle } from './stix.ts';

const PAGE = 5_000;

/** Every page of a list read in pages of PAGE. */
async function all<T>(page: (limit: number, offset: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const next = await page(PAGE, offset);
    rows.push(...next);
    if (next.length < PAGE) return rows;
  }
}

const reads = (rows: readonly { id: string; marking: ReadRow['marking'] }[]): ReadRow[] =>
  rows.map((r) => ({ id: r.id, marking: r.marking }));

export async function exportBundle(db: Database, actor: Actor): Promise<StixBundle> {
  return (await exportEntries(db, actor)).bundle;
}

/** The same, with each object's TAXII `date_added` (bundle.ts `buildEntries`) and the ids of the received objects in it. */
export async function exportEntries(
  db: Database,
  actor: Actor,
): Promise<{ bundle: StixBundle; dateAdded: Map<string, string>; received: ReadonlySet<string> }> {
  return db.asUser(actor, async (tx) => {
    const reports = await all((limit, offset) => listReports(tx, limit, offset));
    const incidents = await all((limit, offset) => listIncidents(tx, { limit, offset }));
    const fieldReports = await all((limit, offset) => listFieldReports(tx, { limit, offset }));
    const findings = await all(async (limit, offset) => (await listFindings(tx, { limit, offset })).findings);
    const received = await listReceived(tx);
    const agencies = await listAgencies(tx);
    // when each record's marking last changed, keyed `table:id` (bundle.ts: the record is added again then)
    const markedAt = new Map<string, string>();
    for (const [table, read] of [
      ['reports', reportsMarkedAt],
      ['incidents', incidentsMarkedAt],
      ['field_reports', fieldReportsMarkedAt],
      ['findings', findingsMarkedAt],
    ] as const)
      for (const [id, at] of await read(tx)) markedAt.set(`${table}:${id}`, at);
    await recordReadsOf(tx, actor, {
      reports: reads(reports),
      incidents: reads(incidents),
      field_reports: reads(fieldReports),
      findings: reads(findings),
      stix_objects: received.map((r) => ({ id: r.object.id, marking: r.marking })),
    });
    const entries = buildEntries(
      { reports, incidents, fieldReports, findings, received, agencies, markedAt },
      actor,
    );
    return { ...entries, received: new Set(received.map((r) => r.object.id)) };
  });
}
