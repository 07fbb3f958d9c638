/**
 * What other capabilities read of the declarations capability's tables, so that only this folder's SQL names
 * `declarations` and `declaration_lines` (eslint/table-owners.js). Two kinds of read:
 *
 * - read functions (one statement each, set-based) for what a caller takes whole: a bill of lading's screened
 *   lines, the parties of every line, a line's bill of lading;
 * - the lines relation as a SQL fragment (`LINES`, aliased `l`, with the input columns custody's analysis
 *   reads), for statements that join lines with the caller's own tables and must stay one statement (the
 *   consignment list, tracks, the analysis inputs): the fragment is this capability's contract, so every reader
 *   is found by its name and the table may change behind it.
 */
import { prepared, type Tx } from '../store/database.ts';
import type { MarkingRow } from '../shared/marking.ts';

/** The lines relation, aliased `l`, under the caller's row-level security. */
export const LINES = 'declaration_lines l';

/**
 * The columns of a line that custody's analysis reads (`select ${LINE_INPUT_COLUMNS} from ${LINES}`): the date
 * and port are copied onto each line (migrations/0100), so no join with the declaration is needed.
 */
export const LINE_INPUT_COLUMNS = [
  'l.declaration_id::text as declaration_id',
  'l.line_no::int as line_no',
  'l.declared_at::text as declared_at',
  'l.port_locode as port_locode',
  'l.bill_of_lading',
  'l.container_no as container_no',
  'l.importer_rfc as importer_rfc',
  'l.consignee_rfc as consignee_rfc',
  'l.importer_name as importer_name',
  'l.consignee_name as consignee_name',
  'l.destination as destination',
  'l.cas_number as cas_number',
  'l.quantity_kg::float8 as quantity_kg',
  'l.permit_id as permit_id',
  'l.goods_description as goods_description',
  'l.hs_code as hs_code',
  'l.smiles as smiles',
  'l.substance_id as substance_id',
  'l.verdict as verdict',
  'l.owner_agency, l.tlp, l.releasable_to, l.recipients',
  'l.id::text as row_id',
].join(', ');

/** A scalar subquery: the bill of lading of the line whose id is the SQL expression `lineId` (null if unseen). */
export const billOfLadingOfLine = (lineId: string) =>
  `(select l.bill_of_lading from ${LINES} where l.id = ${lineId})`;

/**
 * A query of the markings of the lines of some bills of lading (`$n::text[]`), as rows
 * (bol, owner_agency, tlp, releasable_to, recipients, viewers null): one arm of a union.
 */
export const lineMarkingsOfBills = (billsParam: string) =>
  `select l.bill_of_lading as bol, l.owner_agency, l.tlp, l.releasable_to, l.recipients, null::text[] as viewers
     from ${LINES} where l.bill_of_lading = any (${billsParam}::text[])`;

/** What screening said of a declaration line, and who is named on it (for the consignment view). */
export interface LineScreening {
  declarationId: string;
  lineNo: number;
  verdict: string;
  substance: string | null;
  reasons: unknown[];
  importerName: string;
  consigneeName: string;
}

const LINE_SCREENINGS = prepared(`select coalesce(json_agg(json_build_object(
    'declarationId', declaration_id, 'lineNo', line_no, 'verdict', verdict, 'substance', substance_id,
    'reasons', reasons, 'importerName', importer_name, 'consigneeName', consignee_name)), '[]')::text as lines
  from declaration_lines where bill_of_lading = $1`);

/** Screening verdicts and party names of the bill of lading's lines the caller can see (row-level security). */
export async function lineScreenings(tx: Tx, bol: string): Promise<LineScreening[]> {
  const { rows } = await tx.query<{ lines: string }>(LINE_SCREENINGS, [bol]);
  return JSON.parse(rows[0]?.lines ?? '[]') as LineScreening[];
}

/** A line with the parties it names, marked as the line (what entity resolution extracts). */
export interface LinePartiesRow extends MarkingRow {
  declaration_id: string;
  line_no: number;
  bill_of_lading: string | null;
  importer_name: string | null;
  importer_rfc: string | null;
  importer_address: string | null;
  consignee_name: string | null;
  consignee_rfc: string | null;
  consignee_address: string | null;
  broker_name: string | null;
}

/**
 * Every line with its parties, in (declaration, line, agency) order (a system task: run as the schema owner).
 * The importer's address is on the declaration (header) only: it is taken only when the header is at least as
 * widely released as the line, so a party record never shows a header its readers may not see.
 */
export async function linesWithParties(tx: Tx): Promise<LinePartiesRow[]> {
  const { rows } = await tx.query<LinePartiesRow>(
    `select l.owner_agency, l.tlp, l.releasable_to, l.recipients, l.declaration_id, l.line_no, l.bill_of_lading,
            l.importer_name, nullif(l.importer_rfc, '') as importer_rfc, case when d.tlp <= l.tlp and l.releasable_to <@ d.releasable_to and l.recipients <@ d.recipients
                 then nullif(d.importer_address, '') end as importer_address,
            l.consignee_name, nullif(l.consignee_rfc, '') as consignee_rfc,
            nullif(l.consignee_address, '') as consignee_address, nullif(l.broker_name, '') as broker_name
       from declaration_lines l left join declarations d on d.id = l.declaration_id and d.owner_agency = l.owner_agency
      order by l.declaration_id, l.line_no, l.owner_agency`,
  );
  return rows;
}

/** A declaration line or header an entity's party record was extracted from, as a release names it. */
export interface DeclarationSourceRow extends MarkingRow {
  table: 'declaration_lines' | 'declarations';
  id: string;
  /** The declaration's number, and for a line its number in it ("D1 #2"). */
  label: string;
}

/**
 * The lines (declaration, line number, owner) and headers (declaration, owner) that the caller may see, under
 * its row-level security: what it may release of an entity's inputs (src/resolution/inputs.repository.ts).
 */
export async function declarationSources(
  tx: Tx,
  lines: readonly { declarationId: string; lineNo: number; owner: string }[],
  headers: readonly { declarationId: string; owner: string }[],
): Promise<DeclarationSourceRow[]> {
  const { rows } = await tx.query<DeclarationSourceRow>(
    `select 'declaration_lines' as "table", l.id::text as id, l.declaration_id || ' #' || l.line_no as label,
            l.owner_agency, l.tlp, l.releasable_to, l.recipients
       from ${LINES}
       join unnest($1::text[], $2::int[], $3::text[]) k (d, n, a)
         on l.declaration_id = k.d and l.line_no = k.n and l.owner_agency = k.a
     union all
     select 'declarations', d.id, d.id, d.owner_agency, d.tlp, d.releasable_to, d.recipients
       from declarations d join unnest($4::text[], $5::text[]) k (d, a) on d.id = k.d and d.owner_agency = k.a`,
    [
      lines.map((l) => l.declarationId),
      lines.map((l) => l.lineNo),
      lines.map((l) => l.owner),
      headers.map((h) => h.declarationId),
      headers.map((h) => h.owner),
    ],
  );
  return rows;
}
