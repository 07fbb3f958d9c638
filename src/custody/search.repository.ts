/**
 * The global search over custody's registries (src/search/ composes it with the others): permits by their
 * number, their holder's name or RFC; registered places by name or id. Under the caller's row-level security,
 * ordered by what the caller sees (score, label, row id).
 */
import type { Tx } from '../store/database.ts';
import { candidates, contextOf } from '../store/text-search.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';

type Found = SearchMatch<Marking>;

/** Permits (the health regulator's registry), opened at their page in the registry. */
export async function searchPermits(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      permit: string;
      holder: string;
      rfc: string;
      cas: string;
      valid_to: string;
      score: number;
    }
  >(
    `select p.id::text as id, p.permit_id as permit, p.holder_name as holder, p.holder_rfc as rfc,
            p.substance_cas as cas, to_char(p.valid_to, 'YYYY-MM-DD') as valid_to,
            p.owner_agency, p.tlp, p.releasable_to, p.recipients, p_candidate.score
       from ${candidates('centinela_search_permits', 'permits', 'p')}
      order by p_candidate.score desc, p.permit_id, p.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'permit',
    id: r.id,
    label: r.permit,
    context: contextOf(r.holder, r.rfc, r.cas, r.valid_to),
    score: r.score,
    open: { view: 'permit', permitId: r.id },
    reads: [{ table: 'permits', id: r.id, marking: markingFromRow(r) }],
  }));
}

/** Registered places (ports, warehouses, plants…) by name or id; they open the map. */
export async function searchPlaces(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    MarkingRow & { id: string; name: string; location: string; kind: string; score: number }
  >(
    `select l.id::text as id, l.name, l.location_id as location, l.kind,
            l.owner_agency, l.tlp, l.releasable_to, l.recipients, l_candidate.score
       from ${candidates('centinela_search_locations', 'locations', 'l')}
      order by l_candidate.score desc, l.name, l.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'place',
    id: r.id,
    label: r.name,
    context: contextOf(r.location, r.kind),
    score: r.score,
    open: { view: 'map' },
    reads: [{ table: 'locations', id: r.id, marking: markingFromRow(r) }],
  }));
}
