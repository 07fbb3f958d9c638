/**
 * Every action the audit trail records (`recordAudit`, src/audit/audit.ts, takes only these), so that the
 * auditors' view (web/src/audit) can offer each one by name in its filter. Shared vocabulary.
 */
export const AUDIT_ACTIONS = [
  'read',
  'login',
  'login_failed',
  'logout',
  'change_password',
  'alert.acknowledge',
  'alert.assign',
  'alert.dismiss',
  'alert.escalate',
  'finding.acknowledge',
  'finding.assign',
  'finding.dismiss',
  'finding.escalate',
  'change_marking',
  'import',
  'analyse',
  'resolve',
  'confirm',
  'split',
  'create',
  'update',
  'request_roles',
  'approve_roles',
  'reject_roles',
  'create_token',
  'revoke_token',
  'setup',
  'add_nation',
  'add_agency',
  'seed_demo',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
