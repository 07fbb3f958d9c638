/**
 * Company names ("razón social") to comparable parts: the legal form (régimen societario) split off
 * the end, abbreviations expanded, stop words dropped for token comparisons. A missing legal form is
 * `null` (unknown), never a form of its own: CFDI 4.0 invoices drop it by law (research/analytics.md §2.1).
 */
import { foldText, stripPunctuation, tokens } from './text.ts';

export interface NormalisedName {
  /** Folded, punctuation-free core name without the legal form, abbreviations expanded. */
  core: string;
  /** Core tokens without stop words, in their original order. */
  tokens: string[];
  /** Tokens sorted, joined by spaces: equal for reordered names. */
  sortedKey: string;
  /** Canonical legal form without the capital-variable suffix (SA, SAPI, S DE RL…), or null. */
  legalForm: string | null;
  /** True when the legal form carried "de C.V." (capital variable). */
  capitalVariable: boolean;
}

/** Legal forms, written as token sequences after single-letter runs are joined (S A → SA). */
const LEGAL_FORMS: readonly (readonly [form: string, sequence: readonly string[]])[] = [
  ['SAPIB', ['SAPIB']],
  ['SAPI', ['SAPI']],
  ['SAPI', ['SOCIEDAD', 'ANONIMA', 'PROMOTORA', 'DE', 'INVERSION']],
  ['SAB', ['SAB']],
  ['SAB', ['SOCIEDAD', 'ANONIMA', 'BURSATIL']],
  ['SAS', ['SAS']],
  ['SAS', ['SOCIEDAD', 'POR', 'ACCIONES', 'SIMPLIFICADA']],
  ['SA', ['SA']],
  ['SA', ['SOCIEDAD', 'ANONIMA']],
  ['S DE RL', ['S', 'DE', 'RL']],
  ['S DE RL', ['SDERL']],
  ['S DE RL', ['SRL']],
  ['S DE RL', ['SOCIEDAD', 'DE', 'RESPONSABILIDAD', 'LIMITADA']],
  ['SC DE RL', ['SC', 'DE', 'RL']],
  ['SPR DE RL', ['SPR', 'DE', 'RL']],
  ['SPR DE RI', ['SPR', 'DE', 'RI']],
  ['S EN C POR A', ['S', 'EN', 'C', 'POR', 'A']],
  ['S EN NC', ['S', 'EN', 'NC']],
  ['S EN C', ['S', 'EN', 'C']],
  ['SCL', ['SCL']],
  ['SC', ['SC']],
  ['SC', ['SOCIEDAD', 'CIVIL']],
  ['AC', ['AC']],
  ['AC', ['ASOCIACION', 'CIVIL']],
  ['IAP', ['IAP']],
];

const CAPITAL_VARIABLE: readonly (readonly string[])[] = [
  ['DE', 'CAPITAL', 'VARIABLE'],
  ['DE', 'CV'],
  ['CV'],
];

/** Abbreviations and inflections to one spelling each (a heuristic list; grow it from the data). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['IND', 'INDUSTRIAL'],
  ['INDS', 'INDUSTRIAL'],
  ['INDUSTRIALES', 'INDUSTRIAL'],
  ['INDUSTRIAS', 'INDUSTRIAL'],
  ['CIA', 'COMPANIA'],
  ['QCA', 'QUIMICA'],
  ['QUIM', 'QUIMICA'],
  ['QUIMICOS', 'QUIMICA'],
  ['QUIMICAS', 'QUIMICA'],
  ['INTL', 'INTERNACIONAL'],
  ['INTERNATIONAL', 'INTERNACIONAL'],
  ['MEX', 'MEXICO'],
  ['GPO', 'GRUPO'],
  ['HNOS', 'HERMANOS'],
  ['DIST', 'DISTRIBUIDORA'],
  ['DISTRIB', 'DISTRIBUIDORA'],
  ['DISTRIBUCIONES', 'DISTRIBUIDORA'],
  ['COMERC', 'COMERCIALIZADORA'],
  ['COMER', 'COMERCIALIZADORA'],
  ['SERV', 'SERVICIOS'],
  ['SERVS', 'SERVICIOS'],
  ['IMP', 'IMPORTADORA'],
  ['IMPORTACIONES', 'IMPORTADORA'],
  ['EXP', 'EXPORTADORA'],
  ['LAB', 'LABORATORIOS'],
  ['LABS', 'LABORATORIOS'],
  ['FARM', 'FARMACEUTICA'],
  ['CORP', 'CORPORATIVO'],
  ['CORPORACION', 'CORPORATIVO'],
  ['NAL', 'NACIONAL'],
  ['PROD', 'PRODUCTOS'],
  ['PRODS', 'PRODUCTOS'],
  ['TRANSP', 'TRANSPORTES'],
  ['LOG', 'LOGISTICA'],
  ['ALM', 'ALMACENES'],
  ['AGTE', 'AGENTE'],
]);

/** Personal titles in front of a broker's or an owner's name ("LIC. Carlos Díaz López"). */
export const TITLES: ReadonlySet<string> = new Set([
  'LIC',
  'LICENCIADO',
  'LICENCIADA',
  'ING',
  'INGENIERO',
  'DR',
  'DRA',
  'SR',
  'SRA',
  'CP',
  'MTRO',
  'MTRA',
  'ARQ',
]);

