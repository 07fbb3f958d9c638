/**
 * The one bound every request passes before its route's schema: no control characters (NUL above all, which
 * PostgreSQL refuses), no parameter longer than TEXT_LIMITS.parameter, no body string longer than
 * TEXT_LIMITS.bodyString, no body nested deeper or wider than BODY_LIMITS. A route's own schema may say less
 * (and the EPCIS capture checks its documents with its own limits); none may say more.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { jsonProblem, TEXT_LIMITS, type JsonLimits } from '../store/bounds.ts';

const BODY_LIMITS: JsonLimits = {
  maxDepth: 64,
  maxArrayLength: 100_000,
  maxStringLength: TEXT_LIMITS.bodyString,
  maxKeys: 10_000,
};

const PARAMETER_LIMITS: JsonLimits = {
  maxDepth: 3,
  maxArrayLength: 1_000,
  maxStringLength: TEXT_LIMITS.parameter,
  maxKeys: 200,
};

function check(value: unknown, limits: JsonLimits, where: string): void {
  const problem = jsonProblem(value, limits);
  if (!problem) return;
  const path = problem.path.split('/').filter(Boolean).slice(0, 8);
  throw new AppError('VALIDATION_FAILED', { field: [where, ...path].join('.'), detail: problem.message });
}

/** A preValidation hook: runs after the body is parsed and before the route's zod schema. */
export async function boundInput(request: FastifyRequest): Promise<void> {
  check(request.params, PARAMETER_LIMITS, 'params');
  check(request.query, PARAMETER_LIMITS, 'querystring');
  // EPCIS documents are bounded by the capture itself (src/epcis/validate.ts), with limits of their own.
  if (request.body !== null && typeof request.body === 'object' && !isEpcisCapture(request))
    check(request.body, BODY_LIMITS, 'body');
}

function isEpcisCapture(request: FastifyRequest): boolean {
  return request.routeOptions.url === '/api/epcis/capture';
}
