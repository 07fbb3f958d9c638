/**
 * The one transport to the API: openapi-fetch's client typed by the generated `paths` (schema.d.ts, from the
 * OpenAPI document the server's zod schemas produce), over same-origin fetch with the session cookie. Calls,
 * bodies and responses are checked by `tsc` against that document; every error body is the closed catalogue's
 * (its `default` response) and becomes an ApiError carrying the bilingual message, so views can show it in the
 * user's language.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

/** The body of every failure (src/http/openapi-errors.ts): a catalogue code and its message in both languages. */
export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = ErrorBody['error']['code'];

/**
 * Whether a failure's body is the catalogue's: anything between the browser and the API (a proxy's HTML page,
 * a gateway timeout) may answer instead, and then the status is all there is to say.
 */
function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'object' &&
    error.message !== null &&
    'en' in error.message &&
    typeof error.message.en === 'string' &&
    'es' in error.message &&
    typeof error.message.es === 'string'
  );
}

export class ApiError extends Error {
  readonly status: number;
  /** A catalogue code, NETWORK when the server was not reached, HTTP_<status> when something else answered. */
  readonly code: ErrorCode | 'NETWORK' | `HTTP_${number}`;
  readonly messages: { en: string; es: string };
  readonly field: string | undefined;
  /** A refused record's problems, one per field (a form says each in the user's language). */
  readonly fieldErrors: NonNullable<ErrorBody['error']['fieldErrors']>;
  readonly requestId: string | undefined;

  constructor(status: number, body: unknown, fallback: string) {
    const error = isErrorBody(body) ? body.error : null;
    super(error?.message.en ?? fallback);
    this.status = status;
    this.code = error?.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.messages = error?.message ?? { en: fallback, es: fallback };
    this.field = error?.field;
    this.fieldErrors = error?.fieldErrors ?? [];
    this.requestId = error?.requestId;
  }

  /** The message in the user's language. */
  localized(locale: string): string {
    return locale.startsWith('es') ? this.messages.es : this.messages.en;
  }
}

/** Listeners told when the server says the session is gone (401), so the shell can return to the login. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export const api = createClient<paths>({
  // Absolute: Request objects reject relative URLs outside a browser page (tests run under jsdom).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up per call rather than captured once, so tests can stub fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  onResponse({ schemaPath, response }) {
    // A refused login is a wrong password, not a lost session.
    if (response.status === 401 && schemaPath !== '/api/auth/login')
      unauthorizedListeners.forEach((l) => l());
  },
});

/** What openapi-fetch resolves to: a success with its documented body, or a failure with its error body. */
type Outcome = { data?: unknown; error?: unknown; response: Response };
/** The success among a route's outcomes (the member whose `error` cannot be set). */
type Success<R extends Outcome> = Extract<R, { error?: never }>;

function succeeded<R extends Outcome>(outcome: R): outcome is Success<R> {
  // openapi-fetch reports a failure with an empty body as `error: undefined`: the status decides.
  return outcome.response.ok && outcome.error === undefined;
}

/**
 * A call's data, or its failure thrown as an ApiError (views handle one kind of failure). The data's type is
 * the route's documented success response; a route that answers without a body gives undefined.
 */
export async function unwrap<R extends Outcome>(pending: Promise<R>): Promise<Success<R>['data']> {
  let outcome: R;
  try {
    outcome = await pending;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null, 'The server cannot be reached. Check the connection and try again.');
  }
  if (succeeded(outcome)) return outcome.data;
  const { status } = outcome.response;
  throw new ApiError(status, outcome.error, `HTTP ${status}`);
}
