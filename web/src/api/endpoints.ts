/** One function per API call the web app makes (the documented contract in docs/openapi.json). */
import { z } from 'zod';
import type { Marking } from './contract.ts';
import {
  AlertPage,
  AuditEntry,
  AuditVerification,
  Consignment,
  ConsignmentPage,
  FindingDetail,
  FindingPage,
  Entity,
  Location,
  LoginResponse,
  Me,
  Network,
  PortTracks,
} from './contract.ts';
import { MarkingPreview } from './contract-marking.ts';
import { SearchAnswer } from './search-contract.ts';
import { request } from './http.ts';
import type { paths } from './schema.d.ts';

export const login = (username: string, password: string) =>
  request('POST', '/api/auth/login', LoginResponse, { body: { username, password } });
export const logout = () => request('POST', '/api/auth/logout', null);
export const fetchMe = () => request('GET', '/api/me', Me);
export const saveLocale = (locale: 'es' | 'en') => request('PATCH', '/api/me', null, { body: { locale } });

/** GET /api/alerts accepts exactly these (a strict query schema: anything else is a 400). */
export interface AlertQueryParams {
  verdict?: string;
  severity?: string;
  port?: string;
  substance?: string;
  status?: string;
  from?: string;
  to?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export const fetchAlerts = (params: AlertQueryParams, signal?: AbortSignal) =>
  request('GET', '/api/alerts', AlertPage, { query: { ...params }, signal });

export type AlertAction = 'acknowledge' | 'assign' | 'dismiss' | 'escalate';
export const actOnAlert = (
  id: string,
  action: AlertAction,
  body: { reason?: string; assignee?: string } = {},
) => request('POST', `/api/alerts/${encodeURIComponent(id)}/${action}`, null, { body });

/** GET /api/findings accepts exactly these (a strict query schema: anything else is a 400). */
export interface FindingQueryParams {
  bol?: string;
  kind?: string;
  severity?: string;
  status?: string;
  port?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}
export const fetchFindings = (query: FindingQueryParams, signal?: AbortSignal) =>
  request('GET', '/api/findings', FindingPage, { query: { ...query }, signal });
export const fetchFinding = (id: string, signal?: AbortSignal) =>
  request('GET', `/api/findings/${encodeURIComponent(id)}`, FindingDetail, { signal });
/** The alerts' actions and bodies; the action moves every finding of the consignment and kind. */
export const actOnFinding = (
  id: string,
  action: AlertAction,
  body: { reason?: string; assignee?: string } = {},
) => request('POST', `/api/findings/${encodeURIComponent(id)}/${action}`, null, { body });

export interface ConsignmentQueryParams {
  port?: string;
  state?: string;
  withFindings?: boolean;
  limit?: number;
  offset?: number;
}
export const fetchConsignments = (query: ConsignmentQueryParams, signal?: AbortSignal) =>
  request('GET', '/api/consignments', ConsignmentPage, { query: { ...query }, signal });
export const fetchPortTracks = (locode: string, signal?: AbortSignal) =>
  request('GET', `/api/ports/${encodeURIComponent(locode)}/tracks`, PortTracks, { signal });
export const fetchConsignment = (billOfLading: string) =>
  request('GET', `/api/consignments/${encodeURIComponent(billOfLading)}`, Consignment);

/** The locations endpoint's largest page. */
export const LOCATIONS_PAGE = 1000;
const fetchLocationPage = (offset: number, signal?: AbortSignal) =>
  request('GET', '/api/locations', z.union([z.array(Location), z.object({ items: z.array(Location) })]), {
    query: { limit: LOCATIONS_PAGE, offset },
    signal,
  }).then((result) => (Array.isArray(result) ? result : result.items));

/** Every registered place the caller can see, page after page until one comes back short. */
export async function fetchLocations(signal?: AbortSignal): Promise<Location[]> {
  const all: Location[] = [];
  for (let offset = 0; ; offset += LOCATIONS_PAGE) {
    const page = await fetchLocationPage(offset, signal);
    all.push(...page);
    if (page.length < LOCATIONS_PAGE) return all;
  }
}

export const fetchEntity = (id: string) => request('GET', `/api/entities/${encodeURIComponent(id)}`, Entity);
export const fetchNetwork = (id: string, depth: number) =>
  request('GET', `/api/entities/${encodeURIComponent(id)}/network`, Network, { query: { depth } });

export const updateMarking = (
  table: string,
  id: string,
  marking: Omit<Marking, 'ownerAgency'>,
  justification?: string,
) =>
  request('PUT', `/api/markings/${encodeURIComponent(table)}/${encodeURIComponent(id)}`, null, {
    body: justification ? { ...marking, justification } : marking,
  });

/** Who would read the record after the change, and whether the server would take it (nothing is changed). */
export const previewMarking = (table: string, id: string, marking: Omit<Marking, 'ownerAgency'>) =>
  request(
    'POST',
    `/api/markings/${encodeURIComponent(table)}/${encodeURIComponent(id)}/preview`,
    MarkingPreview,
    { body: marking },
  );

export interface AuditQueryParams {
  action?: string;
  table?: string;
  user?: string;
  subjectId?: string;
  agency?: string;
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}
export const fetchAudit = (query: AuditQueryParams, signal?: AbortSignal) =>
  request('GET', '/api/audit', z.array(AuditEntry), { query: { ...query }, signal });
/** Walks every chain the auditor may read on the server: an auditor's check that nothing was altered. */
export const verifyAudit = () => request('GET', '/api/audit/verify', AuditVerification);

/**
 * Compile-time check that every route above is in the API's OpenAPI document (schema.d.ts, regenerated by
 * web/scripts/gen-client.ts): a route renamed or removed on the server fails `tsc` here.
 */
export const DOCUMENTED_ROUTES = [
  '/api/auth/login',
  '/api/auth/logout',
  '/api/me',
  '/api/alerts',
  '/api/alerts/{id}/acknowledge',
  '/api/alerts/{id}/assign',
  '/api/alerts/{id}/dismiss',
  '/api/alerts/{id}/escalate',
  '/api/findings',
  '/api/findings/{id}',
  '/api/findings/{id}/acknowledge',
  '/api/findings/{id}/assign',
  '/api/findings/{id}/dismiss',
  '/api/findings/{id}/escalate',
  '/api/consignments',
  '/api/consignments/{bol}',
  '/api/ports/{locode}/tracks',
  '/api/locations',
  '/api/entities/{id}',
  '/api/entities/{id}/network',
  '/api/markings/{table}/{id}',
  '/api/audit',
  '/api/audit/verify',
] as const satisfies readonly (keyof paths)[];

/** The header's search box: the best `limit` records matching the text, under the caller's visibility. */
export const searchRecords = (q: string, limit: number, signal?: AbortSignal) =>
  request('GET', '/api/search', SearchAnswer, { query: { q, limit }, signal });
