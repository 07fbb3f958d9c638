import rdkitPackage from '@rdkit/rdkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidCas } from '../identifiers/index.ts';
import { controlsOn, permitRequiredOn, substance, SUBSTANCES, verdictOn } from './catalogue/chemicals.ts';
import { PORTS } from './catalogue/ports.ts';
import { cities } from './geo.ts';

type RdkitFactory = typeof rdkitPackage.default;
const initRDKitModule: RdkitFactory =
  typeof rdkitPackage === 'function' ? rdkitPackage : rdkitPackage.default;

describe('the chemicals catalogue', () => {
  it('has unique keys and valid CAS numbers', () => {
    expect(new Set(SUBSTANCES.map((s) => s.key)).size).toBe(SUBSTANCES.length);
    for (const s of SUBSTANCES) if (s.cas) expect(isValidCas(s.cas), `${s.key} ${s.cas}`).toBe(true);
  });

  it('has SMILES that RDKit parses', async () => {
    const rdkit = await initRDKitModule();
    for (const s of SUBSTANCES.filter((x) => x.smiles)) {
      const mol = rdkit.get_mol(s.smiles);
      try {
        expect(mol?.is_valid(), s.key).toBe(true);
      } finally {
        mol?.delete();
      }
    }
  });

  it('follows control dates: 4-AP (US 2020, Mexico 2021) became UN Table I in 2022, BMK glycidate at the end of 2024', () => {
    expect(controlsOn(substance('4ap'), '2022-01-01')).toEqual(['US-LI', 'MX']);
    expect(controlsOn(substance('4ap'), '2024-01-01')).toEqual(['UN-I', 'US-LI', 'MX']);
    expect(verdictOn(substance('bmkglycidate'), '2024-12-02')).toBe('analog');
    expect(verdictOn(substance('bmkglycidate'), '2024-12-03')).toBe('controlled');
    expect(verdictOn(substance('benzylpiperidone'), '2025-06-01')).toBe('analog');
    expect(verdictOn(substance('aniline'), '2025-06-01')).toBe('watch');
    expect(verdictOn(substance('strawberryaldehyde'), '2025-06-01')).toBe('clear');
    expect(verdictOn(substance('acetone'), '2025-06-01')).toBe('watch'); // UN Table II: monitored, no permit
    expect(verdictOn(substance('piperidine'), '2025-06-01')).toBe('controlled'); // also US List I
    expect(verdictOn(substance('benzaldehyde'), '2025-06-01')).toBe('controlled'); // US List I (code 8256)
    expect(permitRequiredOn(substance('acetone'), '2025-06-01')).toBe(false);
    expect(permitRequiredOn(substance('npp'), '2025-06-01')).toBe(true);
  });

  it('never un-controls a substance as time goes on', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...SUBSTANCES), day, day, (s, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (verdictOn(s, early) === 'controlled') expect(verdictOn(s, late)).toBe('controlled');
        expect(controlsOn(s, late).length).toBeGreaterThanOrEqual(controlsOn(s, early).length);
      }),
    );
  });
});

describe('places', () => {
  it('finds every catalogue city in GeoNames, in Mexico, with the port city of Lázaro Cárdenas on the coast', () => {
    const all = cities();
    for (const c of all) {
      expect(c.lat).toBeGreaterThan(14);
      expect(c.lat).toBeLessThan(33);
      expect(c.lon).toBeLessThan(-86);
    }
    const lazaro = all.find((c) => c.display === 'Lázaro Cárdenas');
    expect(lazaro?.lat).toBeCloseTo(17.97, 1);
    expect(all.find((c) => c.geonamesName === 'Mexico City')?.lat).toBeCloseTo(19.43, 1);
  });

  it('gives the five main ports their UN/LOCODE and aduana', () => {
    const codes = Object.fromEntries(PORTS.map((p) => [p.locode, p.aduana]));
    expect(codes).toMatchObject({ MXZLO: 16, MXLZC: 51, MXVER: 43, MXATM: 81, MXESE: 11 });
  });
});
