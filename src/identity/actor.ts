import { z } from 'zod';

export const ROLES = ['analyst', 'regulator', 'advisor', 'commander', 'auditor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Who is acting: what the row-level security policies and the audit trail see. */
export interface Actor {
  userId: string;
  username: string;
  agency: string;
  nation: string;
  roles: readonly Role[];
  /** Correlates audit entries and errors with one request or command run. */
  requestId: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
