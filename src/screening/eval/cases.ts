/**
 * The labelled evaluation set, built from the control list and hand-written structures: many
 * spellings per substance in both languages, salts, typos, CAS-only, SMILES-only, misdeclared tariff
 * codes, designer analogs, hard negatives and ordinary clear goods.
 */
import type { ControlList, Substance } from '../control-list.ts';
import type { LineToScreen, Verdict } from '../screen-line.ts';
import { DESIGNER_PRECURSORS, HARD_NEGATIVES } from './structures.ts';

export interface EvalCase {
  kind: string;
  expected: Verdict;
  /** For controlled and watch cases, the substance the verdict must name. */
  substanceId?: string;
  line: LineToScreen;
}

export const EVAL_DATE = '2026-06-01T09:30:00-06:00';

const line = (hs: string, description: string, extra: Partial<LineToScreen> = {}): LineToScreen => ({
  declared_at: EVAL_DATE,
  hs_code: hs,
  goods_description: description,
  cas_number: '',
  smiles: '',
  permit_id: 'COFEPRIS-PERM-0001',
  ...extra,
});

const CONTEXTS_ES = [
  'Tambores de 200 L con {} grado industrial',
  'Sacos de 25 kg, {} pureza 99%',
  '{} (lote 2026-04)',
];
const CONTEXTS_EN = [
  'Drums, 200 L, {} technical grade',
  '{} 98% min, 25 kg bags',
  'Chemical intermediate: {} for synthesis',
];
const SALTS = [
  '{} hydrochloride',
  'clorhidrato de {}',
  '{} HCl',
  'diclorhidrato de {}',
  '{} sulfate monohydrate',
];

/**
 * A deterministic typing error in the longest word of a name (8+ letters): two neighbouring letters
 * swapped, or one letter dropped; words of 12+ letters also lose another letter (two edits).
 */
export function typo(name: string, variant: number): string {
  const words = name.split(/([^\p{L}]+)/u);
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? '').length) longest = i;
  });
  const chars = [...(words[longest] ?? '')];
  const length = chars.length;
  if (length < 8) return name;
  const at = 2 + (variant % (length - 5));
  if (variant % 2 === 0) [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
  else chars.splice(at, 1);
  // Words of 12+ letters get a second error: another letter dropped.
  if (length >= 12) chars.splice(at + 3 < chars.length - 1 ? at + 3 : at - 2, 1);
  words[longest] = chars.join('');
  return words.join('');
}

function namesOf(substance: Substance): string[] {
  return [...new Set([substance.name.en, substance.name.es, ...substance.synonyms])];
}

function standing(list: ControlList, substance: Substance): Verdict {
  const inForce = list.listingsInForce(substance, EVAL_DATE.slice(0, 10));
  if (inForce.some((l) => l.level === 'controlled')) return 'controlled';
  if (inForce.some((l) => l.level === 'analog')) return 'analog';
  return 'watch';
}

/** Lines that carry a listed substance, labelled with the verdict the list gives it on EVAL_DATE. */
function listedCases(list: ControlList): EvalCase[] {
  const out: EvalCase[] = [];
  for (const substance of list.file.substances) {
    const expected = standing(list, substance);
    const hs = substance.hs[0] as string;
    const add = (kind: string, l: LineToScreen): void => {
      out.push({ kind: `${expected}:${kind}`, expected, substanceId: substance.id, line: l });
    };
    for (const [i, name] of namesOf(substance).entries()) {
      add('name', line(hs, name));
      add('name-upper', line(hs, name.toUpperCase()));
      add('name-in-context', line(hs, (i % 2 ? CONTEXTS_EN : CONTEXTS_ES)[i % 3]!.replace('{}', name)));
      add('salt', line(hs, SALTS[i % SALTS.length]!.replace('{}', name)));
      const misspelt = typo(name, i);
      if (misspelt !== name) add('typo', line(hs, misspelt));
    }
    for (const cas of substance.cas) {
      add('cas-only', line(hs, 'Producto químico orgánico', { cas_number: cas.number }));
      add('cas-no-hyphens', line(hs, 'Organic chemical', { cas_number: cas.number.replaceAll('-', '') }));
      add('misdeclared-hs', line('3402.90', 'Detergente industrial concentrado', { cas_number: cas.number }));
    }
    if (substance.smiles) {
      add('smiles-only', line(hs, 'Intermedio de síntesis', { smiles: substance.smiles }));
      if (!substance.smiles.includes('.'))
        add('smiles-salt', line(hs, 'Intermediate', { smiles: `${substance.smiles}.Cl` }));
      add('smiles-benign-name', line('3824.99', 'Aditivo para pinturas', { smiles: substance.smiles }));
    }
  }
  for (const [code, id] of Object.entries(list.file.hsIdentifies)) {
    const expected = standing(list, list.substance(id));
    out.push({
      kind: `${expected}:hs-only`,
      expected,
      substanceId: id,
      line: line(code, 'Intermedio químico'),
    });
  }
  return out;
}

