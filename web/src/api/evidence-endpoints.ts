/**
 * The calls of the incidents and field reports screens (web/src/evidence), typed like every other call (http.ts).
 * Imports of their CSV files go through intake/upload.ts, which reports progress.
 */
import { api, unwrap } from './http.ts';
import type { paths } from './schema.d.ts';
import type { QueryOf, RequestOf, ResponseOf } from './types.ts';

export type IncidentPage = ResponseOf<'/api/incidents'>;
export type Incident = IncidentPage['items'][number];
export type IncidentDetail = ResponseOf<'/api/incidents/{id}'>;
export type IncidentQuery = QueryOf<'/api/incidents'>;
export type FieldReportPage = ResponseOf<'/api/field-reports'>;
export type FieldReport = FieldReportPage['items'][number];
export type FieldReportQuery = QueryOf<'/api/field-reports'>;
export type IncidentRecord = RequestOf<'/api/incidents', 'post'>;
export type FieldReportRecord = RequestOf<'/api/field-reports', 'post'>;
/** What an import of either file answers (the intake shows it). */
export type EvidenceImport = ResponseOf<'/api/incidents/import', 'post'>;

export const fetchIncidents = (query: IncidentQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/incidents', { params: { query }, signal }));
export const fetchIncident = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/incidents/{id}', { params: { path: { id } }, signal }));
export const fetchFieldReports = (query: FieldReportQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/field-reports', { params: { query }, signal }));
export const fetchFieldReport = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/field-reports/{id}', { params: { path: { id } }, signal }));

/** The markings of a recorded record, as an import's query (intake/upload.ts, `importQuery`). */
type MarkingQuery = NonNullable<paths['/api/incidents']['post']['parameters']['query']>;

export const recordIncident = (body: IncidentRecord, query: MarkingQuery) =>
  unwrap(api.POST('/api/incidents', { params: { query }, body }));
export const recordFieldReport = (body: FieldReportRecord, query: MarkingQuery) =>
  unwrap(api.POST('/api/field-reports', { params: { query }, body }));
