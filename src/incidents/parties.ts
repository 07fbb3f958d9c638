/**
 * An incident's parties linked to the entities they resolved into, for the caller (an RFC by its normalised form, a
 * name by its folded core): resolution does the matching (its `entitiesOfPartyValues`, under row-level security,
 * so a party links only to an entity the caller may open), given to the routes by the composition root — resolution
 * reads the scenario, which writes incidents files, so incidents may not import resolution. A party that matches no
 * readable entity is shown as written, without a link.
 */
import type { Tx } from '../store/database.ts';

export interface IncidentParty {
  by: 'rfc' | 'name';
  value: string;
  entityId: string | null;
}

/** The entity of each RFC and name the caller may open, keyed by the values as given. */
export type EntitiesOfParties = (
  tx: Tx,
  rfcs: readonly string[],
  names: readonly string[],
) => Promise<{ byRfc: ReadonlyMap<string, string>; byName: ReadonlyMap<string, string> }>;

export async function partiesOf(
  tx: Tx,
  incident: { partyNames: readonly string[]; partyRfcs: readonly string[] },
  entitiesOf: EntitiesOfParties,
): Promise<IncidentParty[]> {
  const found = await entitiesOf(tx, incident.partyRfcs, incident.partyNames);
  return [
    ...incident.partyRfcs.map((value) => ({
      by: 'rfc' as const,
      value,
      entityId: found.byRfc.get(value) ?? null,
    })),
    ...incident.partyNames.map((value) => ({
      by: 'name' as const,
      value,
      entityId: found.byName.get(value) ?? null,
    })),
  ];
}
