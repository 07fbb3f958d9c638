/**
 * One row of the incidents CSV and of the field reports CSV (BRIEF "Incidents CSV", "Field reports CSV"),
 * validated with zod. A place is `lat`+`lon`, or `place` (resolved on import, `place.ts`); a row with neither is
 * a row error. Column names are the contract and stay as they are down to the database.
 */
import { z } from 'zod';
import { INSTANT_RANGE_MESSAGE, parseInstant } from '../store/bounds.ts';
import { rowCheck } from '../csv/row-issues.ts';
import { ROW_ERROR_ENGLISH as EN } from '../shared/row-errors.ts';
import {
  INCIDENT_KINDS,
  INDICATORS,
  RELIABILITY_GRADES,
  SOURCE_TYPES,
  type Indicator,
} from '../shared/evidence.ts';

export { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from '../shared/evidence.ts';

/** More than any seizure on record: a quantity above this is a typing error. */
const MAX_QUANTITY_KG = 10_000_000;

const text = z.string().trim();
const required = text.min(1, EN.REQUIRED);
const optional = text.transform((v) => (v === '' ? null : v));
const instant = required
  .pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()], EN.INSTANT))
  .refine((v) => parseInstant(v) !== null, INSTANT_RANGE_MESSAGE);

const oneOf = <const T extends readonly string[]>(values: T, fold: (v: string) => string) =>
  text
    .transform(fold)
    .refine(
      (v) => (values as readonly string[]).includes(v),
      rowCheck('ONE_OF', { values: values.join(', ') }),
    )
    .transform((v) => v as T[number]);

const coordinate = (limit: number) =>
  optional.pipe(
    z
      .string()
      .regex(/^-?\d+(?:\.\d+)?$/, EN.DECIMAL)
      .transform(Number)
      .pipe(z.number().min(-limit).max(limit))
      .nullable(),
  );

/** A `;`-separated list; empty items dropped. */
const list = text.transform((v) =>
  v
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The place columns every row shares: `lat` and `lon` together, or `place`. */
const placeColumns = {
  lat: coordinate(90),
  lon: coordinate(180),
  place: optional.pipe(z.string().max(200).nullable()),
};

function needsAPlace(
  row: { lat: number | null; lon: number | null; place: string | null },
  ctx: z.RefinementCtx,
): void {
  if (row.lat !== null && row.lon === null)
    ctx.addIssue({ code: 'custom', path: ['lon'], message: EN.REQUIRED });
  else if (row.lon !== null && row.lat === null)
    ctx.addIssue({ code: 'custom', path: ['lat'], message: EN.REQUIRED });
  else if (row.lat === null && row.place === null)
    ctx.addIssue({ code: 'custom', path: ['place'], ...rowCheck('PLACE_NEEDED', {}) });
}

export const IncidentRow = z
  .object({
    incident_id: required.max(64),
    kind: oneOf(INCIDENT_KINDS, (v) => v.toLowerCase()),
    occurred_at: instant,
    ...placeColumns,
    substance_cas: optional.pipe(
      z
        .string()
        .regex(/^\d{2,7}-\d{2}-\d$/, EN.CAS_FORMAT)
        .nullable(),
    ),
    substance_name: optional,
    quantity_kg: optional.pipe(
      z
        .string()
        .regex(/^\d+(?:\.\d+)?$/, EN.DECIMAL)
        .transform(Number)
        .pipe(z.number().refine((n) => n <= MAX_QUANTITY_KG, rowCheck('ABSURD', { max: MAX_QUANTITY_KG })))
        .nullable(),
    ),
    bill_of_lading: optional.pipe(z.string().max(64).nullable()),
    container_no: optional.transform((v) => v?.toUpperCase().replace(/\s+/g, '') ?? null),
    party_names: list,
    party_rfcs: list.transform((rfcs) => rfcs.map((rfc) => rfc.toUpperCase())),
    narrative: text,
  })
  .superRefine(needsAPlace);
export type IncidentRow = z.infer<typeof IncidentRow>;

export const FieldReportRow = z
  .object({
    report_id: required.max(64),
    observed_at: instant,
    ...placeColumns,
    source_type: oneOf(SOURCE_TYPES, (v) => v.toLowerCase()),
    reliability: oneOf(RELIABILITY_GRADES, (v) => v.toUpperCase()),
    credibility: text.regex(/^\d+$/, EN.WHOLE_NUMBER).transform(Number).pipe(z.number().int().min(1).max(6)),
    indicators: list
      .transform((items) => items.map((v) => v.toLowerCase()))
      .refine(
        (items) => items.every((v) => (INDICATORS as readonly string[]).includes(v)),
        rowCheck('ONE_OF', { values: INDICATORS.join(', ') }),
      )
      .transform((items) => items as Indicator[]),
    narrative: text,
  })
  .superRefine(needsAPlace);
export type FieldReportRow = z.infer<typeof FieldReportRow>;
