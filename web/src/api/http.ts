/**
 * The one transport to the API: openapi-fetch over same-origin fetch with the session cookie. Every response is
 * validated with a zod schema (contract.ts) and every error body becomes an ApiError carrying the bilingual
 * message the server sent, so views can show it in the user's language.
 */
import createClient from 'openapi-fetch';
import type { z } from 'zod';
import { ErrorBody } from './contract.ts';
import type { paths } from './schema.d.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: { en: string; es: string };
  readonly field: string | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: ErrorBody | null, fallback: string) {
    super(body?.error.message.en ?? fallback);
    this.status = status;
    this.code = body?.error.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.messages = body?.error.message ?? { en: fallback, es: fallback };
    this.field = body?.error.field;
    this.requestId = body?.error.requestId;
  }

  /** The message in the user's language. */
  localized(locale: string): string {
    return locale.startsWith('es') ? this.messages.es : this.messages.en;
  }
}

type QueryValue = string | number | boolean | undefined | null;
export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

interface LooseTransport {
  request(
    method: string,
    url: string,
    init: {
      params?: { query?: Record<string, unknown> };
      body?: unknown;
      signal?: AbortSignal;
      parseAs?: 'json' | 'text';
    },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Listeners told when the server says the session is gone (401), so the shell can return to the login. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const client = createClient<paths>({
  // Absolute: Request objects reject relative URLs outside a browser page (tests run under jsdom).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up per call rather than captured once, so tests can stub fetch.
  fetch: (request) => globalThis.fetch(request),
});
// The generated `paths` type describes the documented routes; views reach them through `request` below, which
// validates responses at run time, so the transport is used untyped here.
const transport = client as unknown as LooseTransport;

function cleanQuery(query: Record<string, QueryValue> | undefined): Record<string, unknown> | undefined {
  if (!query) return undefined;
  const entries = Object.entries(query).filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  return Object.fromEntries(entries);
}

export async function request<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  schema: S | null,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  let result: Awaited<ReturnType<LooseTransport['request']>>;
  try {
    result = await transport.request(method, url, {
      params: { query: cleanQuery(options.query) },
      body: options.body,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null, 'The server cannot be reached. Check the connection and try again.');
  }
  const { response } = result;
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(result.error);
    if (response.status === 401 && !url.endsWith('/auth/login')) unauthorizedListeners.forEach((l) => l());
    throw new ApiError(response.status, parsed.success ? parsed.data : null, `HTTP ${response.status}`);
  }
  if (!schema) return undefined as z.infer<S>;
  const parsed = schema.safeParse(result.data);
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${url}`, parsed.error.issues);
    throw new ApiError(response.status, null, `Unexpected response from ${url}`);
  }
  return parsed.data;
}
