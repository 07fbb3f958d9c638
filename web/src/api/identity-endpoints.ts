/**
 * The identity calls: one's own password, and the administrator's screens (agencies, users, roles, API
 * tokens). Responses are validated here like every other call (http.ts).
 */
import { z } from 'zod';
import { Agency, Me } from './contract.ts';
import { request } from './http.ts';
import type { paths } from './schema.d.ts';

export const ROLES = ['analyst', 'regulator', 'advisor', 'commander', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const Nation = z.object({ code: z.string(), nameEn: z.string(), nameEs: z.string() });
export type Nation = z.infer<typeof Nation>;
export type AgencyInfo = z.infer<typeof Agency>;

export const AdminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: Agency,
  roles: z.array(z.enum(ROLES)),
  locale: z.enum(['es', 'en']),
  disabled: z.boolean(),
  machine: z.boolean(),
  mustChangePassword: z.boolean(),
  pendingRoles: z.array(z.enum(ROLES)).nullable(),
  pendingRequestedBy: z.string().nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const ApiToken = z.object({ id: z.string(), label: z.string().nullable(), createdAt: z.string() });
export type ApiToken = z.infer<typeof ApiToken>;

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  request('POST', '/api/me/password', Me, { body: { currentPassword, newPassword } });

export const fetchAgencies = (signal?: AbortSignal) =>
  request('GET', '/api/agencies', z.array(Agency), { signal });
export const fetchNations = (signal?: AbortSignal) =>
  request('GET', '/api/nations', z.array(Nation), { signal });
export const fetchUsers = (signal?: AbortSignal) =>
  request('GET', '/api/users', z.array(AdminUser), { signal });

export interface NewUser {
  username: string;
  displayName: string;
  agency: string;
  roles: Role[];
  password: string;
  machine?: boolean;
}
export const createUser = (user: NewUser) => request('POST', '/api/users', AdminUser, { body: user });

export interface UserChange {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  password?: string;
}
const userUrl = (id: string) => `/api/users/${encodeURIComponent(id)}`;
export const changeUser = (id: string, change: UserChange) =>
  request('PATCH', userUrl(id), AdminUser, { body: change });
export const approveRoles = (id: string) => request('POST', `${userUrl(id)}/roles/approve`, AdminUser);
export const rejectRoles = (id: string) => request('POST', `${userUrl(id)}/roles/reject`, AdminUser);

export const fetchTokens = (userId: string, signal?: AbortSignal) =>
  request('GET', `${userUrl(userId)}/tokens`, z.array(ApiToken), { signal });
export const issueToken = (userId: string, label: string) =>
  request('POST', `${userUrl(userId)}/tokens`, z.object({ token: z.string() }), { body: { label } });
export const revokeToken = (userId: string, tokenId: string) =>
  request('DELETE', `${userUrl(userId)}/tokens/${encodeURIComponent(tokenId)}`, null);

/** Compile-time check that each route above is in the API's OpenAPI document (as in endpoints.ts). */
export const DOCUMENTED_IDENTITY_ROUTES = [
  '/api/me/password',
  '/api/agencies',
  '/api/nations',
  '/api/users',
  '/api/users/{id}',
  '/api/users/{id}/roles/approve',
  '/api/users/{id}/roles/reject',
  '/api/users/{id}/tokens',
  '/api/users/{id}/tokens/{tokenId}',
] as const satisfies readonly (keyof paths)[];
