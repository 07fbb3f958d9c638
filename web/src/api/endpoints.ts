/**
 * One function per API call the web app makes, each through the typed client (http.ts): the route, its
 * parameters, its body and its answer are all checked by tsc against the generated OpenAPI types.
 */
import { api, unwrap } from './http.ts';
import { everyItem } from './pages.ts';
import type {
  AlertQueryParams,
  AuditQueryParams,
  ConsignmentQueryParams,
  FindingQueryParams,
  Locale,
  Location,
  MarkingChange,
  WorkflowAction,
} from './types.ts';

export const login = (username: string, password: string) =>
  unwrap(api.POST('/api/auth/login', { body: { username, password } }));
export const logout = () => unwrap(api.POST('/api/auth/logout'));
export const fetchMe = () => unwrap(api.GET('/api/me'));
export const saveLocale = (locale: Locale) => unwrap(api.PATCH('/api/me', { body: { locale } }));

export const fetchAlerts = (query: AlertQueryParams, signal?: AbortSignal) =>
  unwrap(api.GET('/api/alerts', { params: { query }, signal }));
/** One alert with the history of what analysts did with it. */
export const fetchAlert = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/alerts/{id}', { params: { path: { id } }, signal }));
/** Who the caller may assign its agency's alerts and findings to. */
export const fetchColleagues = (signal?: AbortSignal) => unwrap(api.GET('/api/me/colleagues', { signal }));
/** A declaration line's parties, each with its entity, as far as the caller may see them. */
export const fetchParties = (declaration: string, line: number, agency: string, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/declarations/{id}/lines/{lineNo}/parties', {
      params: { path: { id: declaration, lineNo: line }, query: { agency } },
      signal,
    }),
  );

/** An alert's workflow step; the body carries the reason (dismiss) or the assignee (assign). */
export const actOnAlert = (
  id: string,
  action: WorkflowAction,
  body: { reason?: string; assignee?: string; caseId?: string } = {},
) => {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'acknowledge':
      return unwrap(api.POST('/api/alerts/{id}/acknowledge', { ...path, body }));
    case 'assign':
      return unwrap(
        api.POST('/api/alerts/{id}/assign', { ...path, body: { ...body, assignee: body.assignee ?? '' } }),
      );
    case 'dismiss':
      return unwrap(
        api.POST('/api/alerts/{id}/dismiss', { ...path, body: { ...body, reason: body.reason ?? '' } }),
      );
    case 'escalate':
      return unwrap(
        api.POST('/api/alerts/{id}/escalate', {
          ...path,
          body: { reason: body.reason, caseId: body.caseId },
        }),
      );
  }
};

export const fetchDashboard = (weeks: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/dashboard', { params: { query: { weeks } }, signal }));

export const fetchFindings = (query: FindingQueryParams, signal?: AbortSignal) =>
  unwrap(api.GET('/api/findings', { params: { query }, signal }));
export const fetchFinding = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/findings/{id}', { params: { path: { id } }, signal }));
/** The alerts' actions and bodies; the action moves every finding of the consignment and kind. */
export const actOnFinding = (
  id: string,
  action: WorkflowAction,
  body: { reason?: string; assignee?: string; caseId?: string } = {},
) => {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'acknowledge':
      return unwrap(api.POST('/api/findings/{id}/acknowledge', { ...path, body }));
    case 'assign':
      return unwrap(
        api.POST('/api/findings/{id}/assign', { ...path, body: { ...body, assignee: body.assignee ?? '' } }),
      );
    case 'dismiss':
      return unwrap(
        api.POST('/api/findings/{id}/dismiss', { ...path, body: { ...body, reason: body.reason ?? '' } }),
      );
    case 'escalate':
      return unwrap(
        api.POST('/api/findings/{id}/escalate', {
          ...path,
          body: { reason: body.reason, caseId: body.caseId },
        }),
      );
  }
};

export const fetchConsignments = (query: ConsignmentQueryParams, signal?: AbortSignal) =>
  unwrap(api.GET('/api/consignments', { params: { query }, signal }));
export const fetchPortTracks = (locode: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/ports/{locode}/tracks', { params: { path: { locode } }, signal }));
export const fetchConsignment = (bol: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/consignments/{bol}', { params: { path: { bol } }, signal }));

/** Every registered place the caller can see. */
export const fetchLocations = (signal?: AbortSignal): Promise<Location[]> =>
  everyItem((limit, offset) =>
    unwrap(api.GET('/api/locations', { params: { query: { limit, offset } }, signal })),
  );

/** An entity's summary (name, kind, counts, roles) without its records, which come as groups on demand. */
export const fetchEntity = (id: string) =>
  unwrap(api.GET('/api/entities/{id}', { params: { path: { id }, query: { records: 'none' } } }));
export const fetchRecordGroups = (id: string, limit: number, offset: number) =>
  unwrap(api.GET('/api/entities/{id}/groups', { params: { path: { id }, query: { limit, offset } } }));
export const fetchNetwork = (id: string, depth: number) =>
  unwrap(api.GET('/api/entities/{id}/network', { params: { path: { id }, query: { depth } } }));

export const updateMarking = (table: string, id: string, marking: MarkingChange, justification?: string) =>
  unwrap(
    api.PUT('/api/markings/{table}/{id}', {
      params: { path: { table, id } },
      body: justification ? { ...marking, justification } : marking,
    }),
  );

/** Who would read the record after the change, and whether the server would take it (nothing is changed). */
export const previewMarking = (table: string, id: string, marking: MarkingChange) =>
  unwrap(api.POST('/api/markings/{table}/{id}/preview', { params: { path: { table, id } }, body: marking }));

export const fetchAudit = (query: AuditQueryParams, signal?: AbortSignal) =>
  unwrap(api.GET('/api/audit', { params: { query }, signal }));
/** Walks every chain the auditor may read on the server: an auditor's check that nothing was altered. */
export const verifyAudit = () => unwrap(api.GET('/api/audit/verify'));

/** The header's search box: the best `limit` records matching the text, under the caller's visibility. */
export const searchRecords = (q: string, limit: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/search', { params: { query: { q, limit } }, signal }));
