/**
 * The imports of incidents and field reports (CLI and API): a CSV read with the one CSV reader, each row
 * validated (row errors from the closed catalogue, by line and field), placed (`place.ts`), and the good rows
 * stored in one transaction with one audit entry, under the importer's marking. Idempotent by the source's id:
 * a re-import stores nothing new, a changed row is updated. A row with an error is never written, in part or whole.
 */
import type { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { fieldErrorsOf } from '../csv/row-issues.ts';
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

/** What every row has to be placed by. */
type Placeable = { lat: number | null; lon: number | null; place: string | null };

interface Kind<Row extends Placeable> {
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

/** The rows of a CSV file, validated: the good ones with their line, the others as row errors. */
async function parseFile<Row extends Placeable>(csv: string, kind: Kind<Row>): Promise<ParsedRows<Row>> {
  const parsed = await parseCsvRows(csv, kind.schema, kind.columns, kind.what);
  rejectRepeats(parsed, kind.idColumn);
  return parsed;
}

/**
 * One record given as its columns (the web form, `POST /api/incidents`): validated by the very schema of a CSV
 * row, as line 1 of a file, so that a record typed in a form and the same record in a file meet the same checks.
 */
function parseRecord<Row extends Placeable>(cells: Record<string, string>, kind: Kind<Row>): ParsedRows<Row> {
  const complete = Object.fromEntries(kind.columns.map((column) => [column, cells[column] ?? '']));
  const parsed = kind.schema.safeParse(complete);
  return parsed.success
    ? { rows: [{ line: 1, value: parsed.data }], errors: [] }
    : { rows: [], errors: [{ line: 1, errors: fieldErrorsOf(parsed.error, complete, true) }] };
}

async function storeRows<Row extends Placeable>(
  db: Database,
  actor: Actor,
  parsed: ParsedRows<Row>,
  kind: Kind<Row>,
  marking: Marking,
): Promise<ImportSummary> {
  if (!hasRole(actor, 'analyst', 'commander', 'admin'))
    throw new AppError('FORBIDDEN', { detail: `analysts import ${kind.what}` });
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

async function importRows<Row extends Placeable>(
  db: Database,
  actor: Actor,
  csv: string,
  kind: Kind<Row>,
  marking: Marking,
): Promise<ImportSummary> {
  return storeRows(db, actor, await parseFile(csv, kind), kind, marking);
}

/** What recording one record did: stored new, updated, or already stored as it is; its source id. */
export type RecordOutcome = 'imported' | 'updated' | 'unchanged';

/**
 * Records one incident or field report given as its columns: the import's validation, placing and upsert, for
 * one row. A row with errors is refused whole with every field's error (EVIDENCE_RECORD_INVALID).
 */
async function recordOne<Row extends Placeable>(
  db: Database,
  actor: Actor,
  cells: Record<string, string>,
  kind: Kind<Row>,
  marking: Marking,
): Promise<RecordOutcome> {
  const summary = await storeRows(db, actor, parseRecord(cells, kind), kind, marking);
  const problems = summary.errors.flatMap((entry) => entry.errors);
  const first = problems[0];
  if (first)
    throw new AppError('EVIDENCE_RECORD_INVALID', {
      field: first.field,
      row: 1,
      detail: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      fieldErrors: problems,
    });
  return summary.imported > 0 ? 'imported' : summary.updated > 0 ? 'updated' : 'unchanged';
}

const INCIDENTS: Kind<IncidentRow> = {
  table: 'incidents',
  what: 'incidents',
  schema: IncidentRow,
  columns: INCIDENT_COLUMNS,
  idColumn: 'incident_id',
  store: upsertIncidents,
};

const FIELD_REPORTS: Kind<FieldReportRow> = {
  table: 'field_reports',
  what: 'field reports',
  schema: FieldReportRow,
  columns: FIELD_REPORT_COLUMNS,
  idColumn: 'report_id',
  store: upsertFieldReports,
};

export function importIncidents(
  db: Database,
  actor: Actor,
  csv: string,
  marking: Marking = importMarking(actor),
): Promise<ImportSummary> {
  return importRows(db, actor, csv, INCIDENTS, marking);
}

export function importFieldReports(
  db: Database,
  actor: Actor,
  csv: string,
  marking: Marking = importMarking(actor),
): Promise<ImportSummary> {
  return importRows(db, actor, csv, FIELD_REPORTS, marking);
}

export function recordIncident(
  db: Database,
  actor: Actor,
  cells: Record<string, string>,
  marking: Marking = importMarking(actor),
): Promise<RecordOutcome> {
  return recordOne(db, actor, cells, INCIDENTS, marking);
}

export function recordFieldReport(
  db: Database,
  actor: Actor,
  cells: Record<string, string>,
  marking: Marking = importMarking(actor),
): Promise<RecordOutcome> {
  return recordOne(db, actor, cells, FIELD_REPORTS, marking);
}
