/** SQL of the permit registry and the locations registry. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Marking, MarkingRow } from '../shared/marking.ts';
import { markingFromRow } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import type { LocationRow, Permit, PermitRow, Place } from './model.ts';

export interface StoredPermit extends Permit {
  id: string;
  marking: Marking;
  updatedAt: string;
}

interface PermitDbRow extends MarkingRow {
  id: string;
  permit_id: string;
  holder_rfc: string;
  holder_name: string;
  substance_cas: string;
  max_kg_per_year: number;
  valid_from: string | Date;
  valid_to: string | Date;
  site_id: string;
  updated_at: Date;
}

const day = (value: string | Date): string =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

function permitFromRow(row: PermitDbRow): StoredPermit {
  return {
    id: row.id,
    permitId: row.permit_id,
    holderRfc: row.holder_rfc,
    holderName: row.holder_name,
    substanceCas: row.substance_cas,
    maxKgPerYear: Number(row.max_kg_per_year),
    validFrom: day(row.valid_from),
    validTo: day(row.valid_to),
    siteId: row.site_id === '' ? null : row.site_id,
    marking: markingFromRow(row),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const PERMIT_COLUMNS = `id, owner_agency, tlp, releasable_to, recipients, permit_id, holder_rfc, holder_name,
  substance_cas, max_kg_per_year, valid_from::text as valid_from, valid_to::text as valid_to, site_id, updated_at`;
const PERMIT_SELECT = `select ${PERMIT_COLUMNS} from permits`;

/** Inserts new permits and updates those already registered (same permit, substance and site). */
export async function upsertPermits(
  tx: Tx,
  rows: readonly PermitRow[],
  ownerAgency: string,
  userId: string | null,
  marking?: Marking,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const records = rows.map((r) => ({ ...r, id: randomUUID(), site_id: r.site_id ?? '' }));
  // A new permit takes the import's marking; one already registered keeps its own (changed by the markings route).
  const { rows: stored } = await tx.query<{ id: string }>(
    `insert into permits (id, owner_agency, permit_id, holder_rfc, holder_name, substance_cas, max_kg_per_year,
       valid_from, valid_to, site_id, updated_at, updated_by, tlp, releasable_to, recipients)
     select r.id, $2, r.permit_id, r.holder_rfc, r.holder_name, r.substance_cas, r.max_kg_per_year,
       r.valid_from, r.valid_to, r.site_id, now(), $3, coalesce($4::tlp, 'amber'),
       coalesce($5::text[], '{}'), coalesce($6::text[], '{}')
     from jsonb_to_recordset($1::jsonb) as r(id uuid, permit_id text, holder_rfc text, holder_name text,
       substance_cas text, max_kg_per_year double precision, valid_from date, valid_to date, site_id text)
     on conflict (owner_agency, permit_id, substance_cas, site_id) do update set holder_rfc = excluded.holder_rfc,
       holder_name = excluded.holder_name, max_kg_per_year = excluded.max_kg_per_year,
       valid_from = excluded.valid_from, valid_to = excluded.valid_to, updated_at = now(), updated_by = $3
     returning id`,
    [
      JSON.stringify(records),
      ownerAgency,
      userId,
      marking?.tlp ?? null,
      marking?.releasableTo ?? null,
      marking?.recipients ?? null,
    ],
  );
  return stored.map((r) => r.id);
}

export interface PermitFilter {
  holderRfc?: string | undefined;
  substanceCas?: string | undefined;
  /** Any part of the holder's name or RFC, or of the permit number (accents and case ignored). */
  q?: string | undefined;
  siteId?: string | undefined;
  /** Valid on `today` (from ≤ today ≤ to) or expired (to < today); a permit not yet valid is neither. */
  status?: 'valid' | 'expired' | undefined;
  today?: string | undefined;
  limit: number;
  offset: number;
}

export async function listPermits(tx: Tx, filter: PermitFilter): Promise<StoredPermit[]> {
  return (await listPermitsCounted(tx, filter)).items;
}

