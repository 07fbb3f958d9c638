/**
 * Whether an entity is a natural person (persona física) or a company (persona moral), from its visible
 * records (pure). The RFC says it outright (4 letters: física, 3: moral). Without one, the names speak: a
 * legal form or a trade word ("Química", "Distribuidora") makes a company; a personal title ("Lic.",
 * "A.A." — agente aduanal), or a given name beside two more words ("Adriana Gutiérrez Cruz", or SAT's
 * "GUTIERREZ CRUZ ADRIANA") makes a person, and so does a customs broker's record with a name that is no
 * company's. When the records cannot tell, or contradict each other, the kind is `unknown`: a wrong
 * "company" on a broker misleads an analyst more than an honest "unknown".
 */
import { normaliseRfc } from './normalise-identifiers.ts';
import { normaliseName, TITLES } from './normalise-name.ts';
import { foldText, stripPunctuation, tokens } from './text.ts';

export const PARTY_KINDS = ['person', 'company', 'unknown'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export interface KindEvidence {
  role: string;
  name: string;
  rfc: string | null;
  /** How many records say this (1 when absent). */
  count?: number;
}

/** Word stems of trade and industry: a name holding one is a business name, not a person's. */
const TRADE_STEMS = [
  'ADUAN',
  'AGENCIA',
  'AGRO',
  'ALIMENT',
  'ALMACEN',
  'ASOCIAD',
  'AUTOTRANSP',
  'BARNIZ',
  'BIO',
  'BODEGA',
  'CENTRO',
  'COMERC',
  'COMPANIA',
  'CONSORCIO',
  'CORPORA',
  'DESPACHO',
  'DETERGENT',
  'DISTRIB',
  'EMPAQUE',
  'EMPRESA',
  'ENERG',
  'ESMALTE',
  'EXPORT',
  'FARMA',
  'FARMO',
  'FERTILIZ',
  'FLETE',
  'GLOBAL',
  'GRUPO',
  'HERMANOS',
  'HIGIENE',
  'IMPORT',
  'INDUSTRI',
  'INSUMO',
  'INTEGRAL',
  'INTERNACIONAL',
  'INVERSION',
  'JABON',
  'LABORATORI',
  'LIMPIEZA',
  'LOGISTIC',
  'MEXICAN',
  'NACIONAL',
  'OPERADORA',
  'PETROL',
  'PETROQ',
  'PINTURA',
  'PLANTA',
  'PLASTIC',
  'POLIMER',
  'PRODUCT',
  'QUIMIC',
  'RECUBRIMIENTO',
  'RESINA',
  'SERVICIO',
  'SOLUCION',
  'SOLVENTE',
  'TECNOLOG',
  'TERMINAL',
  'TRANSPORT',
] as const;

/**
 * Common Mexican given names (RENAPO/INEGI frequency lists), folded. A name holding one of these and two
 * other words is shaped like a person's; the list only needs the frequent names, because one record with
 * a known given name is enough for the entity.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'JOSE JUAN LUIS CARLOS JESUS MIGUEL FRANCISCO ANTONIO JORGE ALEJANDRO MANUEL PEDRO RICARDO FERNANDO ' +
    'ROBERTO JAVIER RAUL EDUARDO DAVID DANIEL SERGIO ARTURO ALBERTO MARIO ENRIQUE HECTOR GERARDO OSCAR ' +
    'RAFAEL VICTOR RAMON ALFREDO ANDRES ARMANDO GUILLERMO GUSTAVO HUGO IGNACIO JAIME JULIO MARCO MARTIN ' +
    'PABLO RODRIGO RUBEN SALVADOR SANTIAGO SAMUEL TOMAS ERNESTO FELIPE GABRIEL HUMBERTO ISMAEL ' +
    'MARIA GUADALUPE JUANA MARGARITA VERONICA ELIZABETH LETICIA ROSA PATRICIA ADRIANA ALEJANDRA LAURA ' +
    'GABRIELA ANA CLAUDIA MARTHA SILVIA ANGELICA SANDRA TERESA CARMEN DIANA ELENA FERNANDA LUCIA ' +
    'MONICA NORMA PAOLA ALICIA BEATRIZ CRISTINA GLORIA ISABEL JOSEFINA LORENA MARISOL MIRIAM ' +
    'REBECA SOFIA SUSANA VALERIA XIMENA YOLANDA IRMA LILIANA KARLA ERIKA'
  ).split(' '),
);

const PARTICLES: ReadonlySet<string> = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y']);

/** What one record's name says: 'company', 'person', or null when it says nothing either way. */
export function kindOfName(name: string, role: string): Exclude<PartyKind, 'unknown'> | null {
  const words = tokens(stripPunctuation(foldText(name)));
  if (words.length === 0) return null;
  if (normaliseName(name).legalForm !== null) return 'company';
  const titleLength = personalTitleLength(words);
  const named = words.slice(titleLength).filter((w) => !PARTICLES.has(w));
  if (named.some((w) => TRADE_STEMS.some((stem) => w.startsWith(stem)))) return 'company';
  if (named.length < 2 || named.some((w) => !/^[A-ZÑ]{2,}$/.test(w))) return null;
  if (titleLength > 0) return 'person';
  if (named.length >= 3 && named.length <= 5 && named.some((w) => GIVEN_NAMES.has(w))) return 'person';
  return role === 'broker' && named.length <= 5 ? 'person' : null;
}

/** "LIC.", "ING.", "A.A." or "Agente aduanal" in front of a name: how many words the title takes. */
function personalTitleLength(words: readonly string[]): number {
  const [first, second] = words;
  if ((first === 'A' && second === 'A') || (first === 'AGENTE' && second === 'ADUANAL')) return 2;
  return first !== undefined && TITLES.has(first) ? 1 : 0;
}

/**
 * The entity's kind from all its visible records. RFCs decide when they agree; otherwise the names vote,
 * and a kind wins only when no more than a tenth of the records that speak say the other (a stray typo
 * or a borrowed name should not flip a broker with 170 records; a real mix is `unknown`).
 */
export function partyKindOf(records: readonly KindEvidence[]): PartyKind {
  const rfc = { person: 0, company: 0 };
  const names = { person: 0, company: 0 };
  // Each distinct record read once, its vote counted as many times as it occurs: the largest entities repeat the
  // same few names and RFCs over a thousand records, and reading a name is the costly part of an entity's page.
  const repeats = new Map<string, { record: KindEvidence; count: number }>();
  for (const record of records) {
    const key = `${record.rfc ?? '\u0001'}\u0000${record.role}\u0000${record.name}`;
    const seen = repeats.get(key);
    if (seen) seen.count += record.count ?? 1;
    else repeats.set(key, { record, count: record.count ?? 1 });
  }
  for (const { record, count } of repeats.values()) {
    const kind = normaliseRfc(record.rfc).kind;
    if (kind === 'fisica') rfc.person += count;
    if (kind === 'moral') rfc.company += count;
    const byName = kindOfName(record.name, record.role);
    if (byName) names[byName] += count;
  }
  return majority(rfc) ?? majority(names) ?? 'unknown';
}

function majority(votes: { person: number; company: number }): 'person' | 'company' | null {
  const total = votes.person + votes.company;
  if (total === 0) return null;
  if (votes.person / total >= 0.9) return 'person';
  if (votes.company / total >= 0.9) return 'company';
  return null;
}
