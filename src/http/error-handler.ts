import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors/app-error.ts';
import { catalogue, type ErrorCode } from '../errors/catalogue.ts';
import type { ErrorBody } from './types.ts';

/** Fastify's own error codes that are the client's fault, mapped into the catalogue. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** PostgreSQL error classes that mean the request asked for something the rules refuse. */
const SQLSTATE_CODES: Record<string, ErrorCode> = {
  '42501': 'FORBIDDEN', // insufficient privilege, row-level security violation
  '23505': 'CONFLICT', // unique violation
  '23503': 'CONFLICT', // foreign key violation
  '23514': 'VALIDATION_FAILED', // check violation
  '22P02': 'VALIDATION_FAILED', // invalid text representation
  '57014': 'QUERY_TIMEOUT', // statement_timeout: a request never holds a connection forever
};

/**
 * SQLSTATE classes that mean the value, not the server, is wrong: 22 (data exception: NUL, a year out of range,
 * a number that overflows) and 54 (program limit exceeded: an index entry or a jsonb nesting too large). The
 * input bounds (src/store/bounds.ts) refuse these before the database; this is the net under them.
 */
export function sqlstateClassError(code: string, message: string | undefined): AppError | null {
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code.startsWith('22')) return new AppError('VALIDATION_FAILED', { detail: message });
  if (code.startsWith('54')) return new AppError('VALUE_TOO_LARGE', { detail: message });
  return null;
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const keys = (first?.params as { keys?: string[] } | undefined)?.keys ?? [];
    const path = [
      ...(first?.instancePath ?? '').split('/').filter(Boolean),
      ...(first?.keyword === 'unrecognized_keys' ? keys : []),
    ];
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    return new AppError('VALIDATION_FAILED', {
      field: [context, ...path].join('.'),
      detail: first?.message,
    });
  }
  const e = error as Partial<FastifyError> & { code?: string; statusCode?: number };
  if (typeof e.code === 'string' && FASTIFY_CODES[e.code]) {
    return new AppError(FASTIFY_CODES[e.code]!, { detail: e.message });
  }
  if (e.statusCode === 429) return new AppError('TOO_MANY_ATTEMPTS');
  // The database's own text (table, constraint and policy names) stays in the log, never in the body.
  if (typeof e.code === 'string' && SQLSTATE_CODES[e.code]) return new AppError(SQLSTATE_CODES[e.code]!);
  // Classes 22 and 54 describe the input (a value out of range, too long), which the caller may read.
  const byClass = typeof e.code === 'string' ? sqlstateClassError(e.code, e.message) : null;
  if (byClass) return byClass;
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', { detail: e.message });
  }
  return null;
}

export function errorBody(error: AppError, requestId: string): ErrorBody {
  const entry = catalogue[error.code];
  return {
    error: {
      code: error.code,
      message: { en: entry.en, es: entry.es },
      field: error.details.field,
      row: error.details.row,
      detail: error.details.detail,
      ...(error.details.fieldErrors ? { fieldErrors: [...error.details.fieldErrors] } : {}),
      requestId,
    },
  };
}

/** Known errors answer with their code; anything else is a 500 with the request id and no internals. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const known = toAppError(error);
  if (known && known.status < 500) {
    if (!(error instanceof AppError)) request.log.info({ err: error }, known.code);
    void reply.status(known.status).send(errorBody(known, request.id));
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  // A 5xx body says only what failed in the catalogue's words and the request id to quote: no detail or field.
  const internal = known ?? new AppError('INTERNAL');
  void reply.status(internal.status).send(errorBody(new AppError(internal.code), request.id));
}
