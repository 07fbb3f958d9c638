/**
 * Where an incident or a field report happened: its own `lat`/`lon`, or its `place` — a location id of the
 * registry the importer may see, a `lat,lon` / `geo:` text, or the name of a Mexican locality (GeoNames, the
 * most populous of that name: custody's `resolveDestination`, which places declared destinations the same way).
 * A place found nowhere is a row error.
 */
import { placesNamed, resolveDestination } from '../custody/index.ts';
import type { Tx } from '../store/database.ts';
import type { PlacedBy } from '../shared/evidence.ts';
import { geoPoint } from '../shared/geo.ts';

export interface Placed {
  lat: number;
  lon: number;
  placedBy: PlacedBy;
}

/** The positions of rows by their place columns; a row whose `place` names nothing known gets null. */
export async function placeRows(
  tx: Tx,
  rows: readonly { lat: number | null; lon: number | null; place: string | null }[],
): Promise<(Placed | null)[]> {
  const named = [...new Set(rows.filter((r) => r.lat === null && r.place !== null).map((r) => r.place!))];
  const registry = await placesNamed(tx, named, null);
  return rows.map((row) => {
    if (row.lat !== null && row.lon !== null) return { lat: row.lat, lon: row.lon, placedBy: 'coordinates' };
    const text = row.place!;
    const point = resolveDestination(text, registry);
    if (!point) return null;
    const placedBy: PlacedBy = registry.has(text.trim())
      ? 'location'
      : geoPoint(text.startsWith('geo:') ? text : `geo:${text.replace(/\s+/g, '')}`)
        ? 'coordinates'
        : 'locality';
    return { ...point, placedBy };
  });
}
