/**
 * The demo's release decisions, applied as each owner agency would: declarations landed at
 * Manzanillo and Lázaro Cárdenas are mostly released to the partner (amber, MEX + USA); the rest stay
 * with the host. Each statement runs as the owner (the update policy allows nothing else).
 */
import type { Tx } from '../store/database.ts';

/** About seven in ten declarations at the two Pacific ports; stable for a given world. */
const RELEASED_DECLARATION = `port_locode in ('MXZLO', 'MXLZC') and abs(hashtext(id)) % 10 < 7`;

export async function releaseDeclarations(tx: Tx, partner: string): Promise<number> {
  const { affectedRows } = await tx.query(
    `update declarations set releasable_to = array_append(releasable_to, $1) where ${RELEASED_DECLARATION}`,
    [partner],
  );
  await tx.query(
    `update declaration_lines l set releasable_to = d.releasable_to
     from declarations d where d.id = l.declaration_id and d.owner_agency = l.owner_agency and d.releasable_to <> l.releasable_to`,
  );
  await tx.query(
    `update alerts a set releasable_to = d.releasable_to
     from declarations d where d.id = a.declaration_id and d.owner_agency = a.owner_agency and d.releasable_to <> a.releasable_to`,
  );
  return affectedRows;
}

/** Events follow the consignment they belong to: released when its declaration was. */
export async function releaseEvents(
  tx: Tx,
  partner: string,
  releasedBols: readonly string[],
): Promise<number> {
  const { affectedRows } = await tx.query(
    `update epcis_events set releasable_to = array_append(releasable_to, $1) where bol = any ($2::text[])`,
    [partner, releasedBols],
  );
  return affectedRows;
}

/** Bills of lading whose declaration the host released to the partner. */
export async function releasedBillsOfLading(tx: Tx, partnerNation: string): Promise<string[]> {
  const { rows } = await tx.query<{ bol: string }>(
    `select distinct bill_of_lading as bol from declaration_lines
     where $1 = any (releasable_to) and bill_of_lading is not null`,
    [partnerNation],
  );
  return rows.map((r) => r.bol);
}

/** The regulator shares its registry of permits (amber) and sites (green) with the partner. */
export async function releaseRegistries(tx: Tx, partner: string): Promise<void> {
  await tx.query(
    `update permits set releasable_to = array_append(releasable_to, $1) where not ($1 = any (releasable_to))`,
    [partner],
  );
  await tx.query(
    `update locations set tlp = 'green', releasable_to = array_append(releasable_to, $1) where not ($1 = any (releasable_to))`,
    [partner],
  );
}

export async function hasWorld(tx: Tx): Promise<boolean> {
  const { rows } = await tx.query<{ n: number }>('select count(*)::int8 as n from declarations');
  return rows[0]!.n > 0;
}

/** Whether the world's incidents or field reports are loaded (a world loaded before them has neither). */
export async function hasEvidence(tx: Tx): Promise<boolean> {
  const { rows } = await tx.query<{ found: boolean }>(
    'select exists (select 1 from incidents) or exists (select 1 from field_reports) as found',
  );
  return rows[0]!.found;
}