/** One page of the registry with the number of permits matching the filter. */
export async function listPermitsCounted(
  tx: Tx,
  filter: PermitFilter,
): Promise<{ items: StoredPermit[]; total: number }> {
  // The filter's conditions, written once for the page and its count ($1–$6).
  const where = `where ($1::text is null or holder_rfc = $1) and ($2::text is null or substance_cas = $2)
       and ($3::text is null or holder_name ilike $3 or holder_rfc ilike $3 or permit_id ilike $3)
       and ($4::text is null or site_id = $4)
       and ($5::text is null or ($5 = 'valid' and valid_from <= $6::date and valid_to >= $6::date)
            or ($5 = 'expired' and valid_to < $6::date))`;
  const params = [
    filter.holderRfc ?? null,
    filter.substanceCas ?? null,
    filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    filter.siteId ?? null,
    filter.status ?? null,
    filter.today ?? new Date().toISOString().slice(0, 10),
  ];
  const { rows } = await tx.query<PermitDbRow>(
    `${PERMIT_SELECT} ${where} order by permit_id, substance_cas, site_id limit $7 offset $8`,
    [...params, filter.limit, filter.offset],
  );
  const total = await totalOf(filter, rows.length, async () => {
    const counted = await tx.query<{ n: string }>(`select count(*) as n from permits ${where}`, params);
    return Number(counted.rows[0]!.n);
  });
  return { items: rows.map(permitFromRow), total };
}

export async function findPermit(tx: Tx, id: string): Promise<StoredPermit | null> {
  const { rows } = await tx.query<PermitDbRow>(`${PERMIT_SELECT} where id = $1`, [id]);
  return rows[0] ? permitFromRow(rows[0]) : null;
}

export interface PermitChange {
  holderName: string;
  maxKgPerYear: number;
  validFrom: string;
  validTo: string;
  siteId: string | null;
}

/** Updates a permit the caller's agency owns (row-level security); null when none. */
export async function updatePermit(
  tx: Tx,
  id: string,
  change: PermitChange,
  userId: string,
): Promise<StoredPermit | null> {
  const { rows } = await tx.query<{ id: string }>(
    `update permits set holder_name = $2, max_kg_per_year = $3, valid_from = $4, valid_to = $5, site_id = $6,
       updated_at = now(), updated_by = $7 where id = $1 returning id`,
    [
      id,
      change.holderName,
      change.maxKgPerYear,
      change.validFrom,
      change.validTo,
      change.siteId ?? '',
      userId,
    ],
  );
  return rows[0] ? findPermit(tx, id) : null;
}

/** Permits for any of the substances, or named by any of the permit ids. */
export async function permitsFor(
  tx: Tx,
  substances: readonly string[],
  permitIds: readonly string[],
): Promise<StoredPermit[]> {
  if (substances.length === 0 && permitIds.length === 0) return [];
  const { rows } = await tx.query<PermitDbRow>(
    `${PERMIT_SELECT} where substance_cas = any($1) or permit_id = any($2)
     order by permit_id, substance_cas, site_id, owner_agency, id`,
    [substances, permitIds],
  );
  return rows.map(permitFromRow);
}

/**
 * Permits that license one site: those naming it, and site-less permits held by its operator (the rule
 * unlicensed_receiver applies). Only the permits the caller may see.
 */
export async function permitsAtSite(
  tx: Tx,
  locationId: string,
  operatorRfc: string | null,
): Promise<StoredPermit[]> {
  const { rows } = await tx.query<PermitDbRow>(
    `${PERMIT_SELECT} where site_id = $1 or (site_id = '' and holder_rfc = $2)
     order by permit_id, substance_cas`,
    [locationId, operatorRfc],
  );
  return rows.map(permitFromRow);
}

export async function allPermittedSubstances(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ substance_cas: string }>('select distinct substance_cas from permits');
  return rows.map((r) => r.substance_cas);
}

export async function upsertLocations(
  tx: Tx,
  rows: readonly LocationRow[],
  ownerAgency: string,
  marking?: Marking,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const records = rows.map((r) => ({ ...r, id: randomUUID() }));
  // Without a marking, a place is green as the table's default says (the CLI); an upload passes its own.
  const { rows: stored } = await tx.query<{ id: string }>(
    `insert into locations (id, owner_agency, location_id, name, kind, lat, lon, operator_rfc, updated_at, tlp,
       releasable_to, recipients)
     select r.id, $2, r.location_id, r.name, r.kind, r.lat, r.lon, r.operator_rfc, now(), coalesce($3::tlp, 'green'),
       coalesce($4::text[], '{}'), coalesce($5::text[], '{}')
     from jsonb_to_recordset($1::jsonb) as r(id uuid, location_id text, name text, kind text,
       lat double precision, lon double precision, operator_rfc text)
     on conflict (owner_agency, location_id) do update set name = excluded.name, kind = excluded.kind, lat = excluded.lat,
       lon = excluded.lon, operator_rfc = excluded.operator_rfc, updated_at = now()
     returning id`,
    [
      JSON.stringify(records),
      ownerAgency,
      marking?.tlp ?? null,
      marking?.releasableTo ?? null,
      marking?.recipients ?? null,
    ],
  );
  return stored.map((r) => r.id);
}

