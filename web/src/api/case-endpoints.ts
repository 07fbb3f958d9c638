/** The calls of the cases screens (web/src/cases) and of escalation, typed like every other call (http.ts). */
import { api, unwrap } from './http.ts';
import { everyItem } from './pages.ts';
import type { QueryOf, RequestOf, ResponseOf } from './types.ts';

export type CasePage = ResponseOf<'/api/cases'>;
export type CaseItem = CasePage['items'][number];
export type CaseDetail = ResponseOf<'/api/cases/{id}'>;
export type CaseLink = CaseDetail['links'][number];
export type CaseQuery = QueryOf<'/api/cases'>;
export type CaseOpening = RequestOf<'/api/cases', 'post'>;
export type CaseLinkRequest = RequestOf<'/api/cases/{id}/links', 'post'>;

export const fetchCases = (query: CaseQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cases', { params: { query }, signal }));
export const fetchCase = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cases/{id}', { params: { path: { id } }, signal }));
export const openCase = (body: CaseOpening) => unwrap(api.POST('/api/cases', { body }));
export const assignToCase = (id: string, userId: string) =>
  unwrap(api.POST('/api/cases/{id}/assignees', { params: { path: { id } }, body: { userId } }));
export const linkToCase = (id: string, body: CaseLinkRequest) =>
  unwrap(api.POST('/api/cases/{id}/links', { params: { path: { id } }, body }));
export const noteOnCase = (id: string, body: string) =>
  unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id } }, body: { body } }));
export const setCaseStatus = (id: string, to: 'close' | 'reopen', reason: string) =>
  to === 'close'
    ? unwrap(api.POST('/api/cases/{id}/close', { params: { path: { id } }, body: { reason } }))
    : unwrap(api.POST('/api/cases/{id}/reopen', { params: { path: { id } }, body: { reason } }));
export type AssignableUser = ResponseOf<'/api/cases/{id}/assignable'>['items'][number];
/** The people of every agency that may see the case (whom its lead agency assigns, an operation attaches). */
export const fetchAssignable = (id: string, signal?: AbortSignal) =>
  everyItem((limit, offset) =>
    unwrap(
      api.GET('/api/cases/{id}/assignable', { params: { path: { id }, query: { limit, offset } }, signal }),
    ),
  );
