/**
 * The global search over companies (src/search/ composes it with the others): the party records of every
 * source matched by name or RFC, one hit per entity they resolved into (the entity page opens), or, for records
 * not resolved yet in the caller's class, one hit per company name and RFC. Party records and entity members are
 * read under the caller's row-level security (members only of the caller's own visibility class), and hits are
 * ordered by what the caller sees: score, name, RFC, then the id.
 */
import type { Tx } from '../store/database.ts';
import { candidates, contextOf, rowsRead } from '../store/text-search.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';

type Found = SearchMatch<Marking>;

export async function searchCompanies(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<{
    entity: string | null;
    company: string | null;
    label: string;
    rfc: string | null;
    address: string | null;
    bol: string | null;
    records: (MarkingRow & { id: string })[];
    score: number;
  }>(
    `with matched as materialized (
       select pr.id, pr.owner_agency, pr.tlp, pr.releasable_to, pr.recipients, pr.name, pr.rfc, pr.address,
              pr.bill_of_lading, em.entity_id::text as entity,
              case when em.entity_id is null then pr.name_core || '|' || coalesce(pr.rfc_norm, '') end as company,
              pr_candidate.score
         from ${candidates('centinela_search_party_records', 'party_records', 'pr')}
         left join entity_members em on em.party_record_id = pr.id)
     select pr.entity, pr.company, max(pr.score) as score,
            (array_agg(pr.name order by pr.score desc, pr.name, pr.rfc, pr.id))[1] as label,
            (array_agg(pr.rfc order by pr.score desc, pr.name, pr.rfc, pr.id))[1] as rfc,
            (array_agg(pr.address order by pr.score desc, pr.name, pr.rfc, pr.id))[1] as address,
            min(pr.bill_of_lading) as bol, ${rowsRead('pr')} as records
       from matched pr
      group by pr.entity, pr.company
      order by score desc, label, rfc nulls first, coalesce(pr.entity, pr.company)`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: r.entity === null ? 'company' : 'entity',
    id: r.entity ?? r.company!,
    label: r.label,
    context: contextOf(r.rfc, r.address),
    score: r.score,
    open:
      r.entity !== null
        ? { view: 'entity', entityId: r.entity }
        : r.bol !== null
          ? { view: 'consignment', billOfLading: r.bol }
          : { view: 'consignments' },
    reads: r.records.map((row) => ({ table: 'party_records', id: row.id, marking: markingFromRow(row) })),
  }));
}
