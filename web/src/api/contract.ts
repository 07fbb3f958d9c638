/**
 * The response shapes the web app relies on, validated at the boundary with zod. Fields the views do not need
 * are passed through untouched; optional fields let the app degrade gracefully while the API grows.
 */
import { z } from 'zod';

export * from './contract-marking.ts';
import { Marking } from './contract-marking.ts';

export const Agency = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameEs: z.string(),
  nation: z.string(),
});

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: Agency,
  roles: z.array(z.string()),
  locale: z.enum(['es', 'en']),
  /** After an administrator's reset: nothing but a password change is allowed until it is done. */
  mustChangePassword: z.boolean().optional(),
});
export type Me = z.infer<typeof Me>;

export const LoginResponse = z.object({ token: z.string().optional(), user: Me.optional() });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ en: z.string(), es: z.string() }),
    field: z.string().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const nullableString = z.string().nullish();
const nullableNumber = z.number().nullish();

export const Alert = z.looseObject({
  id: z.string(),
  verdict: z.string().nullish(),
  score: nullableNumber,
  status: z.string(),
  declaredAt: nullableString,
  createdAt: z.string(),
  portLocode: nullableString,
  substanceId: nullableString,
  substanceName: z.object({ en: z.string(), es: z.string() }).nullish(),
  declarationId: nullableString,
  lineNo: nullableNumber,
  billOfLading: nullableString,
  assignee: nullableString,
  assigneeName: nullableString,
  dismissReason: nullableString,
  reasons: z.array(z.unknown()).nullish(),
  marking: Marking,
});
export type Alert = z.infer<typeof Alert>;

/** The alerted substance as the user reads it: its listed name in their language, else its id. */
export function substanceLabel(
  alert: Pick<Alert, 'substanceId' | 'substanceName'>,
  lang: string,
): string | null {
  if (alert.substanceName) return lang.startsWith('en') ? alert.substanceName.en : alert.substanceName.es;
  return alert.substanceId ?? null;
}

export const AlertPage = z.object({
  items: z.array(Alert),
  total: z.number(),
});
export type AlertPage = z.infer<typeof AlertPage>;

export * from './consignment-contract.ts';
export * from './finding-contract.ts';
import { Reason } from './consignment-contract.ts';

export const Location = z.looseObject({
  id: z.string().optional(),
  locationId: z.string(),
  name: z.string(),
  kind: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type Location = z.infer<typeof Location>;

export const EntityRecord = z.looseObject({
  id: z.string().optional(),
  source: nullableString,
  role: nullableString,
  name: z.string(),
  rfc: nullableString,
  address: nullableString,
  matchReasons: z.array(Reason).nullish(),
  marking: Marking.optional(),
});

export const Entity = z.looseObject({
  id: z.string(),
  name: z.string(),
  kind: nullableString,
  rfc: nullableString,
  risk: nullableNumber,
  records: z.array(EntityRecord).default([]),
  mergeExplanation: z.array(Reason).nullish(),
  /** Pairwise evidence for the merge (Fellegi–Sunter fields and their weights). */
  links: z
    .array(
      z.looseObject({
        /** The record this link explains, and the record it was joined to. */
        recordA: nullableString,
        recordB: nullableString,
        reason: z.string(),
        probability: z.number().nullish(),
        fields: z
          .array(z.object({ comparison: z.string(), level: z.string(), weight: z.number() }))
          .nullish(),
      }),
    )
    .nullish(),
  marking: Marking.optional(),
});
export type Entity = z.infer<typeof Entity>;

export const NetworkNode = z.looseObject({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  community: z.union([z.number(), z.string()]).nullish(),
  risk: nullableNumber,
});
export const NetworkEdge = z.looseObject({
  source: z.string(),
  target: z.string(),
  kind: nullableString,
});
export const Network = z.object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge) });
export type Network = z.infer<typeof Network>;
export type NetworkNode = z.infer<typeof NetworkNode>;

export const AuditEntry = z.looseObject({
  /** The entry's chain: the agencies that may read it (its visibility class). */
  chain: z.string().default('legacy'),
  /** Its position in its chain. */
  seq: z.number(),
  at: z.string(),
  actorUser: nullableString,
  actorUsername: nullableString,
  actorName: nullableString,
  actorAgency: nullableString,
  actorNation: nullableString,
  action: z.string(),
  subjectTable: nullableString,
  subjectIds: z.array(z.string()).default([]),
  requestId: nullableString,
  detail: z.record(z.string(), z.unknown()).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerification = z.object({
  chains: z.number().optional(),
  entries: z.number(),
  ok: z.boolean(),
  broken: z.object({ chain: z.string().optional(), seq: z.number(), reason: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
