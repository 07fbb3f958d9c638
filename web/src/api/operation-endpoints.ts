/** The calls of the operations screens (web/src/operations), typed like every other call (http.ts). */
import type { OperationAction } from '../../../src/shared/cases.ts';
import { api, unwrap } from './http.ts';
import type { QueryOf, RequestOf, ResponseOf } from './types.ts';

export type OperationPage = ResponseOf<'/api/operations'>;
export type OperationItem = OperationPage['items'][number];
export type OperationDetail = ResponseOf<'/api/operations/{id}'>;
type OperationQuery = QueryOf<'/api/operations'>;
export type OperationDraft = RequestOf<'/api/cases/{id}/operations', 'post'>;
export type OutcomeRequest = RequestOf<'/api/operations/{id}/outcomes', 'post'>;
export type OperationOutcome = OperationDetail['outcomes'][number];

export const fetchOperations = (query: OperationQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/operations', { params: { query }, signal }));
export const fetchOperation = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/operations/{id}', { params: { path: { id } }, signal }));
export const moveOperation = (id: string, action: OperationAction, reason: string) =>
  unwrap(api.POST(`/api/operations/{id}/${action}`, { params: { path: { id } }, body: { reason } }));
export const commentOnOperation = (id: string, kind: 'comment' | 'recommendation', body: string) =>
  unwrap(api.POST('/api/operations/{id}/comments', { params: { path: { id } }, body: { kind, body } }));
export const draftOperation = (caseId: string, body: OperationDraft) =>
  unwrap(api.POST('/api/cases/{id}/operations', { params: { path: { id: caseId } }, body }));
export const recordOutcome = (id: string, body: OutcomeRequest) =>
  unwrap(api.POST('/api/operations/{id}/outcomes', { params: { path: { id } }, body }));
