/**
 * The calls of the intake, registry and report screens (web/src/intake, web/src/registry, web/src/reports),
 * typed like every other call (http.ts). Uploads go through intake/upload.ts, which reports progress.
 */
import { api, unwrap } from './http.ts';
import type { MarkingChange, QueryOf, RequestOf, ResponseOf } from './types.ts';

export type PermitPage = ResponseOf<'/api/permits'>;
export type Permit = PermitPage['items'][number];
export type PermitQueryParams = QueryOf<'/api/permits'>;
export type PermitEdit = RequestOf<'/api/permits/{id}', 'put'>;
export type PermitChange = ResponseOf<'/api/permits/{id}/history'>['items'][number];
export type Report = ResponseOf<'/api/reports/{id}'>;

/** What each import answers (the screens show them side by side). */
export type DeclarationsImport = ResponseOf<'/api/declarations/import', 'post'>;
export type RegistryImport = ResponseOf<'/api/permits/import', 'post'>;
export type EpcisImport = ResponseOf<'/api/epcis/import', 'post'>;

export const fetchPermits = (query: PermitQueryParams, signal?: AbortSignal) =>
  unwrap(api.GET('/api/permits', { params: { query }, signal }));
export const fetchPermit = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/permits/{id}', { params: { path: { id } }, signal }));
export const fetchPermitHistory = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/permits/{id}/history', { params: { path: { id } }, signal }));
export const editPermit = (id: string, body: PermitEdit) =>
  unwrap(api.PUT('/api/permits/{id}', { params: { path: { id } }, body }));

export const fetchReports = (page: { limit: number; offset: number }, signal?: AbortSignal) =>
  unwrap(api.GET('/api/reports', { params: { query: page }, signal }));
export const fetchReport = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/reports/{id}', { params: { path: { id } }, signal }));
export const writeReport = (title: string, body: string, marking: MarkingChange) =>
  unwrap(api.POST('/api/reports', { body: { title, body, marking } }));
