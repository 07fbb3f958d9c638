/**
 * What can be wrong with one row of an import (declarations, permits, locations, incidents, field reports CSV;
 * events of an EPCIS document): a closed catalogue of codes, each with its parameters, so that the web app says the problem in the
 * user's language (web/src/i18n, `intake.rowErrors`) while the command line prints the English below. A new
 * check adds its code here, its English template, and its words in both web catalogues (a test holds them equal).
 */

/** English for the command line and the API's `message`; `{name}` is a parameter. */
export const ROW_ERROR_ENGLISH = {
  REQUIRED: 'required',
  CAS_FORMAT: 'expected a CAS number NNNNNNN-NN-N',
  NUMBER: 'expected a number',
  DECIMAL: 'not a decimal number (use a dot, no thousands separators)',
  WHOLE_NUMBER: 'a positive whole number',
  POSITIVE: 'must be greater than zero',
  NOT_NEGATIVE: 'must not be negative',
  ABSURD: 'absurd: more than {max}',
  AT_LEAST: 'at least {min}',
  AT_MOST: 'at most {max}',
  DATE: 'expected YYYY-MM-DD',
  INSTANT: 'an ISO 8601 date or date-time',
  REAL_DATE: 'a real date between years 0001 and 9999',
  LOCODE: 'a UN/LOCODE such as MXZLO',
  COUNTRY: 'an ISO 3166 alpha-2 country code',
  IMO: 'an IMO number (7 digits)',
  HS_CODE: 'an HS code of 6, 8 or 10 digits',
  SMILES: 'invalid SMILES (RDKit cannot parse it)',
  MISSING_COLUMN: 'missing column in the header',
  VALID_TO_BEFORE: 'valid_to is before valid_from',
  DAMAGED_RECORD: 'not read: part of the damaged record of line {line}',
  FIELD_COUNT: 'expected {expected} fields as in the header, got {got}',
  QUOTE_SPANS_LINES:
    'bad quoting: the quoted cell runs from line {from} to line {to}; a closing quote is missing',
  QUOTE_AFTER_CLOSING: 'bad quoting: unexpected {character} after a closing quote',
  QUOTE_IN_UNQUOTED: 'bad quoting: unexpected "\\"" inside an unquoted field',
  QUOTE_NEVER_CLOSES: 'bad quoting: the quote opened at line {line} never closes',
  TOO_LONG: 'longer than {max} characters ({length})',
  CONTROL_CHARACTER: 'contains the control character {character} at position {position}',
  INVALID_UTF8: 'invalid UTF-8 (bytes that are not UTF-8)',
  DATABASE_REFUSED: 'refused by the database ({sqlstate}): {detail}',
  EPCIS_REQUIRED_MEMBER: "must have required property '{name}'",
  EPCIS_ONE_OF: 'must be one of {values}',
  EPCIS_SCHEMA: '{detail}',
  EPCIS_DUPLICATE: 'repeats {value} (must NOT have duplicate items)',
  EPCIS_TOO_MANY_EVENTS: 'more than {max} events in one document ({count}); split it',
  EPCIS_LIMIT: '{detail}',
  ONE_OF: 'one of {values}',
  PLACE_NEEDED: 'a place is needed: lat and lon, or place',
  PLACE_UNKNOWN: 'not a registered location, a lat,lon or a Mexican locality: {value}',
  DUPLICATE_ID: 'repeats the {field} of line {line}',
  INVALID: '{detail}',
} as const;

export type RowErrorCode = keyof typeof ROW_ERROR_ENGLISH;
export const ROW_ERROR_CODES = Object.keys(ROW_ERROR_ENGLISH) as RowErrorCode[];

/** A parameter of a row error: a line, a field's value, a limit. */
export type RowErrorParams = Record<string, string | number>;

/** One problem of a row: the field (or `(row)`), the code and its parameters, and the English sentence. */
export interface FieldError {
  field: string;
  code: RowErrorCode;
  params: RowErrorParams;
  message: string;
}

export function rowErrorEnglish(code: RowErrorCode, params: RowErrorParams = {}): string {
  return ROW_ERROR_ENGLISH[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function fieldError(field: string, code: RowErrorCode, params: RowErrorParams = {}): FieldError {
  return { field, code, params, message: rowErrorEnglish(code, params) };
}
