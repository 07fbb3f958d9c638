/**
 * The permit findings, one declaration line at a time, for lines whose substance needs a permit:
 * - no_permit: the line names no permit, a permit the registry does not hold, a permit for another
 *   substance, or a permit held by neither the importer nor the consignee (RFC within one
 *   character, or by name: `heldByParty`), unless that permit has expired (then only permit_expired). A line that names no
 *   permit while its importer holds one valid that day for that substance and for the
 *   line's destination (or for any site) is a documentation gap, not an unpermitted import: no finding;
 * - permit_expired: the permit exists but the declaration date is outside its validity;
 * - permit_quota_exceeded: this line takes the kilograms imported under the permit during its
 *   validity (a calendar year) past its yearly maximum (earlier consignments' use comes in
 *   `quotaUsedBeforeKg`; lines declared outside the validity do not use the quota).
 */
import { distance } from 'fastest-levenshtein';
import type { FindingThresholds } from '../config.ts';
import { localDay, type ConsignmentFacts } from '../consignment.ts';
import { resolveDestination } from '../destination.ts';
import { haversineKm } from '../geo.ts';
import type { DeclarationLine, Permit } from '../model.ts';
import { controlledLines, finding, kg, substanceName, type Detector } from './common.ts';

/** RFCs are retyped on every document; one character off (often the check digit) is the same party. */
export function sameRfc(a: string, b: string | null): boolean {
  return b !== null && distance(a.toUpperCase(), b.toUpperCase()) <= 1;
}

/** Legal forms and their pieces ("S.A. de C.V.", "S. de R.L.", "Sociedad Anónima"…), dropped from a name's end. */
const LEGAL_FORM_WORDS = new Set(
  'S A SA DE C V CV R L RL SRL SC SCL SAS SAPI SAB SPR RI B P I EN NC POR SOCIEDAD ANONIMA RESPONSABILIDAD LIMITADA CAPITAL VARIABLE CIVIL ACCIONES SIMPLIFICADA PROMOTORA INVERSION BURSATIL AC IAP ASOCIACION'.split(
    ' ',
  ),
);
/** Titles written before a person's name. */
const TITLES = new Set(['LIC', 'ING', 'AA', 'C', 'DR', 'SR', 'SRA']);

/** A company's or person's name as comparable words: folded, without legal form or title. */
function partyNameWords(name: string | null | undefined): string[] {
  if (!name) return [];
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORM_WORDS.has(words.at(-1)!)) words.pop();
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words;
}

/** `short`'s letters appear in `long` in order, from the same first letter: "HNOS" in "HERMANOS", "SERVS" in "SERVICIOS". */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || short[0] !== long[0]) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** One word written for another: the same, abbreviated ("Exp.", "Hnos.", "Servs."), or with one slip. */
function sameWord(u: string, v: string): 0 | 1 | null {
  if (u === v) return 0;
  const [short, long] = u.length <= v.length ? [u, v] : [v, u];
  if (abbreviates(short, long)) return 1;
  return long.length >= 5 && distance(u, v) <= 1 ? 1 : null;
}

/**
 * Two writings of one name: the same words in any order (a person's surnames first) with a slip or two
 * (a swapped, dropped or wrong letter), or word for word, in any order, with at most two words abbreviated or
 * mistyped and at least one written alike.
 */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = partyNameWords(a);
  const y = partyNameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const keyX = [...x].sort().join(' ');
  const keyY = [...y].sort().join(' ');
  if (distance(keyX, keyY) <= (Math.min(keyX.length, keyY.length) >= 12 ? 2 : 0)) return true;
  if (x.length !== y.length || x.length < 2) return false;
  const left = [...y];
  let differing = 0;
  // Exact words first, then the rest to the first word they may stand for.
  for (const pass of [0, 1] as const)
    for (const u of pass === 0 ? x : x.filter((w) => !y.includes(w))) {
      if (pass === 0 && !left.includes(u)) continue;
      const at = left.findIndex((v) => sameWord(u, v) === pass);
      if (at < 0) return false;
      left.splice(at, 1);
      differing += pass;
    }
  return left.length === 0 && differing <= 2 && differing < x.length;
}

/**
 * The permit's holder is a party of the line: the importer or consignee by RFC (within one character), or by
 * name when the line writes the holder's name with another RFC (a front writing a borrowed RFC on its own
 * declaration: the permit is still the named importer's; whose RFC it wrote is resolution's question).
 */
export function heldByParty(
  permit: Permit,
  rfcs: readonly (string | null)[],
  names: readonly (string | null | undefined)[],
): boolean {
  if (rfcs.some((rfc) => sameRfc(permit.holderRfc, rfc))) return true;
  return names.some((n) => sameName(n, permit.holderName));
}

const lineRef = (line: DeclarationLine) => ({ line });

export function permitFor(line: DeclarationLine, permits: readonly Permit[]): Permit | undefined {
  return permits.find((p) => p.permitId === line.permitId && p.substanceCas === line.casNumber);
}

