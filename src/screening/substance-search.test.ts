import { describe, expect, it } from 'vitest';
import { loadControlList } from './control-list.ts';
import { substanceName, substancesMatching } from './substance-search.ts';

const list = loadControlList();

describe('substance filter text', () => {
  it('finds a substance by its Spanish or English name, whole words, any case or accent', () => {
    expect(substancesMatching(list, 'piperidina')).toEqual(['piperidine']);
    expect(substancesMatching(list, 'PIPERIDINE')).toEqual(['piperidine']);
    expect(substancesMatching(list, 'ácido fenilacético')).toContain('phenylacetic-acid');
    // A word of several names finds them all.
    expect(substancesMatching(list, 'piperidona').length).toBeGreaterThan(1);
  });

  it('finds a substance by CAS number, id or synonym', () => {
    expect(substancesMatching(list, '110-89-4')).toEqual(['piperidine']);
    expect(substancesMatching(list, '39742-60-4')).toEqual(['npp']);
    expect(substancesMatching(list, 'npp')).toContain('npp');
    expect(substancesMatching(list, '4-AP')).toContain('4-ap');
  });

  it('finds nothing for text that names no listed substance', () => {
    expect(substancesMatching(list, 'ibuprofeno')).toEqual([]);
    expect(substancesMatching(list, '999-99-9')).toEqual([]);
    expect(substancesMatching(list, ' -- ')).toEqual([]);
  });

  it('names a listed substance in both languages', () => {
    expect(substanceName(list, 'npp')).toEqual({
      en: 'N-phenethyl-4-piperidone (NPP)',
      es: 'N-fenetil-4-piperidona (NPP)',
    });
    expect(substanceName(list, 'not-listed')).toBeNull();
    expect(substanceName(list, null)).toBeNull();
  });
});
