/**
 * Goods descriptions as brokers write them, in Spanish or English: names, synonyms and salt forms,
 * purity and packaging, typos, dropped accents, names buried in longer text, trade-style names, vague
 * descriptions that only the CAS number or SMILES gives away, and wrong or generic tariff codes.
 * Every line of a non-benign substance keeps at least one clue (a name within one typo, the CAS number
 * or the SMILES), so the ground truth is fair to a screener.
 */
import { stripAccents } from './companies.ts';
import type { Substance } from './catalogue/chemicals.ts';
import type { Random } from './random.ts';
import { typo } from './variants.ts';

export interface WrittenGoods {
  description: string;
  hsCode: string;
  casNumber: string;
  smiles: string;
}

const PACKAGING_ES = [
  'TAMBORES DE 200 KG',
  'TAMBOS DE 25 KG',
  'SACOS DE 25 KG',
  'SUPER SACOS DE 1000 KG',
  'CUÑETES DE 50 KG',
  'BIDONES DE 25 L',
  'CONTENEDOR IBC 1000 L',
  'ISOTANQUE',
];
const PACKAGING_EN = [
  '200 kg drums',
  '25 kg fibre drums',
  '25 kg bags',
  '1000 kg big bags',
  '50 kg kegs',
  'IBC totes',
  'ISO tank',
];
const VAGUE_ES = [
  'INTERMEDIARIO FARMACEUTICO',
  'PRODUCTO QUIMICO ORGANICO',
  'MATERIA PRIMA PARA LA INDUSTRIA QUIMICA',
  'REACTIVO QUIMICO PARA LABORATORIO',
  'COMPUESTO ORGANICO NITROGENADO',
  'PREPARACION QUIMICA INDUSTRIAL',
];
const VAGUE_EN = [
  'Pharmaceutical intermediate',
  'Organic chemical',
  'Chemical raw material',
  'Laboratory reagent',
  'Heterocyclic compound',
  'Fine chemical for R&D use',
];
const COVER_WORDS_ES = [
  'MUESTRAS SIN VALOR COMERCIAL DE',
  'MATERIAL PARA INVESTIGACION:',
  'ADITIVO PARA PINTURA A BASE DE',
  'AUXILIAR DE PROCESO',
];
const GENERIC_HS = ['2933.39.99', '2942.00.01', '3824.99.99', '2918.99.99', '2827.20.01', '3402.90.99'];
const NON_CHEMICAL_GOODS: [string, string][] = [
  ['BOMBA CENTRIFUGA INDUSTRIAL DE ACERO INOXIDABLE', '8413.70.99'],
  ['REACTOR DE VIDRIO ENCHAQUETADO 50 L', '8419.89.99'],
  ['Stainless steel mixing tank 2000 L', '8479.82.01'],
  ['TAMBORES VACIOS DE POLIETILENO', '3923.30.99'],
  ['Tablet press machine spare parts', '8479.90.99'],
  ['FILTROS PRENSA PARA LIQUIDOS', '8421.29.99'],
];

function tariffOf(hs: string, random: Random): string {
  const fraccion = `${hs}.${random.pick(['01', '01', '02', '99'])}`;
  if (random.chance(0.25)) return fraccion.replace(/\./g, '');
  if (random.chance(0.1)) return hs;
  return fraccion;
}

function nameFor(substance: Substance, spanish: boolean, random: Random): string {
  if (random.chance(0.3) && substance.synonyms.length > 0) return random.pick(substance.synonyms);
  const base = spanish ? substance.es : substance.en;
  if (substance.salts.length > 0 && random.chance(0.25)) {
    const [suffixEn, prefixEs] = random.pick(substance.salts);
    return spanish ? `${prefixEs} ${base}` : `${base} ${suffixEn}`;
  }
  return base;
}

function honestDescription(substance: Substance, random: Random): string {
  const spanish = random.chance(0.6);
  let name = nameFor(substance, spanish, random);
  if (random.chance(0.08)) name = typo(name, random);
  const purity = random.pick(['98', '99', '99.5', '99.8', '95', '40']);
  const text = spanish
    ? random.pick([
        `${name}`,
        `${name} ${purity}%`,
        `${name} GRADO INDUSTRIAL EN ${random.pick(PACKAGING_ES)}`,
        `${name}, PUREZA MIN. ${purity}%, ${random.int(4, 80)} ${random.pick(PACKAGING_ES)}`,
        `MATERIA PRIMA: ${name} (USO INDUSTRIAL)`,
      ])
    : random.pick([
        `${name}`,
        `${name} ${purity}% min, ${random.int(4, 80)} x ${random.pick(PACKAGING_EN)}`,
        `${name}, industrial grade`,
        `${name} technical grade in ${random.pick(PACKAGING_EN)}`,
      ]);
  return spanish ? upperMaybe(accentsMaybe(text, random), random, 0.7) : text;
}

/** How a front company declares a precursor: vague, buried, misspelt, or behind a cover product. */
function evasiveDescription(substance: Substance, random: Random): { text: string; clueless: boolean } {
  const spanish = random.chance(0.5);
  const roll = random.float();
  if (roll < 0.3) return { text: random.pick(spanish ? VAGUE_ES : VAGUE_EN), clueless: true };
  let name = nameFor(substance, spanish, random);
  if (random.chance(0.35)) name = typo(name, random);
  if (roll < 0.55)
    return { text: upperMaybe(`${random.pick(COVER_WORDS_ES)} ${name}`, random, 0.8), clueless: false };
  if (roll < 0.8)
    return {
      text: `${random.pick(VAGUE_EN)} (${name}) for ${random.pick(['pharmaceutical synthesis', 'R&D', 'coating additive', 'resin production'])}`,
      clueless: false,
    };
  return { text: upperMaybe(accentsMaybe(name, random), random, 0.6), clueless: false };
}

function accentsMaybe(text: string, random: Random): string {
  return random.chance(0.45) ? stripAccents(text) : text;
}

function upperMaybe(text: string, random: Random, probability: number): string {
  return random.chance(probability) ? text.toUpperCase() : text;
}

/** Describes one line of a substance; `evasive` for a front company hiding what it imports. */
export function describe(substance: Substance, evasive: boolean, random: Random): WrittenGoods {
  const careful = substance.cls !== 'benign';
  const { text, clueless } = evasive
    ? evasiveDescription(substance, random)
    : { text: honestDescription(substance, random), clueless: false };
  // A vague description must carry the CAS number or the SMILES, or the line would be unknowable.
  let casNumber = substance.cas && random.chance(evasive ? 0.6 : careful ? 0.75 : 0.55) ? substance.cas : '';
  let smiles = substance.smiles && random.chance(evasive ? 0.35 : 0.08) ? substance.smiles : '';
  if (clueless && !casNumber && !smiles) {
    if (substance.cas) casNumber = substance.cas;
    else smiles = substance.smiles;
  }
  const hsCode =
    evasive && random.chance(0.45)
      ? random.pick(GENERIC_HS)
      : random.chance(0.04)
        ? random.pick(GENERIC_HS)
        : tariffOf(substance.hs, random);
  return { description: text, hsCode, casNumber, smiles };
}

export function describeNonChemical(random: Random): WrittenGoods {
  const [description, hsCode] = random.pick(NON_CHEMICAL_GOODS);
  return { description, hsCode, casNumber: '', smiles: '' };
}
