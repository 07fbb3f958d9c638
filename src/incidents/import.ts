/**
 * The imports of incidents and field reports (CLI and API): a CSV read with the one CSV reader, each row
 * validated (row errors from the closed catalogue, by line and field), placed (`place.ts`), and the good rows
 * stored in one transaction with one audit entry, under the importer's marking. Idempotent by the source's id:
 * a re-import stores nothing new, a changed row is updated. A row with an error is never written, in part or whole.
 */
import type { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { parseCsvRows, type ParsedRows } from '../csv/rows.ts';
import type { ImportSummary as CsvImportSummary } from '../csv/table.ts';
import { AppError } from '../errors/app-error.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import { importMarking, type Marking } from '../shared/marking.ts';
import { fieldError } from '../shared/row-errors.ts';
import type { Database, Tx } from '../store/database.ts';
import { FIELD_REPORT_COLUMNS, FieldReportRow, INCIDENT_COLUMNS, IncidentRow } from './model.ts';
import { placeRows, type Placed } from './place.ts';
import { upsertFieldReports, upsertIncidents, type Upserted } from './repository.ts';

/** What an import did: rows read, new records, records updated, rows identical to what was stored, rejected rows. */
export interface ImportSummary extends CsvImportSummary {
  updated: number;
  unchanged: number;
}

interface Kind<Row extends { lat: number | null; lon: number | null; place: string | null }> {
  table: 'incidents' | 'field_reports';
  what: string;
  schema: z.ZodType<Row>;
  columns: readonly string[];
  idColumn: keyof Row & string;
  store: (tx: Tx, rows: (Row & Placed)[], marking: Marking, importedBy: string) => Promise<Upserted>;
}

/** Rows that repeat an id of an earlier row of the file: rejected, the first one stands. */
function rejectRepeats<Row>(parsed: ParsedRows<Row>, idColumn: keyof Row & string): void {
  const first = new Map<unknown, number>();
  parsed.rows = parsed.rows.filter(({ line, value }) => {
    const id = value[idColumn];
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, line);
      return true;
    }
    parsed.errors.push({
      line,
      errors: [fieldError(idColumn, 'DUPLICATE_ID', { field: idColumn, line: seen })],
    });
    return false;
  });
}

async function importRows<Row extends { lat: number | null; lon: number | null; place: string | null }>(
  db: Database,
  actor: Actor,
  csv: string,
  kind: Kind<Row>,
  marking: Marking,
): Promise<ImportSummary> {
  if (!hasRole(actor, 'analyst', 'commander', 'admin'))
    throw new AppError('FORBIDDEN', { detail: `analysts import ${kind.what}` });
  const parsed = await parseCsvRows(csv, kind.schema, kind.columns, kind.what);
  rejectRepeats(parsed, kind.idColumn);
  const stored = await db.asUser(actor, async (tx) => {
    const places = await placeRows(
      tx,
      parsed.rows.map((r) => r.value),
    );
    const placed: (Row & Placed)[] = [];
    parsed.rows.forEach(({ line, value }, i) => {
      const place = places[i];
      if (place) placed.push({ ...value, ...place });
      else
        parsed.errors.push({
          line,
          errors: [fieldError('place', 'PLACE_UNKNOWN', { value: value.place ?? '' })],
        });
    });
    const done = await kind.store(tx, placed, marking, actor.userId);
    await recordAudit(tx, actor, {
      action: 'import',
      table: kind.table,
      ids: [...done.inserted, ...done.updated],
      detail: { rejected: parsed.errors.length, updated: done.updated.length },
    });
    return { done, accepted: placed.length };
  });
  const errors = parsed.errors.sort((a, b) => a.line - b.line);
  return {
    rows: stored.accepted + errors.length,
    imported: stored.done.inserted.length,
    updated: stored.done.updated.length,
    unchanged: stored.accepted - stored.done.inserted.length - stored.done.updated.length,
    rejected: errors.length,
    errors,
  };
}

export function importIncidents(
  db: Database,
  actor: Actor,
  csv: string,
  marking: Marking = importMarking(actor),
): Promise<ImportSummary> {
  return importRows(
    db,
    actor,
    csv,
    {
      table: 'incidents',
      what: 'incidents',
      schema: IncidentRow,
      columns: INCIDENT_COLUMNS,
      idColumn: 'incident_id',
      store: upsertIncidents,
    },
    marking,
  );
}

export function importFieldReports(
  db: Database,
  actor: Actor,
  csv: string,
  marking: Marking = importMarking(actor),
): Promise<ImportSummary> {
  return importRows(
    db,
    actor,
    csv,
    {
      table: 'field_reports',
      what: 'field reports',
      schema: FieldReportRow,
      columns: FIELD_REPORT_COLUMNS,
      idColumn: 'report_id',
      store: upsertFieldReports,
    },
    marking,
  );
}