export const STOP_WORDS: ReadonlySet<string> = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'EL',
  'Y',
  'EN',
  'E',
]);

interface JoinedToken {
  token: string;
  /** How many raw tokens were joined into this one. */
  span: number;
  singleLetters: boolean;
}

/** Joins runs of single letters ("S A P I" → "SAPI"), remembering how many raw tokens each came from. */
function joinLetterRuns(raw: readonly string[]): JoinedToken[] {
  const joined: JoinedToken[] = [];
  for (const token of raw) {
    const last = joined.at(-1);
    if (token.length === 1 && last?.singleLetters) {
      last.token += token;
      last.span += 1;
    } else {
      joined.push({ token, span: 1, singleLetters: token.length === 1 });
    }
  }
  return joined;
}

function endsWith(joined: readonly { token: string }[], end: number, sequence: readonly string[]): boolean {
  if (end - sequence.length < 1) return false; // keep at least one token of core name
  return sequence.every((word, i) => joined[end - sequence.length + i]?.token === word);
}

/** Splits the legal form off the end of a punctuation-free token list. */
export function splitLegalForm(raw: readonly string[]): {
  core: string[];
  legalForm: string | null;
  capitalVariable: boolean;
} {
  const joined = joinLetterRuns(raw);
  let end = joined.length;
  let capitalVariable = false;
  const cv = CAPITAL_VARIABLE.find((sequence) => endsWith(joined, end, sequence));
  if (cv) {
    capitalVariable = true;
    end -= cv.length;
  }
  let legalForm: string | null = null;
  const found = LEGAL_FORMS.find(([, sequence]) => endsWith(joined, end, sequence));
  if (found) {
    legalForm = found[0];
    end -= found[1].length;
  } else if (capitalVariable && end > 1 && joined[end - 1]?.token === 'SA') {
    legalForm = 'SA';
    end -= 1;
  }
  if (!found && !capitalVariable) return { core: [...raw], legalForm: null, capitalVariable: false };
  const rawEnd = joined.slice(0, end).reduce((sum, part) => sum + part.span, 0);
  const core = raw.slice(0, rawEnd);
  while (core.length > 1 && STOP_WORDS.has(core.at(-1) ?? '')) core.pop();
  return { core, legalForm, capitalVariable };
}

export function normaliseName(input: string): NormalisedName {
  const raw = tokens(stripPunctuation(foldText(input)));
  for (;;) {
    if (raw.length > 2 && raw[0] === 'A' && raw[1] === 'A')
      raw.splice(0, 2); // "A.A.": agente aduanal
    else if (raw.length > 2 && raw[0] === 'AGENTE' && raw[1] === 'ADUANAL') raw.splice(0, 2);
    else if (raw.length > 1 && TITLES.has(raw[0]!)) raw.shift();
    else break;
  }
  const { core, legalForm, capitalVariable } = splitLegalForm(raw);
  const expanded = core.map((token) => ABBREVIATIONS.get(token) ?? token);
  const meaningful = expanded.filter((token) => !STOP_WORDS.has(token));
  const nameTokens = meaningful.length > 0 ? meaningful : expanded;
  return {
    core: nameTokens.join(' '),
    tokens: nameTokens,
    sortedKey: [...nameTokens].sort().join(' '),
    legalForm,
    capitalVariable,
  };
}
