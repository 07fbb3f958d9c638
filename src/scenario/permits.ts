/**
 * COFEPRIS import permits (research/precursors.md §3.2): legitimate importers hold them for the
 * substances of their trade, one per substance and calendar year, most renewed; some front companies
 * hold a small one as cover and misuse it (beyond the quota, after it lapsed).
 */
import { SUBSTANCES, type Industry, type Substance } from './catalogue/chemicals.ts';
import { WINDOW, type Company, type Permit, type Site } from './model.ts';
import type { Random } from './random.ts';

/** Permit substances a legitimate importer of each industry may be licensed for, and how often. */
const PERMIT_HOLDING: Record<Industry, { share: number; keys: string[] }> = {
  pharma: {
    share: 0.35,
    keys: [
      'pseudoephedrine',
      'ephedrine',
      'paa',
      'aceticanhydride',
      'propionylchloride',
      'propionicanhydride',
      'methylamine',
      '4piperidone',
      'boc4piperidone',
    ],
  },
  agro: { share: 0.2, keys: ['methylamine', 'propionylchloride', 'kmno4'] },
  cleaning: { share: 0.1, keys: ['kmno4'] },
  distribution: { share: 0.2, keys: ['aceticanhydride', 'kmno4'] },
  paint: { share: 0, keys: [] },
  plastics: { share: 0, keys: [] },
};
const FRONT_PERMIT_KEYS = ['4piperidone', 'boc4piperidone', 'propionylchloride', 'methylamine', '4ap'];

export function makePermits(random: Random, importers: Company[], fronts: Company[]): Permit[] {
  const permits: Permit[] = [];
  const add = (
    holder: Company,
    substance: Substance,
    year: number,
    maxKgPerYear: number,
    validFrom?: string,
  ) => {
    const permit: Permit = {
      permitId: `COFEPRIS-PQ-${year}-${String(permits.length + 1).padStart(5, '0')}`,
      holder,
      substance,
      maxKgPerYear,
      validFrom: validFrom ?? `${year}-01-01`,
      validTo: `${year}-12-31`,
      site: holder.sites[0] as Site,
      usedKg: 0,
    };
    permits.push(permit);
    holder.permits.push(permit);
  };
  const byKey = new Map(SUBSTANCES.map((s) => [s.key, s]));
  for (const importer of importers) {
    const holding = PERMIT_HOLDING[importer.industry as Industry];
    if (!random.chance(holding.share)) continue;
    const keys = random.shuffle([...holding.keys]).slice(0, random.chance(0.3) ? 2 : 1);
    for (const key of keys) {
      const substance = byKey.get(key) as Substance;
      const max = Math.round((substance.kg[1] * random.between(4, 10)) / 10) * 10;
      const [first, second] = WINDOW.years;
      add(
        importer,
        substance,
        first,
        max,
        random.chance(0.1) ? `${first}-0${random.int(3, 7)}-01` : undefined,
      );
      if (random.chance(0.88)) add(importer, substance, second, max);
    }
  }
  // Some fronts hold a small permit as cover; the first two always do (one lapses), so every world has
  // expired permits and exceeded quotas to find.
  fronts.forEach((front, i) => {
    if (i > 1 && !random.chance(0.3)) return;
    const substance = byKey.get(random.pick(FRONT_PERMIT_KEYS)) as Substance;
    const max = Math.round((substance.kg[0] * random.between(2, 6)) / 10) * 10;
    add(front, substance, WINDOW.years[0], max);
    if (i === 1 || (i > 1 && random.chance(0.5))) add(front, substance, WINDOW.years[1], max);
  });
  return permits;
}
