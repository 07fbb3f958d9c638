/**
 * Every verdict explains itself: reasons with a stable code and a sentence in Spanish and English.
 */
export const REASON_CODES = [
  'CAS_MATCH',
  'CAS_SALT_MATCH',
  'CAS_CHECK_DIGIT',
  'CAS_MALFORMED',
  'CAS_UNKNOWN',
  'NAME_MATCH',
  'NAME_FUZZY_MATCH',
  'NAME_DERIVATIVE',
  'STRUCTURE_MATCH',
  'SALT_STRIPPED',
  'HS_IDENTIFIES',
  'HS_CLASS',
  'DESIGNER_NAME',
  'LISTED',
  'NOT_YET_IN_FORCE',
  'ANALOG_SCAFFOLD',
  'ANALOG_SIMILARITY',
  'NAME_CAS_CONFLICT',
  'STRUCTURE_CONFLICT',
  'HS_INCONSISTENT',
  'BENIGN_HEADING',
  'PERMIT_MISSING',
  'OTHER_SUBSTANCES',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  en: string;
  es: string;
}

/** Codes that say the line disagrees with itself: they raise a clear line to watch. */
export const MISDECLARATION_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'CAS_CHECK_DIGIT',
  'CAS_MALFORMED',
  'NAME_CAS_CONFLICT',
  'STRUCTURE_CONFLICT',
  'HS_INCONSISTENT',
  'BENIGN_HEADING',
  'PERMIT_MISSING',
]);

