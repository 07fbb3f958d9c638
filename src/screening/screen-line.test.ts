import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { casCheckDigit } from '../identifiers/index.ts';
import { loadControlList } from './control-list.ts';
import { Screener, type LineToScreen } from './screen-line.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

const line = (extra: Partial<LineToScreen>): LineToScreen => ({
  declared_at: '2026-03-01T12:00:00Z',
  hs_code: '2933.39',
  goods_description: 'Chemical product',
  cas_number: null,
  smiles: null,
  permit_id: 'P-1',
  ...extra,
});
const codes = (l: Partial<LineToScreen>): string[] => screener.screen(line(l)).reasons.map((r) => r.code);

describe('line screening', () => {
  it('gives a controlled verdict with jurisdictions in force and bilingual reasons', () => {
    const result = screener.screen(line({ goods_description: 'ANPP', hs_code: '2933.36' }));
    expect(result).toMatchObject({ verdict: 'controlled', substance: { id: 'anpp' } });
    expect(result.jurisdictions).toEqual(['UN Table I', 'US Schedule II', 'MX precursor']);
    for (const reason of result.reasons) expect(reason.es.length * reason.en.length).toBeGreaterThan(0);
  });

  it('respects the date a listing came into force', () => {
    const before = screener.screen(line({ goods_description: '4-piperidone', declared_at: '2022-12-31' }));
    expect(before).toMatchObject({ verdict: 'analog', substance: { id: '4-piperidone' }, jurisdictions: [] });
    expect(before.reasons.map((r) => r.code)).toContain('NOT_YET_IN_FORCE');
    expect(
      screener.screen(line({ goods_description: '4-piperidone', declared_at: '2023-06-01' })).verdict,
    ).toBe('controlled');
  });

  it('reports misdeclarations: HS, benign heading, name against CAS, missing permit', () => {
    expect(
      codes({
        goods_description: 'Detergente',
        cas_number: '39742-60-4',
        hs_code: '3402.90',
        permit_id: null,
      }),
    ).toEqual(expect.arrayContaining(['CAS_MATCH', 'HS_INCONSISTENT', 'BENIGN_HEADING', 'PERMIT_MISSING']));
    expect(codes({ goods_description: 'Acetona', cas_number: '39742-60-4', hs_code: '2914.11' })).toEqual(
      expect.arrayContaining(['NAME_CAS_CONFLICT', 'HS_INCONSISTENT']),
    );
    expect(
      screener.screen(line({ goods_description: 'Acetona', cas_number: '39742-60-4' })).substance?.id,
    ).toBe('npp');
  });

  it('identifies NPP and ANPP by their own tariff subheadings alone', () => {
    expect(screener.screen(line({ hs_code: '2933.37.01' })).substance?.id).toBe('npp');
    expect(screener.screen(line({ hs_code: '293336' })).substance?.id).toBe('anpp');
    expect(screener.screen(line({ hs_code: '2933.39' })).verdict).toBe('clear');
  });

  it('identifies salts by structure and names analogs with scaffold and similarity', () => {
    expect(screener.screen(line({ smiles: 'Cl.Cl.c1ccc(NC2CCNCC2)cc1' })).substance?.id).toBe('4-ap');
    const analog = screener.screen(line({ smiles: 'O=C1CCN(CCc2ccc(F)cc2)CC1' }));
    expect(analog).toMatchObject({
      verdict: 'analog',
      analog: { nearest: 'npp', scaffold: 'n-substituted-4-piperidone' },
    });
    // A listed designer precursor is an analog by identity.
    expect(screener.screen(line({ smiles: 'O=C1CCN(Cc2ccccc2)CC1' })).substance?.id).toBe(
      '1-benzyl-4-piperidone',
    );
    expect(analog.analog?.similarity).toBeGreaterThan(0.5);
  });

  it('flags a CAS number whose check digit is wrong, and only then (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9 }),
        (head, mid, shift) => {
          const body = `${head}${String(mid).padStart(2, '0')}`;
          const right = casCheckDigit(body);
          const cas = (digit: number): string => `${head}-${String(mid).padStart(2, '0')}-${digit}`;
          expect(codes({ cas_number: cas(right) })).not.toContain('CAS_CHECK_DIGIT');
          const wrong = screener.screen(line({ cas_number: cas((right + shift) % 10) }));
          expect(wrong.reasons.map((r) => r.code)).toContain('CAS_CHECK_DIGIT');
          expect(wrong.verdict).not.toBe('clear');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('flags a precursor-specific tariff subheading on its own, saying so', () => {
    const p2p = screener.screen(
      line({ hs_code: '2914.31.01', goods_description: 'Producto químico orgánico' }),
    );
    expect(p2p).toMatchObject({ verdict: 'controlled', substance: { id: 'p2p' } });
    expect(p2p.reasons.find((r) => r.code === 'HS_IDENTIFIES')?.en).toContain(
      'covers only 1-phenyl-2-propanone',
    );
    const pmk = screener.screen(line({ hs_code: '29329201', goods_description: 'Organic chemical, n.o.s.' }));
    expect(pmk).toMatchObject({ verdict: 'controlled', substance: null, jurisdictions: [] });
    expect(pmk.reasons.find((r) => r.code === 'HS_CLASS')?.es).toContain('PMK');
  });

  it('recognises BMK and PMK glycidates as designer precursors, by name and by structure', () => {
    for (const description of ['PMK glycidate', 'BMK ethyl glycidate', 'glicidato de etilo de BMK']) {
      const result = screener.screen(line({ hs_code: '2918.99', goods_description: description }));
      expect(result, description).toMatchObject({
        verdict: 'analog',
        analog: { nearest: 'bmk-methyl-glycidate' },
      });
      expect(result.reasons.map((r) => r.code)).toContain('DESIGNER_NAME');
    }
    // The listed methyl ester stays controlled.
    expect(screener.screen(line({ goods_description: 'BMK methyl glycidate' })).verdict).toBe('controlled');
    const pmkEthyl = screener.screen(line({ smiles: 'CCOC(=O)C1(C)OC1c1ccc2OCOc2c1' }));
    expect(pmkEthyl).toMatchObject({ verdict: 'analog', analog: { scaffold: 'bmk-glycidate' } });
    // Strawberry aldehyde (ethyl 3-methyl-3-phenylglycidate) is a flavour, not a BMK glycidate.
    const strawberry = { goods_description: 'Aldehído C-16 (metilfenilglicidato de etilo)' };
    expect(screener.screen(line({ ...strawberry, smiles: 'CCOC(=O)C1OC1(C)c1ccccc1' })).verdict).toBe(
      'clear',
    );
    expect(screener.screen(line(strawberry)).verdict).toBe('clear');
  });

  it('reads hydrates written as gem-diols and protecting groups written out', () => {
    for (const description of ['4,4-Piperidinediol hydrochloride', 'piperidine-4,4-diol HCl'])
      expect(screener.screen(line({ goods_description: description })).substance?.id).toBe('4-piperidone');
    expect(
      screener.screen(line({ goods_description: '1-(tert-butoxycarbonyl)piperidin-4-one' })).substance?.id,
    ).toBe('1-boc-4-piperidone');
  });
});
