/**
 * A hash router: the app is one static page served by the API, so hash URLs need no server rewrite rules and
 * every view (with its filters) is a shareable, bookmarkable link.
 */
import { useEffect, useState } from 'react';

/** The administrator's screens, one per subject (web/src/admin). */
export const ADMIN_SECTIONS = ['users', 'roles', 'tokens', 'agencies', 'peers'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export type Route =
  | { view: 'home' }
  | { view: 'admin'; section: AdminSection }
  | { view: 'dashboard'; query: URLSearchParams }
  | { view: 'alerts'; query: URLSearchParams }
  | { view: 'findings'; query: URLSearchParams }
  | { view: 'consignments'; query: URLSearchParams }
  | { view: 'consignment'; billOfLading: string }
  | { view: 'map'; query: URLSearchParams }
  | { view: 'entity'; entityId: string }
  | { view: 'audit'; query: URLSearchParams }
  | { view: 'intake' }
  | { view: 'registry'; query: URLSearchParams }
  | { view: 'permit'; permitId: string }
  | { view: 'reports'; query: URLSearchParams }
  | { view: 'report'; reportId: string }
  | { view: 'reportNew' }
  | { view: 'incidents'; query: URLSearchParams }
  | { view: 'incident'; incidentId: string }
  | { view: 'incidentNew' }
  | { view: 'fieldReports'; query: URLSearchParams }
  | { view: 'fieldReport'; reportId: string }
  | { view: 'fieldReportNew' }
  | { view: 'leads'; query: URLSearchParams }
  | { view: 'lead'; leadId: string; query: URLSearchParams }
  | { view: 'cases'; query: URLSearchParams }
  | { view: 'case'; caseId: string }
  | { view: 'operations'; query: URLSearchParams }
  | { view: 'approvals'; query: URLSearchParams }
  | { view: 'operation'; operationId: string }
  | { view: 'notifications'; query: URLSearchParams }
  | { view: 'shared' };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = segments;
  if (head === 'consignments' && id) return { view: 'consignment', billOfLading: id };
  if (head === 'consignments') return { view: 'consignments', query };
  if (head === 'entities' && id) return { view: 'entity', entityId: id };
  if (head === 'dashboard') return { view: 'dashboard', query };
  if (head === 'findings') return { view: 'findings', query };
  if (head === 'map') return { view: 'map', query };
  if (head === 'audit') return { view: 'audit', query };
  if (head === 'admin') return { view: 'admin', section: ADMIN_SECTIONS.find((s) => s === id) ?? 'users' };
  if (head === 'alerts') return { view: 'alerts', query };
  if (head === 'intake') return { view: 'intake' };
  if (head === 'registry' && id) return { view: 'permit', permitId: id };
  if (head === 'registry') return { view: 'registry', query };
  if (head === 'reports' && id === 'new') return { view: 'reportNew' };
  if (head === 'reports' && id) return { view: 'report', reportId: id };
  if (head === 'reports') return { view: 'reports', query };
  if (head === 'incidents' && id === 'new') return { view: 'incidentNew' };
  if (head === 'incidents' && id) return { view: 'incident', incidentId: id };
  if (head === 'incidents') return { view: 'incidents', query };
  if (head === 'field-reports' && id === 'new') return { view: 'fieldReportNew' };
  if (head === 'field-reports' && id) return { view: 'fieldReport', reportId: id };
  if (head === 'field-reports') return { view: 'fieldReports', query };
  if (head === 'leads' && id) return { view: 'lead', leadId: id, query };
  if (head === 'leads') return { view: 'leads', query };
  if (head === 'cases' && id) return { view: 'case', caseId: id };
  if (head === 'cases') return { view: 'cases', query };
  if (head === 'operations' && id === 'queue') return { view: 'approvals', query };
  if (head === 'operations' && id) return { view: 'operation', operationId: id };
  if (head === 'operations') return { view: 'operations', query };
  if (head === 'notifications') return { view: 'notifications', query };
  if (head === 'shared') return { view: 'shared' };
  return { view: 'home' };
}

/** Whether the user holds nothing but the administrator's role, which reads no intelligence. */
export const onlyAdministers = (roles: readonly string[]) =>
  roles.includes('admin') && roles.every((role) => role === 'admin');

/** Analysts, advisors and commanders read leads (src/leads/routes.ts, READERS) and work cases (src/cases/routes.ts). */
export const readsLeads = (roles: readonly string[]) =>
  ['analyst', 'advisor', 'commander'].some((role) => roles.includes(role));

/** Whether a role set may open a view: the trail is the auditors', the admin area the administrators'. */
function mayOpen(view: Route['view'], roles: readonly string[]): boolean {
  if (view === 'audit') return roles.includes('auditor');
  if (view === 'admin') return roles.includes('admin');
  if (view === 'home') return true;
  // Files are imported by analysts and regulators; the registry is the regulators' (analysts read it).
  if (view === 'intake' || view === 'registry' || view === 'permit')
    return roles.includes('analyst') || roles.includes('regulator');
  // incidents and field reports are recorded by analysts and commanders (src/incidents/routes.ts)
  if (view === 'incidentNew' || view === 'fieldReportNew')
    return roles.includes('analyst') || roles.includes('commander');
  if (view === 'leads' || view === 'lead') return readsLeads(roles);
  if (
    view === 'cases' ||
    view === 'case' ||
    view === 'operations' ||
    view === 'operation' ||
    view === 'approvals'
  )
    return readsLeads(roles);
  return !onlyAdministers(roles);
}

/**
 * Where an address leads. The bare address, and a view the user's roles cannot open (a bookmark, a link from a
 * colleague), lead home rather than to a screen that would only answer with a refusal: an account that only
 * administers reads no intelligence, so its home is the admin area; everyone else's is the alert queue.
 */
export function resolveHome(route: Route, roles: readonly string[]): Exclude<Route, { view: 'home' }> {
  if (route.view !== 'home' && mayOpen(route.view, roles)) return route;
  return onlyAdministers(roles)
    ? { view: 'admin', section: 'users' }
    : { view: 'alerts', query: new URLSearchParams() };
}

export function hrefFor(path: string, query?: URLSearchParams | Record<string, string>): string {
  const search = query instanceof URLSearchParams ? query : new URLSearchParams(query);
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function navigate(path: string, query?: URLSearchParams | Record<string, string>): void {
  window.location.hash = hrefFor(path, query);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
