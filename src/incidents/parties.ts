/**
 * An incident's parties linked to the entities they resolved into: each RFC by its normalised form, each name by
 * its folded core (resolution's own normalisers), to an entity the caller may open (resolution's read, under
 * row-level security). A party that matches no readable entity is shown as written, without a link.
 */
import { entitiesOfParties, normaliseName, normaliseRfc } from '../resolution/index.ts';
import type { Tx } from '../store/database.ts';

export interface IncidentParty {
  by: 'rfc' | 'name';
  value: string;
  entityId: string | null;
}

export async function partiesOf(
  tx: Tx,
  incident: { partyNames: readonly string[]; partyRfcs: readonly string[] },
): Promise<IncidentParty[]> {
  const rfcs = incident.partyRfcs.map((value) => ({ value, key: normaliseRfc(value).value }));
  const names = incident.partyNames.map((value) => ({ value, key: normaliseName(value).core }));
  const found = await entitiesOfParties(
    tx,
    rfcs.flatMap((r) => (r.key ? [r.key] : [])),
    names.flatMap((n) => (n.key ? [n.key] : [])),
  );
  return [
    ...rfcs.map(({ value, key }) => ({
      by: 'rfc' as const,
      value,
      entityId: (key && found.byRfc.get(key)) ?? null,
    })),
    ...names.map(({ value, key }) => ({
      by: 'name' as const,
      value,
      entityId: (key && found.byName.get(key)) || null,
    })),
  ];
}
