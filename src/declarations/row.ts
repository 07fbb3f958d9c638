/**
 * One row of the declarations CSV (BRIEF "Declarations CSV"), validated with zod. Column names are
 * the contract and are kept as they are all the way to the database.
 */
import { z } from 'zod';
import { parseHsCode } from '../shared/hs-code.ts';
import { UN_LOCODE } from '../shared/locode.ts';
import { INSTANT_RANGE_MESSAGE, parseInstant } from '../store/bounds.ts';
import { rowCheck } from '../csv/row-issues.ts';
import { ROW_ERROR_ENGLISH as EN } from '../shared/row-errors.ts';

export const DECLARATION_COLUMNS = [
  'declaration_id',
  'line_no',
  'declared_at',
  'port_locode',
  'customs_office',
  'origin_country',
  'vessel_imo',
  'container_no',
  'bill_of_lading',
  'importer_name',
  'importer_rfc',
  'importer_address',
  'consignee_name',
  'consignee_rfc',
  'consignee_address',
  'broker_name',
  'hs_code',
  'goods_description',
  'cas_number',
  'smiles',
  'quantity_kg',
  'declared_value_usd',
  'permit_id',
  'destination',
] as const;
export type DeclarationColumn = (typeof DECLARATION_COLUMNS)[number];

/** More than a large product tanker carries: a line above this is a typing error, not cargo. */
const MAX_QUANTITY_KG = 100_000_000;
const MAX_VALUE_USD = 10_000_000_000;

const text = z.string().trim();
const required = text.min(1, EN.REQUIRED);
/** Empty cells of optional columns become null. */
const optional = text.transform((v) => (v === '' ? null : v));

const decimal = (max: number, allowZero: boolean) =>
  text
    .min(1, EN.REQUIRED)
    .regex(/^-?\d+(?:\.\d+)?$/, EN.DECIMAL)
    .transform(Number)
    .pipe(
      z
        .number()
        .refine((n) => (allowZero ? n >= 0 : n > 0), allowZero ? EN.NOT_NEGATIVE : EN.POSITIVE)
        .refine((n) => n <= max, rowCheck('ABSURD', { max })),
    );

export const DeclarationRow = z.object({
  declaration_id: required.max(64),
  line_no: text
    .regex(/^\d{1,6}$/, EN.WHOLE_NUMBER)
    .transform(Number)
    .pipe(z.number().int().min(1)),
  declared_at: text
    .pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()], EN.INSTANT))
    .refine((v) => parseInstant(v) !== null, INSTANT_RANGE_MESSAGE),
  port_locode: text.toUpperCase().pipe(z.string().regex(UN_LOCODE, EN.LOCODE)),
  customs_office: text,
  origin_country: text.toUpperCase().pipe(z.string().regex(/^[A-Z]{2}$/, EN.COUNTRY)),
  vessel_imo: optional.pipe(
    z
      .string()
      .regex(/^(?:IMO\s?)?\d{7}$/, EN.IMO)
      .nullable(),
  ),
  container_no: optional,
  bill_of_lading: required.max(64),
  importer_name: required,
  importer_rfc: text.toUpperCase(),
  importer_address: text,
  consignee_name: required,
  consignee_rfc: text.toUpperCase(),
  consignee_address: text,
  broker_name: text,
  hs_code: required.refine((v) => parseHsCode(v) !== null, EN.HS_CODE),
  goods_description: required.max(2000),
  cas_number: optional,
  smiles: optional.pipe(z.string().max(2000).nullable()),
  quantity_kg: decimal(MAX_QUANTITY_KG, false),
  declared_value_usd: decimal(MAX_VALUE_USD, true),
  permit_id: optional,
  destination: text,
});
export type DeclarationRow = z.infer<typeof DeclarationRow> & { extra: Record<string, string> };
