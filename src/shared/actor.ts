import { z } from 'zod';

export const ROLES = ['analyst', 'regulator', 'advisor', 'commander', 'auditor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Who is acting. The database does not take these fields' word for it: row-level security derives user, agency
 * and nation from `credential` (the session or API token secret the actor was authenticated with), which it
 * verifies. The fields are the application's copy, for role checks and the audit trail.
 */
export interface Actor {
  /** The secret of the live session or API token behind this actor ('' for no one). */
  credential: string;
  userId: string;
  username: string;
  agency: string;
  nation: string;
  roles: readonly Role[];
  /** Correlates audit entries and errors with one request or command run. */
  requestId: string;
  /** After an administrator's reset: only the password change is allowed (the database grants no agency). */
  mustChangePassword?: boolean;
  /** A peer instance's machine account: it reads the TAXII routes (/taxii2/) and nothing else. */
  peer?: boolean;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
