/**
 * The global search over this capability's tables (src/search/ composes it with the others): declarations by
 * their pedimento number, lines by their goods description, bills of lading and containers by their number.
 * Every query runs under the caller's row-level security and orders by what the caller sees (score, then the
 * label, then the row's id), so what one agency finds never depends on what another holds.
 */
import type { Tx } from '../store/database.ts';
import { candidates, contextOf, rowsRead } from '../store/text-search.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';

type Found = SearchMatch<Marking>;
type ReadRow = MarkingRow & { id: string };

const reads = (table: string, rows: ReadRow[]) =>
  rows.map((row) => ({ table, id: row.id, marking: markingFromRow(row) }));

const toConsignment = (bol: string | null) =>
  bol === null ? ({ view: 'consignments' } as const) : ({ view: 'consignment', billOfLading: bol } as const);

/** Declarations whose pedimento number matches; opened at the consignment of their first bill of lading. */
export async function searchDeclarations(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      importer: string;
      port: string;
      day: string;
      bol: string | null;
      score: number;
    }
  >(
    `select d.id, d.importer_name as importer, d.port_locode as port,
            to_char(d.declared_at at time zone 'UTC', 'YYYY-MM-DD') as day,
            (select min(l.bill_of_lading) from declaration_lines l
              where l.owner_agency = d.owner_agency and l.declaration_id = d.id) as bol,
            d.owner_agency, d.tlp, d.releasable_to, d.recipients, c.score
       from centinela_search_declarations($1, $2) c
       join declarations d on d.owner_agency = c.owner_agency and d.id = c.id
      order by c.score desc, d.id, d.owner_agency`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'declaration',
    id: r.id,
    label: r.id,
    context: contextOf(r.importer, r.port, r.day),
    score: r.score,
    open: toConsignment(r.bol),
    reads: [{ table: 'declarations', id: r.id, marking: markingFromRow(r) }],
  }));
}

/** Declaration lines whose goods description matches (accents and case aside, or nearly). */
export async function searchLines(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    ReadRow & {
      goods: string;
      declaration: string;
      line_no: number;
      bol: string;
      consignee: string;
      score: number;
    }
  >(
    `select l.id::text as id, l.goods_description as goods, l.declaration_id as declaration, l.line_no,
            l.bill_of_lading as bol, l.consignee_name as consignee,
            l.owner_agency, l.tlp, l.releasable_to, l.recipients, l_candidate.score
       from ${candidates('centinela_search_line_goods', 'declaration_lines', 'l')}
      order by l_candidate.score desc, l.goods_description, l.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'line',
    id: r.id,
    label: r.goods,
    context: contextOf(`${r.declaration}/${r.line_no}`, r.bol, r.consignee),
    score: r.score,
    open: toConsignment(r.bol),
    reads: reads('declaration_lines', [r]),
  }));
}

/** Bills of lading (consignments) whose number matches, one hit each, opened at the consignment. */
export async function searchBillsOfLading(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<{
    bol: string;
    port: string;
    consignee: string;
    lines: ReadRow[];
    score: number;
  }>(
    `select l.bill_of_lading as bol, min(l.port_locode) as port, min(l.consignee_name) as consignee,
            ${rowsRead('l')} as lines, max(l_candidate.score) as score
       from ${candidates('centinela_search_line_bills', 'declaration_lines', 'l')}
      group by l.bill_of_lading
      order by score desc, bol`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'bill_of_lading',
    id: r.bol,
    label: r.bol,
    context: contextOf(r.port, r.consignee),
    score: r.score,
    open: toConsignment(r.bol),
    reads: reads('declaration_lines', r.lines),
  }));
}

/** Containers (ISO 6346) whose number matches, opened at the first consignment that carried them. */
export async function searchContainers(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<{
    container: string;
    bol: string;
    port: string;
    lines: ReadRow[];
    score: number;
  }>(
    `select l.container_no as container, min(l.bill_of_lading) as bol, min(l.port_locode) as port,
            ${rowsRead('l')} as lines, max(l_candidate.score) as score
       from ${candidates('centinela_search_line_containers', 'declaration_lines', 'l')}
      group by l.container_no
      order by score desc, container`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'container',
    id: r.container,
    label: r.container,
    context: contextOf(r.bol, r.port),
    score: r.score,
    open: toConsignment(r.bol),
    reads: reads('declaration_lines', r.lines),
  }));
}