export interface StoredPlace extends Place {
  id: string;
  marking: Marking;
}

interface PlaceDbRow extends MarkingRow {
  id: string;
  location_id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  operator_rfc: string | null;
}

function placeFromRow(row: PlaceDbRow): StoredPlace {
  return {
    id: row.id,
    locationId: row.location_id,
    name: row.name,
    kind: row.kind,
    lat: Number(row.lat),
    lon: Number(row.lon),
    operatorRfc: row.operator_rfc,
    marking: markingFromRow(row),
  };
}

export async function listLocations(
  tx: Tx,
  filter: { kind?: string | undefined; limit: number; offset: number },
): Promise<StoredPlace[]> {
  const { rows } = await tx.query<PlaceDbRow>(
    `select id, owner_agency, tlp, releasable_to, recipients, location_id, name, kind, lat, lon, operator_rfc
     from locations where ($1::text is null or kind = $1) order by location_id, owner_agency limit $2 offset $3`,
    [filter.kind ?? null, filter.limit, filter.offset],
  );
  return rows.map(placeFromRow);
}

/** How many registered places of a kind (or of every kind) the transaction may read: the list's total. */
export async function countLocations(tx: Tx, kind: string | undefined): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    'select count(*) as n from locations where ($1::text is null or kind = $1)',
    [kind ?? null],
  );
  return Number(rows[0]!.n);
}

/** Every registered place the transaction may read (the registry is small: ports, terminals, sites, checkpoints). */
export async function registeredPlaces(tx: Tx): Promise<StoredPlace[]> {
  return listLocations(tx, { limit: 1_000_000, offset: 0 });
}

/**
 * The place each location id names for an agency, among the registrations it may see: location ids are keyed per
 * agency, so two agencies may register the same id — its own registration first, else the first other agency's
 * (by code). Chosen from the visible rows only, so a registration the agency may not see never hides one it may
 * (issue 11: the same choice in a database holding only what it may see).
 */
export function placesFor(visible: readonly StoredPlace[], agency: string | null): Map<string, StoredPlace> {
  // One pass, agencies compared only where two registrations share a location id (rare): the same choice as
  // sorting every place by agency first, which cost a consignment page ≈ 2,000 locale comparisons per request.
  const places = new Map<string, StoredPlace>();
  for (const place of visible) {
    const chosen = places.get(place.locationId);
    const owner = place.marking.ownerAgency;
    if (
      !chosen ||
      (owner === agency && chosen.marking.ownerAgency !== agency) ||
      (chosen.marking.ownerAgency !== agency && owner.localeCompare(chosen.marking.ownerAgency) < 0)
    )
      places.set(place.locationId, place);
  }
  return places;
}

/** The places the caller may see, one per location id (placesFor). */
export async function allPlaces(tx: Tx): Promise<Map<string, StoredPlace>> {
  const { rows } = await tx.query<{ agency: string | null }>('select centinela_current_agency() as agency');
  return placesFor(await registeredPlaces(tx), rows[0]?.agency ?? null);
}

/**
 * The places among `locationIds` the caller may see, one per location id (placesFor), and, when `port` is given,
 * every registered place of those kinds whose id names it (portPoint's search for a port without built-in
 * coordinates). A consignment page places ≈ 20 events: reading the whole registry instead (2,088 places on the
 * medium world) and decoding it was most of the page's Node time. One statement: the caller's agency comes with
 * the rows (one initplan), not from a round trip of its own.
 */
export async function placesNamed(
  tx: Tx,
  locationIds: readonly string[],
  port: { locode: string; kinds: readonly string[] } | null,
): Promise<Map<string, StoredPlace>> {
  if (locationIds.length === 0 && !port) return new Map();
  const { rows } = await tx.query<PlaceDbRow & { reader: string | null }>(
    `select id, owner_agency, tlp, releasable_to, recipients, location_id, name, kind, lat, lon, operator_rfc,
       (select centinela_current_agency()) as reader
     from locations
     where location_id = any($1::text[]) or (kind = any($3::text[]) and strpos(upper(location_id), $2) > 0)
     order by location_id, owner_agency`,
    [locationIds, port?.locode ?? null, port?.kinds ?? []],
  );
  return placesFor(rows.map(placeFromRow), rows[0]?.reader ?? null);
}
