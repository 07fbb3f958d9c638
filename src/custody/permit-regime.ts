/**
 * Which imports need a permit: substances under the permit regime (configuration, plus any the
 * permit registry names) that the control list lists as controlled on the declaration day. A
 * substance the control list does not know is treated as controlled (fail safe); a designer
 * precursor becomes permit-bound from the day its listing takes effect, not before.
 */
import { loadControlList, type ControlList } from '../screening/index.ts';
import type { FindingThresholds } from './config.ts';

export function permitRequirement(
  thresholds: FindingThresholds,
  registrySubstances: Iterable<string>,
  controlList: ControlList | null = safeLoad(),
): (cas: string, day: string) => boolean {
  const regime = new Set([...thresholds.controlledCas, ...registrySubstances]);
  return (cas, day) => {
    if (!regime.has(cas)) return false;
    const known = controlList?.findByCas(cas);
    if (!known) return true;
    return controlList!
      .listingsInForce(known.substance, day)
      .some((listing) => listing.level === 'controlled');
  };
}

function safeLoad(): ControlList | null {
  try {
    return loadControlList();
  } catch {
    return null; // no control list installed: every substance of the regime needs a permit
  }
}
