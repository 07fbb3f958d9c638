/**
 * What entity resolution reads of custody's registries (through custody's face, so that only this folder's SQL
 * names `permits` and `locations`): the holder of each permit and the operator of each place, each marked as its
 * row. One statement each; a system task (run as the schema owner).
 */
import type { Tx } from '../store/database.ts';
import type { MarkingRow } from '../shared/marking.ts';

const MARKING_COLUMNS = 'owner_agency, tlp, releasable_to, recipients';

export interface PermitHolderRow extends MarkingRow {
  permit_id: string;
  holder_name: string;
  holder_rfc: string;
}

/** One holder per agency and permit number (numbers are the registering agency's, 0502): the latest valid. */
export async function permitHolders(tx: Tx): Promise<PermitHolderRow[]> {
  const { rows } = await tx.query<PermitHolderRow>(
    `select distinct on (owner_agency, permit_id) ${MARKING_COLUMNS}, permit_id, holder_name, holder_rfc
       from permits order by owner_agency, permit_id, valid_to desc`,
  );
  return rows;
}

export interface LocationOperatorRow extends MarkingRow {
  location_id: string;
  name: string;
  operator_rfc: string;
}

/** The places that name an operator, by place id. */
export async function locationOperators(tx: Tx): Promise<LocationOperatorRow[]> {
  const { rows } = await tx.query<LocationOperatorRow>(
    `select ${MARKING_COLUMNS}, location_id, name, operator_rfc from locations
      where operator_rfc is not null and operator_rfc <> '' order by location_id`,
  );
  return rows;
}

/** A registry row an entity's party record was extracted from, as a release names it (resolution's inputs). */
export interface RegistrySourceRow extends MarkingRow {
  table: 'permits' | 'locations';
  id: string;
  label: string;
}

/**
 * The permits (by number) and places (by location id) of the given owners that the caller may see — under its
 * row-level security, unlike the extraction above: what it may release of an entity's inputs.
 */
export async function registrySources(
  tx: Tx,
  permits: readonly { permitId: string; owner: string }[],
  locations: readonly { locationId: string; owner: string }[],
): Promise<RegistrySourceRow[]> {
  const { rows } = await tx.query<RegistrySourceRow>(
    `select 'permits' as "table", p.id::text as id, p.permit_id as label, p.owner_agency, p.tlp,
            p.releasable_to, p.recipients
       from permits p join unnest($1::text[], $2::text[]) k (p, a) on p.permit_id = k.p and p.owner_agency = k.a
     union all
     select 'locations', o.id::text, o.location_id, o.owner_agency, o.tlp, o.releasable_to, o.recipients
       from locations o join unnest($3::text[], $4::text[]) k (o, a) on o.location_id = k.o and o.owner_agency = k.a`,
    [
      permits.map((p) => p.permitId),
      permits.map((p) => p.owner),
      locations.map((l) => l.locationId),
      locations.map((l) => l.owner),
    ],
  );
  return rows;
}
