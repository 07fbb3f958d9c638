/**
 * Party records: one mention of a company in one source record. The source record id is the contract
 * with the scenario's truth.json: `decl:<declaration_id>:<line_no>:importer|consignee|broker`,
 * `permit:<permit_id>:holder`, `location:<location_id>:operator`, `report:<report_id>:party`.
 */
import { z } from 'zod';

export const PARTY_ROLES = ['importer', 'consignee', 'broker', 'holder', 'operator', 'party'] as const;
export const PartyRole = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRole>;

export const PARTY_SOURCES = ['declaration', 'permit', 'location', 'report'] as const;
export const PartySource = z.enum(PARTY_SOURCES);
export type PartySource = z.infer<typeof PartySource>;

/** The fields resolution compares; everything else (marking, ids) rides along untouched. */
export const PartyFields = z.object({
  recordId: z.string().min(1),
  source: PartySource,
  role: PartyRole,
  name: z.string(),
  rfc: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PartyFields = z.infer<typeof PartyFields>;

const SOURCE_RECORD_ID =
  /^(decl|permit|location|report):(.+):(importer|consignee|broker|holder|operator|party)$/;

export function sourceRecordId(
  source: PartySource,
  sourceKey: readonly (string | number)[],
  role: PartyRole,
): string {
  const prefix = { declaration: 'decl', permit: 'permit', location: 'location', report: 'report' }[source];
  return `${prefix}:${sourceKey.join(':')}:${role}`;
}

/** The role named by a source record id (the last part), or null when the id is not one of ours. */
export function roleOfRecordId(recordId: string): PartyRole | null {
  const match = SOURCE_RECORD_ID.exec(recordId);
  return match ? (match[3] as PartyRole) : null;
}
