import { z } from 'zod';
import { Role } from '../shared/actor.ts';
import type { User } from './repository.ts';

export const AgencyView = z.object({
  code: z.string(),
  nation: z.string(),
  nameEn: z.string(),
  nameEs: z.string(),
});
export const NationView = z.object({ code: z.string(), nameEn: z.string(), nameEs: z.string() });
export const Locale = z.enum(['es', 'en']);

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: AgencyView,
  roles: z.array(Role),
  locale: Locale,
  disabled: z.boolean(),
  machine: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Roles requested for this account, waiting for a second administrator's approval. */
  pendingRoles: z.array(Role).nullable(),
  pendingRequestedBy: z.string().nullable(),
});
export type UserView = z.infer<typeof UserView>;

export const presentUser = (user: User): UserView => ({ ...user });

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const LoginResponse = z.object({ token: z.string(), user: UserView });

export const MeChange = z.strictObject({
  locale: Locale.optional(),
  email: z
    .email()
    .max(254)
    .nullable()
    .optional()
    .describe('Where notifications are also mailed, when the installation sends mail; null: none'),
});

const Username = z
  .string()
  .regex(/^[a-z0-9._-]{3,64}$/, 'lower-case letters, digits, dot, dash or underscore');

export const NewUserBody = z.strictObject({
  username: Username,
  displayName: z.string().min(1).max(200),
  agency: z.string().min(2).max(32),
  roles: z.array(Role).min(1),
  password: z.string().min(1).max(1024),
  locale: Locale.optional(),
  machine: z.boolean().optional(),
});

export const UserChangeBody = z.strictObject({
  displayName: z.string().min(1).max(200).optional(),
  roles: z.array(Role).min(1).optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(1024).optional(),
});

export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const TokenView = z.object({ id: z.string(), label: z.string().nullable(), createdAt: z.string() });

export const IdParams = z.strictObject({ id: z.uuid() });
/** A token by the short id its list shows (the first 12 hex digits of its hash), never by its secret. */
export const TokenParams = z.strictObject({ id: z.uuid(), tokenId: z.string().regex(/^[0-9a-f]{12}$/) });
export const TokenBody = z.strictObject({ label: z.string().min(1).max(200) });
