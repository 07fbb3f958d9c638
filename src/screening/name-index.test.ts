import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameIndex } from './name-index.ts';
import { swapAwareDistance } from './fuzzy-names.ts';
import { distance } from 'fastest-levenshtein';

const index = new NameIndex(
  [
    { substanceId: 'npp', name: 'N-phenethyl-4-piperidone' },
    { substanceId: 'npp', name: 'NPP' },
    { substanceId: '4-piperidone', name: '4-piperidone' },
    { substanceId: 'methylamine', name: 'methylamine' },
    { substanceId: 'acetic-anhydride', name: 'acetic anhydride' },
    { substanceId: 'heptane', name: 'heptano' },
  ],
  ['ethylamine'],
);
const ids = (text: string): string[] => index.find(text).map((m) => m.substanceId);

describe('name index', () => {
  it('finds names buried in descriptions, longest first', () => {
    expect(ids('200 L drums of N-Phenethyl-4-Piperidone, 99 %')).toEqual(['npp']);
    expect(ids('4-piperidone hydrochloride monohydrate')).toEqual(['4-piperidone']);
    expect(ids('acetic acid')).toEqual([]);
  });

  it('tolerates typos on long words only', () => {
    expect(index.find('n-phenethyl-4-piperidnoe')[0]).toMatchObject({ substanceId: 'npp', edits: 1 });
    expect(ids('methylamne 40 %')).toEqual(['methylamine']);
    expect(ids('NP')).toEqual([]);
  });

  it('does not turn another chemical into a listed one', () => {
    expect(ids('ethylamine solution')).toEqual([]);
    expect(ids('dimethylamine 40 %')).toEqual([]);
    expect(ids('heptanol técnico')).toEqual([]);
  });

  it('marks a name glued into a longer chemical name as a derivative', () => {
    expect(index.find('1-benzyl-4-piperidone')[0]).toMatchObject({
      substanceId: '4-piperidone',
      embedded: true,
    });
    expect(index.find('clorhidrato de 4-piperidona'.replace('piperidona', 'piperidone'))[0]?.embedded).toBe(
      false,
    );
  });

  it('counts a swap of neighbouring letters as one edit, never more than Levenshtein', () => {
    expect(swapAwareDistance('epehdrine', 'ephedrine')).toBe(1);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = swapAwareDistance(a, b);
        expect(d).toBeLessThanOrEqual(distance(a, b));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});
