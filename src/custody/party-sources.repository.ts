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
