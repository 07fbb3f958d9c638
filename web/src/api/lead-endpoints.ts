/** The calls of the lead board and a lead's page (web/src/leads), typed like every other call (http.ts). */
import { api, unwrap } from './http.ts';
import type { QueryOf, RequestOf, ResponseOf } from './types.ts';

export type LeadPage = ResponseOf<'/api/leads'>;
export type LeadItem = LeadPage['items'][number];
export type LeadDetail = ResponseOf<'/api/leads/{leadId}'>;
export type LeadQuery = QueryOf<'/api/leads'>;
export type LeadDecision = RequestOf<'/api/leads/{leadId}/decisions', 'post'>;
export type LeadOutcome = RequestOf<'/api/leads/{leadId}/outcomes', 'post'>;

export const fetchLeads = (query: LeadQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/leads', { params: { query }, signal }));
export const fetchLead = (leadId: string, asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/leads/{leadId}', {
      params: { path: { leadId }, query: asOf ? { asOf } : {} },
      signal,
    }),
  );
export const decideLead = (leadId: string, body: LeadDecision) =>
  unwrap(api.POST('/api/leads/{leadId}/decisions', { params: { path: { leadId } }, body }));
export const recordLeadOutcome = (leadId: string, body: LeadOutcome) =>
  unwrap(api.POST('/api/leads/{leadId}/outcomes', { params: { path: { leadId } }, body }));
