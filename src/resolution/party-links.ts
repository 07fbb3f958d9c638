/**
 * The entities that parties named elsewhere (an incident's RFCs and names) resolved into, for the caller: each RFC
 * by its normalised form, each name by its folded core, through `entitiesOfParties` (under row-level security, so
 * only an entity the caller may open). Keyed by the values as given.
 */
import type { Tx } from '../store/database.ts';
import { normaliseRfc } from './normalise-identifiers.ts';
import { normaliseName } from './normalise-name.ts';
import { entitiesOfParties } from './reads.repository.ts';

export async function entitiesOfPartyValues(
  tx: Tx,
  rfcs: readonly string[],
  names: readonly string[],
): Promise<{ byRfc: Map<string, string>; byName: Map<string, string> }> {
  const rfcKeys = new Map(rfcs.map((value) => [value, normaliseRfc(value).value]));
  const nameKeys = new Map(names.map((value) => [value, normaliseName(value).core || null]));
  const found = await entitiesOfParties(
    tx,
    [...rfcKeys.values()].filter((k): k is string => k !== null),
    [...nameKeys.values()].filter((k): k is string => k !== null),
  );
  const pick = (keys: Map<string, string | null>, by: Map<string, string>) =>
    new Map(
      [...keys].flatMap(([value, key]) => {
        const entity = key === null ? undefined : by.get(key);
        return entity ? [[value, entity] as const] : [];
      }),
    );
  return { byRfc: pick(rfcKeys, found.byRfc), byName: pick(nameKeys, found.byName) };
}
