import type { FindingThresholds } from '../config.ts';
import { loadControlList, type ControlList } from '../../screening/index.ts';
import { localDay, pointOf, type ConsignmentFacts } from '../consignment.ts';
import type { CustodyEvent, EvidenceRef, Finding, FindingKind, Severity } from '../model.ts';

export type Detector = (facts: ConsignmentFacts, thresholds: FindingThresholds) => Finding[];

/**
 * What a finding cites: an event by its eventID (a plain string), or a permit or a declaration line, named
 * as such. The type travels with the reference (Finding.refs), so an event whose eventID reads like a
 * permit's evidence ('permit:…') is still an event (docs/SHARING.md "Derived records").
 */
export type Cited = string | { permit: string } | { line: { declarationId: string; lineNo: number } };

function refOf(cited: Cited): EvidenceRef {
  if (typeof cited === 'string') return { type: 'event', id: cited };
  if ('permit' in cited) return { type: 'permit', id: cited.permit };
  return { type: 'line', id: `${cited.line.declarationId}:${cited.line.lineNo}` };
}

export function finding(
  facts: ConsignmentFacts,
  kind: FindingKind,
  severity: Severity,
  cited: Cited[],
  en: string,
  es: string,
): Finding {
  const refs = cited.map(refOf);
  // The readable evidence, as it always was: event ids, 'permit:<number>', 'line:<declaration>:<line>'.
  const evidence = refs.map((r) => (r.type === 'event' ? r.id : `${r.type}:${r.id}`));
  return { billOfLading: facts.billOfLading, kind, severity, evidence, refs, explanation: { en, es } };
}

export const kg = (value: number): string => `${Math.round(value * 10) / 10} kg`;
export const km = (value: number): string => `${Math.round(value)} km`;
export const hours = (value: number): string => `${Math.round(value * 10) / 10} h`;

/** The lines whose substance needs a permit on their (local) declaration day. */
export function controlledLines(facts: ConsignmentFacts, thresholds: FindingThresholds) {
  return facts.lines.filter(
    (line) =>
      line.casNumber !== null &&
      facts.requiresPermit(line.casNumber, localDay(line.declaredAt, thresholds.localUtcOffsetHours)),
  );
}

/**
 * A place in the analyst's words: the registered name of the place the event names, a port by its UN/LOCODE,
 * or an unregistered position in degrees (never a bare URN or `geo:` URI). Only what the evidence event
 * itself names: a finding cites its events, not the registry's other places.
 */
export function placeName(event: CustodyEvent, facts: ConsignmentFacts, lang: 'en' | 'es'): string {
  const registered = event.placeId ? facts.places.get(event.placeId) : undefined;
  if (registered?.name) return registered.name;
  const locode = event.placeId ? /([A-Z]{2}[A-Z2-9]{3})$/.exec(event.placeId)?.[1] : undefined;
  if (locode) {
    const country = countryName(locode.slice(0, 2), lang);
    return lang === 'en' ? `the port ${locode} (${country})` : `el puerto ${locode} (${country})`;
  }
  const point = pointOf(event);
  if (!point) return lang === 'en' ? 'an unnamed place' : 'un lugar sin nombre';
  const at = `${Math.abs(point.lat).toFixed(3)}° ${point.lat >= 0 ? 'N' : 'S'}, ${Math.abs(point.lon).toFixed(3)}° ${point.lon >= 0 ? 'E' : lang === 'en' ? 'W' : 'O'}`;
  return lang === 'en' ? `an unregistered place at ${at}` : `un lugar no registrado en ${at}`;
}

const regionNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  es: new Intl.DisplayNames(['es'], { type: 'region' }),
};

/** A country by its name in the reader's language (ISO 3166 alpha-2 code in, "Estados Unidos" out). */
export function countryName(code: string, lang: 'en' | 'es'): string {
  try {
    return regionNames[lang].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

let controlList: ControlList | null | undefined;

/** A substance by its name in the control list (in the analyst's language) with its CAS number. */
export function substanceName(cas: string, lang: 'en' | 'es'): string {
  if (controlList === undefined) {
    try {
      controlList = loadControlList();
    } catch {
      controlList = null;
    }
  }
  const known = controlList?.findByCas(cas);
  return known ? `${known.substance.name[lang]} (${cas})` : cas;
}