interface Named {
  name: { en: string; es: string };
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

export const reasons = {
  casMatch: (cas: string, s: Named, form: string): Reason =>
    form === 'base'
      ? {
          code: 'CAS_MATCH',
          en: `CAS ${cas} is ${s.name.en}`,
          es: `El CAS ${cas} corresponde a ${s.name.es}`,
        }
      : {
          code: 'CAS_SALT_MATCH',
          en: `CAS ${cas} is a ${form} of ${s.name.en}`,
          es: `El CAS ${cas} corresponde a una forma ${form} de ${s.name.es}`,
        },
  casCheckDigit: (cas: string): Reason => ({
    code: 'CAS_CHECK_DIGIT',
    en: `CAS ${cas} fails its check digit`,
    es: `El CAS ${cas} no cumple su dígito verificador`,
  }),
  casMalformed: (text: string): Reason => ({
    code: 'CAS_MALFORMED',
    en: `"${text}" is not a CAS number`,
    es: `"${text}" no es un número CAS`,
  }),
  nameMatch: (matched: string, s: Named, edits: number): Reason =>
    edits === 0
      ? {
          code: 'NAME_MATCH',
          en: `The description names ${s.name.en} ("${matched}")`,
          es: `La descripción nombra ${s.name.es} ("${matched}")`,
        }
      : {
          code: 'NAME_FUZZY_MATCH',
          en: `The description names ${s.name.en} with ${edits} typing error(s) ("${matched}")`,
          es: `La descripción nombra ${s.name.es} con ${edits} error(es) de escritura ("${matched}")`,
        },
  nameDerivative: (matched: string, s: Named): Reason => ({
    code: 'NAME_DERIVATIVE',
    en: `The description names a derivative of ${s.name.en} ("${matched}" inside a longer chemical name)`,
    es: `La descripción nombra un derivado de ${s.name.es} ("${matched}" dentro de un nombre químico más largo)`,
  }),
  structureMatch: (s: Named, by: string): Reason => ({
    code: 'STRUCTURE_MATCH',
    en: `The declared structure is ${s.name.en} (${by})`,
    es: `La estructura declarada es ${s.name.es} (${by})`,
  }),
  saltStripped: (parent: string): Reason => ({
    code: 'SALT_STRIPPED',
    en: `Salt or counter-ion removed; parent structure ${parent}`,
    es: `Sal o contraión eliminado; estructura base ${parent}`,
  }),
  hsIdentifies: (code: string, declared: string, s: Named): Reason => ({
    code: 'HS_IDENTIFIES',
    en: `Declared under tariff code ${declared}: subheading ${code} covers only ${s.name.en} (and its salts), whatever the description says`,
    es: `Declarada en la fracción ${declared}: la subpartida ${code} comprende solo ${s.name.es} (y sus sales), diga lo que diga la descripción`,
  }),
  hsClass: (code: string, declared: string, covers: Named): Reason => ({
    code: 'HS_CLASS',
    en: `Declared under tariff code ${declared}: subheading ${code} covers only ${covers.name.en}, a controlled class the control list has no entry for`,
    es: `Declarada en la fracción ${declared}: la subpartida ${code} comprende solo ${covers.name.es}, una clase controlada sin ficha en la lista`,
  }),
  designerName: (matched: string, rule: Named, nearest: Named): Reason => ({
    code: 'DESIGNER_NAME',
    en: `The description names ${rule.name.en} ("${matched}"): a designer precursor, nearest listed ${nearest.name.en}`,
    es: `La descripción nombra ${rule.name.es} ("${matched}"): un precursor de diseño; el listado más cercano es ${nearest.name.es}`,
  }),
  listed: (s: Named, lists: string[], onDate: string): Reason => ({
    code: 'LISTED',
    en: `${s.name.en} is listed on ${onDate}: ${lists.join('; ')}`,
    es: `${s.name.es} está listada al ${onDate}: ${lists.join('; ')}`,
  }),
  notYetInForce: (s: Named, onDate: string): Reason => ({
    code: 'NOT_YET_IN_FORCE',
    en: `${s.name.en} was not yet listed on ${onDate}`,
    es: `${s.name.es} aún no estaba listada al ${onDate}`,
  }),
  analogScaffold: (scaffold: Named, nearest: Named, similarity: number): Reason => ({
    code: 'ANALOG_SCAFFOLD',
    en: `Not listed, but shares the ${scaffold.name.en} with ${nearest.name.en} (similarity ${pct(similarity)})`,
    es: `No listada, pero comparte el ${scaffold.name.es} con ${nearest.name.es} (similitud ${pct(similarity)})`,
  }),
  analogSimilarity: (nearest: Named, similarity: number): Reason => ({
    code: 'ANALOG_SIMILARITY',
    en: `Not listed, but ${pct(similarity)} similar to ${nearest.name.en} (Morgan fingerprint)`,
    es: `No listada, pero con similitud de ${pct(similarity)} con ${nearest.name.es} (huella Morgan)`,
  }),
  nameCasConflict: (byName: Named, byCas: Named): Reason => ({
    code: 'NAME_CAS_CONFLICT',
    en: `The description names ${byName.name.en} but the CAS number is ${byCas.name.en}`,
    es: `La descripción nombra ${byName.name.es} pero el número CAS es de ${byCas.name.es}`,
  }),
  structureConflict: (declared: Named, structure: string): Reason => ({
    code: 'STRUCTURE_CONFLICT',
    en: `The line declares ${declared.name.en} but its structure is ${structure}`,
    es: `La línea declara ${declared.name.es} pero su estructura es ${structure}`,
  }),
  hsInconsistent: (code: string, s: Named, expected: readonly string[]): Reason => ({
    code: 'HS_INCONSISTENT',
    en: `Tariff code ${code} does not fit ${s.name.en} (expected ${expected.join(', ')})`,
    es: `La fracción ${code} no corresponde a ${s.name.es} (se esperaba ${expected.join(', ')})`,
  }),
  benignHeading: (code: string, s: Named): Reason => ({
    code: 'BENIGN_HEADING',
    en: `A controlled chemical (or a relative of ${s.name.en}) declared under ${code}, a heading outside chemicals`,
    es: `Un químico controlado (o un pariente de ${s.name.es}) declarado en ${code}, partida ajena a los químicos`,
  }),
  permitMissing: (s: Named): Reason => ({
    code: 'PERMIT_MISSING',
    en: `${s.name.en} needs an import permit and the line has none`,
    es: `${s.name.es} requiere permiso de importación y la línea no lo tiene`,
  }),
  otherSubstances: (others: Named[]): Reason => ({
    code: 'OTHER_SUBSTANCES',
    en: `Also named on the line: ${others.map((o) => o.name.en).join(', ')}`,
    es: `También nombradas en la línea: ${others.map((o) => o.name.es).join(', ')}`,
  }),
};
