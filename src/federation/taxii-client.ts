/**
 * The TAXII 2.1 client a pull (sync.ts) and a push (push.ts) share: bearer-token requests in the TAXII media type,
 * answers checked against their schemas, and every failure to reach the peer or to read its answer one coded
 * error (`PEER_UNAVAILABLE`) naming the URL.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { ApiRoot, DATE_ADDED_LAST, Discovery, TAXII_MEDIA_TYPE } from './taxii.ts';

export class TaxiiClient {
  constructor(
    private readonly token: string,
    private readonly fetchFn: typeof fetch,
  ) {}

  async get<T>(url: string, schema: z.ZodType<T>): Promise<{ body: T; last: string | null }> {
    const response = await this.send(url, {
      headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${this.token}` },
    });
    return { body: await this.read(url, response, schema), last: response.headers.get(DATE_ADDED_LAST) };
  }

  /** POSTs a TAXII envelope; the answer is read with `schema` (a push: 202 and a status resource). */
  async post<T>(url: string, body: string, schema: z.ZodType<T>): Promise<T> {
    const response = await this.send(url, {
      method: 'POST',
      headers: {
        accept: TAXII_MEDIA_TYPE,
        'content-type': TAXII_MEDIA_TYPE,
        authorization: `Bearer ${this.token}`,
      },
      body,
    });
    return this.read(url, response, schema);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchFn(url, init);
    } catch (e) {
      throw new AppError('PEER_UNAVAILABLE', { detail: `${url}: ${(e as Error).message}` });
    }
  }

  private async read<T>(url: string, response: Response, schema: z.ZodType<T>): Promise<T> {
    if (!response.ok) throw new AppError('PEER_UNAVAILABLE', { detail: `${url}: HTTP ${response.status}` });
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new AppError('PEER_UNAVAILABLE', { detail: `${url}: not a TAXII 2.1 answer` });
    return parsed.data;
  }
}

export const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The API root a URL names: itself, or the discovery resource's default (or first) API root. */
export async function apiRootOf(client: TaxiiClient, url: string): Promise<string> {
  const base = withSlash(url);
  const { body } = await client.get(base, z.union([Discovery, ApiRoot]));
  if (!('api_roots' in body)) return base;
  const root = body.default ?? body.api_roots[0];
  if (!root) throw new AppError('PEER_UNAVAILABLE', { detail: `${url}: no API root` });
  return withSlash(new URL(root, base).toString());
}