function analogCases(): EvalCase[] {
  return DESIGNER_PRECURSORS.flatMap((s) => [
    {
      kind: 'analog:smiles',
      expected: 'analog' as const,
      line: line('2933.39', 'Intermedio farmacéutico', { smiles: s.smiles }),
    },
    {
      kind: 'analog:smiles-salt',
      expected: 'analog' as const,
      line: line('2933.39', `${s.name} hydrochloride`, { smiles: `Cl.${s.smiles}` }),
    },
  ]);
}

const CLEAR_GOODS: readonly [string, string][] = [
  ['8479.89', 'Máquina mezcladora industrial'],
  ['8471.30', 'Laptop computers, 14 inch'],
  ['6109.10', 'Camisetas de algodón'],
  ['8708.30', 'Frenos y servofrenos para vehículos'],
  ['9503.00', 'Juguetes de plástico'],
  ['9403.60', 'Muebles de madera para oficina'],
  ['8517.13', 'Teléfonos inteligentes'],
  ['3402.90', 'Detergente industrial concentrado'],
  ['3208.10', 'Barniz a base de poliésteres'],
  ['3901.10', 'Polietileno de baja densidad en pellets'],
  ['2501.00', 'Sal de mesa refinada'],
  ['2918.14', 'Ácido cítrico anhidro'],
  ['2915.31', 'Ethyl acetate, 99.5%'],
  ['2933.59', 'Piperazina anhidra'],
  ['2821.10', 'Óxido de hierro pigmento'],
  ['3206.11', 'Titanium dioxide pigment'],
  ['1701.99', 'Azúcar refinada'],
  ['2836.99', 'Carbonato de calcio precipitado'],
  ['7208.51', 'Lámina de acero laminada en caliente'],
  ['4011.10', 'Neumáticos nuevos para automóvil'],
  ['2905.45', 'Glicerina USP'],
  ['2933.39', 'Ethylamine hydrochloride'],
  ['2921.12', 'Dimethylamine solution 40%'],
  ['2915.50', 'Ácido propiónico'],
  ['2922.19', 'Etanolamina'],
  ['3004.90', 'Medicamento en tabletas (paracetamol 500 mg)'],
  ['8418.10', 'Refrigeradores domésticos'],
  ['6403.99', 'Calzado de cuero'],
  ['2710.19', 'Aceite lubricante para motor'],
  ['2933.99', 'Metformina clorhidrato'],
  ['2933.39', 'Meperidina clorhidrato (muestra de referencia)'],
  ['2921.44', 'Diphenylamine antioxidant'],
  ['2905.13', 'n-Butanol'],
  ['2905.16', 'Heptanol técnico'],
  ['2915.39', 'Methyl acetate'],
  ['2933.39', '4-Methylpiperidine'],
  ['2906.21', 'Benzyl alcohol'],
  ['2827.39', 'Cloruro de potasio'],
  ['2207.20', 'Etanol desnaturalizado'],
  ['2915.29', 'Acetato de sodio'],
  ['2933.31', 'Pyridine, 99%'],
  ['2902.41', 'o-Xylene'],
  ['2914.19', 'Metil isobutil cetona (MIBK)'],
  ['2916.31', 'Benzoato de sodio'],
  ['2922.41', 'Lisina clorhidrato'],
  ['2936.27', 'Vitamina C (ácido ascórbico)'],
  ['3204.17', 'Pigmento orgánico rojo'],
  ['2918.15', 'Citrato de sodio'],
  ['2924.29', 'Paracetamol USP'],
  ['2933.59', 'Trimetoprima'],
];
const LOTS = [
  '',
  ' lote A',
  ' (muestra sin valor comercial)',
  ', 20 pallets',
  ' - importación definitiva',
  ', 1x40HC',
  ' (factura INV-2291)',
  ' en cajas de cartón',
  ' - origin China',
  ' para uso industrial',
];

function clearCases(): EvalCase[] {
  const out: EvalCase[] = [];
  CLEAR_GOODS.forEach(([hs, description], i) => {
    for (const lot of LOTS)
      out.push({ kind: 'clear:goods', expected: 'clear', line: line(hs, description + lot) });
    out.push({
      kind: 'clear:goods-no-permit',
      expected: 'clear',
      line: line(hs, description, { permit_id: '' }),
    });
    out.push({
      kind: 'clear:goods-old-date',
      expected: 'clear',
      line: line(hs, description, { declared_at: `2015-0${1 + (i % 9)}-15` }),
    });
  });
  for (const s of HARD_NEGATIVES) {
    out.push({
      kind: 'clear:hard-negative',
      expected: 'clear',
      line: line('2933.39', s.name, { smiles: s.smiles }),
    });
    out.push({
      kind: 'clear:hard-negative-salt',
      expected: 'clear',
      line: line('3004.90', `${s.name} HCl`, { smiles: `${s.smiles}.Cl` }),
    });
  }
  return out;
}

export function buildEvalSet(list: ControlList): EvalCase[] {
  return [...listedCases(list), ...analogCases(), ...clearCases()];
}
