/**
 * Mexican addresses (domicilios) to their parts: street (vialidad, type spelled out), exterior and
 * interior numbers (compared exactly: "Int. 3" and "Int. 4" are different offices), colonia, C.P.,
 * municipality and state. Free text in, best effort out: a part that cannot be found is null.
 */
import { foldText } from './text.ts';

export interface NormalisedAddress {
  street: string | null;
  exteriorNumber: string | null;
  interiorNumber: string | null;
  colonia: string | null;
  postalCode: string | null;
  municipality: string | null;
  state: string | null;
}

const STREET_TYPES: ReadonlyMap<string, string> = new Map([
  ['AV', 'AVENIDA'],
  ['AVE', 'AVENIDA'],
  ['AVDA', 'AVENIDA'],
  ['C', 'CALLE'],
  ['CALLE', 'CALLE'],
  ['BLVD', 'BOULEVARD'],
  ['BLVR', 'BOULEVARD'],
  ['BULEVAR', 'BOULEVARD'],
  ['CALZ', 'CALZADA'],
  ['CARR', 'CARRETERA'],
  ['CTRA', 'CARRETERA'],
  ['PROL', 'PROLONGACION'],
  ['PRIV', 'PRIVADA'],
  ['AND', 'ANDADOR'],
  ['CDA', 'CERRADA'],
  ['CIRC', 'CIRCUITO'],
]);

/** The 32 federal entities with their usual abbreviations, folded. */
const STATES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['AGUASCALIENTES', 'AGS'],
      ['BAJA CALIFORNIA', 'BC'],
      ['BAJA CALIFORNIA SUR', 'BCS'],
      ['CAMPECHE', 'CAMP'],
      ['CHIAPAS', 'CHIS'],
      ['CHIHUAHUA', 'CHIH'],
      ['CIUDAD DE MEXICO', 'CDMX', 'DF', 'D F', 'DISTRITO FEDERAL'],
      ['COAHUILA', 'COAH'],
      ['COLIMA', 'COL'],
      ['DURANGO', 'DGO'],
      ['ESTADO DE MEXICO', 'MEXICO', 'EDO MEX', 'EDOMEX', 'MEX'],
      ['GUANAJUATO', 'GTO'],
      ['GUERRERO', 'GRO'],
      ['HIDALGO', 'HGO'],
      ['JALISCO', 'JAL'],
      ['MICHOACAN', 'MICH'],
      ['MORELOS', 'MOR'],
      ['NAYARIT', 'NAY'],
      ['NUEVO LEON', 'NL', 'N L'],
      ['OAXACA', 'OAX'],
      ['PUEBLA', 'PUE'],
      ['QUERETARO', 'QRO'],
      ['QUINTANA ROO', 'QROO', 'Q ROO'],
      ['SAN LUIS POTOSI', 'SLP'],
      ['SINALOA', 'SIN'],
      ['SONORA', 'SON'],
      ['TABASCO', 'TAB'],
      ['TAMAULIPAS', 'TAMPS'],
      ['TLAXCALA', 'TLAX'],
      ['VERACRUZ', 'VER'],
      ['YUCATAN', 'YUC'],
      ['ZACATECAS', 'ZAC'],
    ] as const
  ).flatMap(([name, ...aliases]) => [name, ...aliases].map((alias) => [alias, name] as const)),
);

const POSTAL_CODE = /\b(?:C\s*P|CODIGO POSTAL)\s*:?\s*(\d{5})\b/;
const ANY_FIVE_DIGITS = /\b(\d{5})\b/g;
const INTERIOR =
  /\b(?:INT|INTERIOR|DEPTO|DEPARTAMENTO|DEP|LOCAL|LOC|OFNA|OFICINA|DESP|DESPACHO|BODEGA|NAVE)\s*(?:NO|NUM)?\s*#?\s*([A-Z0-9-]+)\b/;
const EXTERIOR = /(?:\b(?:NO|NUM|NUMERO)\s*|#\s*)([0-9]+(?:\s?[A-Z]\b)?|SN)\b/;
const NO_NUMBER = /\bSN\b/;
const KILOMETRE = /\bKM\s*([0-9]+(?:\s[0-9]+)?)\b/;
const TRAILING_NUMBER = /\s([0-9]+(?:\s?[A-Z])?)\s*$/;
const COLONIA =
  /\b(?:COL|COLONIA|FRACC|FRACCIONAMIENTO|BARRIO|UNIDAD HABITACIONAL|UH|PARQUE INDUSTRIAL|ZONA INDUSTRIAL)\s+([A-Z0-9 ]+)/;

/** Punctuation to spaces but keeps commas (segment separators) and # (number marker). */
function clean(input: string): string {
  return foldText(input)
    .replace(/S\s*\/\s*N\b/g, 'SN')
    .replace(/[^A-Z0-9,# ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Street and numbers of the first segment ("AV JUAREZ 123 INT 4"). */
function streetAndNumbers(segment: string): {
  street: string | null;
  exteriorNumber: string | null;
  interiorNumber: string | null;
} {
  const interiorNumber = INTERIOR.exec(segment)?.[1] ?? null;
  let rest = segment.replace(INTERIOR, ' ').replace(/\s+/g, ' ').trim();
  let exteriorNumber: string | null = null;
  for (const [pattern, format] of [
    [EXTERIOR, (n: string) => n.replace(' ', '')],
    [KILOMETRE, (n: string) => `KM ${n.replace(' ', '.')}`],
    [NO_NUMBER, () => 'SN'],
    [TRAILING_NUMBER, (n: string) => n.replace(' ', '')],
  ] as const) {
    const match = pattern.exec(rest);
    if (match) {
      exteriorNumber = format(match[1] ?? match[0]);
      rest = rest.replace(pattern, ' ');
      break;
    }
  }
  const words = rest
    .replace(/#/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
  const [first = '', ...others] = words;
  const type = STREET_TYPES.get(first);
  const street = words.length === 0 ? null : (type ? [type, ...others] : words).join(' ');
  return { street, exteriorNumber, interiorNumber };
}

function stateOf(segment: string): string | null {
  const compact = segment.replace(/\bEDO\b/, 'ESTADO').trim();
  return STATES.get(compact) ?? STATES.get(segment.trim()) ?? null;
}

export function normaliseAddress(input: string): NormalisedAddress {
  const text = clean(input);
  const postalCode = POSTAL_CODE.exec(text)?.[1] ?? [...text.matchAll(ANY_FIVE_DIGITS)].at(-1)?.[1] ?? null;
  const segments = text
    .split(',')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  const { street, exteriorNumber, interiorNumber } = streetAndNumbers(segments[0] ?? '');
  let colonia: string | null = null;
  let state: string | null = null;
  const places: string[] = [];
  for (const segment of segments.slice(1)) {
    const coloniaMatch = COLONIA.exec(segment);
    if (coloniaMatch && !colonia) {
      colonia = coloniaMatch[1]?.trim() ?? null;
      continue;
    }
    const withoutPostal = segment
      .replace(POSTAL_CODE, ' ')
      .replace(/\b\d{5}\b/, ' ')
      .trim();
    if (withoutPostal.length === 0) continue;
    const asState = stateOf(withoutPostal);
    if (asState && !state) state = asState;
    else places.push(withoutPostal);
  }
  // Without a COL. marker the colonia is the first place named after the street when a municipality follows.
  if (!colonia && places.length >= 2) colonia = places.shift() ?? null;
  return {
    street,
    exteriorNumber,
    interiorNumber,
    colonia,
    postalCode,
    municipality: places.at(-1) ?? null,
    state,
  };
}
