import { describe, expect, it } from 'vitest';
import { loadControlList, parseControlList } from './control-list.ts';
import { StructureScreen } from './structure.ts';

describe('control list data file', () => {
  const list = loadControlList();

  it('validates, carries a version and every substance of the research file', () => {
    expect(list.version).toMatch(/^\d{4}\.\d{2}-\d+$/);
    for (const id of [
      'npp',
      'anpp',
      '4-ap',
      '1-boc-4-ap',
      'norfentanyl',
      '4-piperidone',
      '1-boc-4-piperidone',
    ])
      expect(list.substance(id).listings.some((l) => l.jurisdiction === 'UN' && l.list === 'Table I')).toBe(
        true,
      );
    for (const id of [
      'ephedrine',
      'pseudoephedrine',
      'p2p',
      'apaan',
      'methylamine',
      'acetone',
      'toluene',
      'propionyl-chloride',
    ])
      expect(list.byId.has(id)).toBe(true);
  });

  it('records the InChIKeys that RDKit computes from the SMILES', async () => {
    const screen = await StructureScreen.create(list);
    for (const substance of list.file.substances.filter((s) => s.inchikey))
      expect(screen.inchikeyOf(substance.id), substance.id).toBe(substance.inchikey);
    screen.dispose();
  });

  it('knows which lists were in force on a date', () => {
    const piperidone = list.substance('4-piperidone');
    expect(list.listingsInForce(piperidone, '2023-01-01')).toEqual([]);
    expect(list.listingsInForce(piperidone, '2023-05-12').map((l) => `${l.jurisdiction} ${l.list}`)).toEqual([
      'US List I',
    ]);
    expect(list.listingsInForce(piperidone, '2025-01-01')).toHaveLength(2);
  });

  it('rejects a file with a bad CAS check digit, an unknown list or a dangling reference', () => {
    const good = structuredClone(list.file);
    const badCas = structuredClone(good);
    badCas.substances[0]!.cas[0]!.number = '39742-60-5';
    expect(() => parseControlList(badCas)).toThrow(/check digit/);
    const badList = structuredClone(good);
    badList.substances[0]!.listings[0]!.list = 'Table IX';
    expect(() => parseControlList(badList)).toThrow(/unknown list/);
    const dangling = structuredClone(good);
    dangling.hsIdentifies['2933.37'] = 'nothing';
    expect(() => parseControlList(dangling)).toThrow(/unknown substance/);
  });
});
