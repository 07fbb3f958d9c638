/**
 * A hash router: the app is one static page served by the API, so hash URLs need no server rewrite rules and
 * every view (with its filters) is a shareable, bookmarkable link.
 */
import { useEffect, useState } from 'react';

/** The administrator's screens, one per subject (web/src/admin). */
export const ADMIN_SECTIONS = ['users', 'roles', 'tokens', 'agencies'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export type Route =
  | { view: 'home' }
  | { view: 'admin'; section: AdminSection }
  | { view: 'alerts'; query: URLSearchParams }
  | { view: 'findings'; query: URLSearchParams }
  | { view: 'consignments'; query: URLSearchParams }
  | { view: 'consignment'; billOfLading: string }
  | { view: 'map'; query: URLSearchParams }
  | { view: 'entity'; entityId: string }
  | { view: 'audit'; query: URLSearchParams };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = segments;
  if (head === 'consignments' && id) return { view: 'consignment', billOfLading: id };
  if (head === 'consignments') return { view: 'consignments', query };
  if (head === 'entities' && id) return { view: 'entity', entityId: id };
  if (head === 'findings') return { view: 'findings', query };
  if (head === 'map') return { view: 'map', query };
  if (head === 'audit') return { view: 'audit', query };
  if (head === 'admin') return { view: 'admin', section: ADMIN_SECTIONS.find((s) => s === id) ?? 'users' };
  if (head === 'alerts') return { view: 'alerts', query };
  return { view: 'home' };
}

/** Whether the user holds nothing but the administrator's role, which reads no intelligence. */
export const onlyAdministers = (roles: readonly string[]) =>
  roles.includes('admin') && roles.every((role) => role === 'admin');

/**
 * Where the bare address leads: an account that only administers reads no intelligence, so its home is the
 * admin area rather than an alert queue that would always say there is nothing to look at.
 */
export function resolveHome(route: Route, roles: readonly string[]): Exclude<Route, { view: 'home' }> {
  if (route.view !== 'home') return route;
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
