/**
 * A zod issue of a row's schema (declarations, permits, locations) as a coded row error. The schemas write their
 * own messages with the catalogue's English (`ROW_ERROR_ENGLISH`), so each is recognised exactly; a check with a
 * parameter says its code through `rowCheck`; zod's own bounds (min, max, type) are read from the issue's fields.
 * Anything else is `INVALID`, its English kept as the detail: never a row error without a code.
 */
import { z } from 'zod';
import {
  ROW_ERROR_CODES,
  ROW_ERROR_ENGLISH,
  fieldError,
  type FieldError,
  type RowErrorCode,
  type RowErrorParams,
} from '../shared/row-errors.ts';

const BY_ENGLISH = new Map<string, RowErrorCode>(
  ROW_ERROR_CODES.filter((code) => !ROW_ERROR_ENGLISH[code].includes('{')).map((code) => [
    ROW_ERROR_ENGLISH[code],
    code,
  ]),
);

/** The second argument of a `.refine` whose failure is a coded row error with parameters. */
export function rowCheck(code: RowErrorCode, params: RowErrorParams): { message: string; params: object } {
  return { message: fieldError('', code, params).message, params: { rowError: code, ...params } };
}

function fieldErrorOfIssue(issue: z.core.$ZodIssue, field: string, value: string | undefined): FieldError {
  const known = BY_ENGLISH.get(issue.message);
  if (known) return fieldError(field, known);
  switch (issue.code) {
    case 'custom': {
      const { rowError, ...params } = (issue.params ?? {}) as { rowError?: RowErrorCode } & RowErrorParams;
      if (rowError && rowError in ROW_ERROR_ENGLISH) return fieldError(field, rowError, params);
      break;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min === 1) return fieldError(field, 'REQUIRED');
      if (issue.origin === 'number' && min === 0)
        return fieldError(field, issue.inclusive ? 'NOT_NEGATIVE' : 'POSITIVE');
      if (issue.origin === 'number') return fieldError(field, 'AT_LEAST', { min });
      break;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return fieldError(field, 'TOO_LONG', { max, length: value?.trim().length ?? 0 });
      if (issue.origin === 'number') return fieldError(field, 'AT_MOST', { max });
      break;
    }
    case 'invalid_type':
      if (issue.expected === 'number') return fieldError(field, 'NUMBER');
      break;
    default:
      break;
  }
  return { field, code: 'INVALID', params: { detail: issue.message }, message: issue.message };
}

/** The row errors of a failed parse, one per issue, named by the column in the issue's path. */
export function fieldErrorsOf(error: z.ZodError, cells: Record<string, string>, join = false): FieldError[] {
  return error.issues.map((issue) => {
    const field = (join ? issue.path.join('.') : String(issue.path[0] ?? '')) || '(row)';
    return fieldErrorOfIssue(issue, field, cells[field]);
  });
}

/** A row error in an API answer: the code and its parameters for the web app, the English for the rest. */
export const FieldErrorBody = z.object({
  field: z.string(),
  code: z.enum(ROW_ERROR_CODES as [RowErrorCode, ...RowErrorCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
