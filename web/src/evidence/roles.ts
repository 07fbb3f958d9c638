/** Who records incidents and field reports, by form or file: the server's gate (src/incidents/routes.ts). */
export const EVIDENCE_ROLES = ['analyst', 'commander', 'admin'] as const;

export const recordsEvidence = (roles: readonly string[]) =>
  EVIDENCE_ROLES.some((role) => roles.includes(role));
