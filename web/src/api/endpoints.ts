/** One function per API call the web app makes (the documented contract in docs/openapi.json). */
import { z } from 'zod';
import type { Marking } from './contract.ts';
import {
  AlertPage,
  AuditEntry,
  Consignment,
  ConsignmentPage,
  ConsignmentTrackPage,
  FindingPage,
  Entity,
  Location,
  LoginResponse,
  Me,
  Network,
} from './contract.ts';
import { request } from './http.ts';

export const login = (username: string, password: string) =>
  request('POST', '/api/auth/login', LoginResponse, { body: { username, password } });
export const logout = () => request('POST', '/api/auth/logout', null);
export const fetchMe = () => request('GET', '/api/me', Me);
export const saveLocale = (locale: 'es' | 'en') => request('PATCH', '/api/me', null, { body: { locale } });

/** GET /api/alerts accepts exactly these (a strict query schema: anything else is a 400). */
export interface AlertQueryParams {
  verdict?: string;
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

export interface FindingQueryParams {
  bol?: string;
  kind?: string;
  severity?: string;
  limit?: number;
  offset?: number;
}
export const fetchFindings = (query: FindingQueryParams, signal?: AbortSignal) =>
  request('GET', '/api/findings', FindingPage, { query: { ...query }, signal });

export const fetchConsignments = (query: { port?: string; limit?: number; offset?: number }) =>
  request('GET', '/api/consignments', ConsignmentPage, { query });
export const fetchPortTracks = (port: string | undefined, signal?: AbortSignal) =>
  request('GET', '/api/consignments', ConsignmentTrackPage, {
    query: { port, include: 'track', limit: 1000 },
    signal,
  });
export const fetchConsignment = (billOfLading: string) =>
  request('GET', `/api/consignments/${encodeURIComponent(billOfLading)}`, Consignment);

export const fetchLocations = () =>
  request('GET', '/api/locations', z.union([z.array(Location), z.object({ items: z.array(Location) })])).then(
    (result) => (Array.isArray(result) ? result : result.items),
  );

export const fetchEntity = (id: string) => request('GET', `/api/entities/${encodeURIComponent(id)}`, Entity);
export const fetchNetwork = (id: string, depth: number) =>
  request('GET', `/api/entities/${encodeURIComponent(id)}/network`, Network, { query: { depth } });

export const updateMarking = (table: string, id: string, marking: Omit<Marking, 'ownerAgency'>) =>
  request('PUT', `/api/markings/${encodeURIComponent(table)}/${encodeURIComponent(id)}`, null, {
    body: marking,
  });

export interface AuditQueryParams {
  action?: string;
  table?: string;
  user?: string;
  subjectId?: string;
  beforeSeq?: number;
  limit?: number;
}
export const fetchAudit = (query: AuditQueryParams) =>
  request('GET', '/api/audit', z.array(AuditEntry), { query: { ...query } });
