import type { FieldError } from '../shared/row-errors.ts';
import { catalogue, type ErrorCode } from './catalogue.ts';

export interface ErrorDetails {
  /** The offending field (JSON path or CSV column). */
  field?: string | undefined;
  /** The offending row of an input file (1-based line number). */
  row?: number | undefined;
  /** A precise statement of what was wrong, for the person who sent it. */
  detail?: string | undefined;
  /** Every field of a refused record with its coded problem (a record sent as JSON: each said in the user's language). */
  fieldErrors?: readonly FieldError[] | undefined;
}

/** An error of the closed catalogue: its code fixes the HTTP status and the bilingual message. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    const entry = catalogue[code];
    super(details.detail ? `${entry.en}: ${details.detail}` : entry.en);
    this.name = 'AppError';
    this.status = entry.status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