export const detectNoPermit: Detector = (facts, thresholds) =>
  controlledLines(facts, thresholds).flatMap((line) => {
    const permit = permitFor(line, facts.permits);
    const holderMatches =
      permit !== undefined &&
      heldByParty(permit, [line.importerRfc, line.consigneeRfc], [line.importerName, line.consigneeName]);
    if (permit && holderMatches) return [];
    if (!line.permitId && documentationGap(line, facts, thresholds)) return [];
    // An expired permit is reported as permit_expired, whoever holds it: one finding per fault.
    const day = localDay(line.declaredAt, thresholds.localUtcOffsetHours);
    if (permit && (day < permit.validFrom || day > permit.validTo)) return [];
    const reason = !line.permitId
      ? { en: 'names no permit', es: 'no indica permiso' }
      : !permit
        ? {
            en: `names permit ${line.permitId}, which does not cover it`,
            es: `indica el permiso ${line.permitId}, que no lo ampara`,
          }
        : {
            en: `names permit ${line.permitId}, held by another party`,
            es: `indica el permiso ${line.permitId}, de otro titular`,
          };
    return [
      finding(
        facts,
        'no_permit',
        'high',
        [lineRef(line), ...(line.permitId ? [{ permit: line.permitId }] : [])],
        `Line ${line.lineNo} of ${line.declarationId} (${substanceName(line.casNumber!, 'en')}) ${reason.en}.`,
        `La línea ${line.lineNo} de ${line.declarationId} (${substanceName(line.casNumber!, 'es')}) ${reason.es}.`,
      ),
    ];
  });

/** The importer (or consignee) holds a permit valid that day for the substance and the line's destination. */
function documentationGap(
  line: DeclarationLine,
  facts: ConsignmentFacts,
  thresholds: FindingThresholds,
): boolean {
  const day = localDay(line.declaredAt, thresholds.localUtcOffsetHours);
  const destination = resolveDestination(line.destination, facts.places);
  return facts.permits.some((p) => {
    if (p.substanceCas !== line.casNumber || day < p.validFrom || day > p.validTo) return false;
    // The import permit is the importer's: a consignee's permit for its site does not license the import.
    if (!heldByParty(p, [line.importerRfc], [line.importerName])) return false;
    if (p.siteId === null || p.siteId === line.destination) return true;
    const site = facts.places.get(p.siteId);
    return (
      site !== undefined && destination !== null && haversineKm(site, destination) <= thresholds.samePlaceKm
    );
  });
}

export const detectPermitExpired: Detector = (facts, thresholds) =>
  controlledLines(facts, thresholds).flatMap((line) => {
    const permit = permitFor(line, facts.permits);
    const day = localDay(line.declaredAt, thresholds.localUtcOffsetHours);
    if (!permit || (permit.validFrom <= day && day <= permit.validTo)) return [];
    return [
      finding(
        facts,
        'permit_expired',
        'high',
        [lineRef(line), { permit: permit.permitId }],
        `Permit ${permit.permitId} is valid ${permit.validFrom}–${permit.validTo}; the goods were declared on ${day}.`,
        `El permiso ${permit.permitId} es válido del ${permit.validFrom} al ${permit.validTo}; la mercancía se declaró el ${day}.`,
      ),
    ];
  });

/**
 * Kilograms summed in floating point carry its error (975 + 415 + 384.8 + … + 276.6 is 5540.000000000001): compared
 * to the milligram, so that a quota used up exactly is not exceeded. Declared quantities are far coarser.
 */
const exceeds = (kg: number, maxKg: number): boolean => Math.round(kg * 1e6) > Math.round(maxKg * 1e6);

export const detectPermitQuotaExceeded: Detector = (facts, thresholds) => {
  const usedInThisConsignment = new Map<string, number>();
  return controlledLines(facts, thresholds).flatMap((line) => {
    const permit = permitFor(line, facts.permits);
    const day = localDay(line.declaredAt, thresholds.localUtcOffsetHours);
    if (!permit || day < permit.validFrom || day > permit.validTo) return [];
    const before =
      (facts.quotaUsedBeforeKg.get(permit.permitId) ?? 0) + (usedInThisConsignment.get(permit.permitId) ?? 0);
    usedInThisConsignment.set(
      permit.permitId,
      (usedInThisConsignment.get(permit.permitId) ?? 0) + line.quantityKg,
    );
    const after = before + line.quantityKg;
    if (!exceeds(after, permit.maxKgPerYear)) return [];
    return [
      finding(
        facts,
        'permit_quota_exceeded',
        after > permit.maxKgPerYear * 1.25 ? 'high' : 'medium',
        [lineRef(line), { permit: permit.permitId }],
        `Permit ${permit.permitId} allows ${kg(permit.maxKgPerYear)} a year; with this line ${kg(after)} are imported.`,
        `El permiso ${permit.permitId} autoriza ${kg(permit.maxKgPerYear)} al año; con esta línea se importan ${kg(after)}.`,
      ),
    ];
  });
};
