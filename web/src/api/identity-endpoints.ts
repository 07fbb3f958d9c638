/**
 * The identity calls: one's own password, and the administrator's screens (agencies, users, roles, API
 * tokens), typed like every other call (http.ts).
 */
import { api, unwrap } from './http.ts';
import { everyItem } from './pages.ts';
import type { NewUser, UserChange } from './types.ts';

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  unwrap(api.POST('/api/me/password', { body: { currentPassword, newPassword } }));

export const fetchAgencies = (signal?: AbortSignal) =>
  everyItem((limit, offset) =>
    unwrap(api.GET('/api/agencies', { params: { query: { limit, offset } }, signal })),
  );
export const fetchNations = (signal?: AbortSignal) =>
  everyItem((limit, offset) =>
    unwrap(api.GET('/api/nations', { params: { query: { limit, offset } }, signal })),
  );
export const fetchUsers = (signal?: AbortSignal) =>
  everyItem((limit, offset) =>
    unwrap(api.GET('/api/users', { params: { query: { limit, offset } }, signal })),
  );

export const createUser = (user: NewUser) => unwrap(api.POST('/api/users', { body: user }));

const user = (id: string) => ({ params: { path: { id } } });
export const changeUser = (id: string, change: UserChange) =>
  unwrap(api.PATCH('/api/users/{id}', { ...user(id), body: change }));
export const approveRoles = (id: string) => unwrap(api.POST('/api/users/{id}/roles/approve', user(id)));
export const rejectRoles = (id: string) => unwrap(api.POST('/api/users/{id}/roles/reject', user(id)));

export const fetchTokens = (userId: string, signal?: AbortSignal) =>
  everyItem((limit, offset) =>
    unwrap(
      api.GET('/api/users/{id}/tokens', {
        params: { path: { id: userId }, query: { limit, offset } },
        signal,
      }),
    ),
  );
export const issueToken = (userId: string, label: string) =>
  unwrap(api.POST('/api/users/{id}/tokens', { ...user(userId), body: { label } }));
export const revokeToken = (userId: string, tokenId: string) =>
  unwrap(api.DELETE('/api/users/{id}/tokens/{tokenId}', { params: { path: { id: userId, tokenId } } }));
