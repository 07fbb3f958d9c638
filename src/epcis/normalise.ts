/**
 * EPCIS 2.0 event (as received, already schema-valid) → the flat record Centinela stores and
 * reasons about. Pure: no I/O, no clock (the record time is passed in).
 */
import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { geoPoint } from '../shared/geo.ts';
import { parseInstant } from '../store/bounds.ts';

// canonicalize is CommonJS; under NodeNext its default export is the function itself.
const canonicalize = canonicalizeModule;

export type EpcisEventJson = Record<string, unknown>;

export interface NormalisedEvent {
  eventId: string;
  /** True when the event carried no eventID and Centinela keyed it by its content hash. */
  eventIdAssigned: boolean;
  eventType: string;
  eventTime: string;
  eventTimeZoneOffset: string | null;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  epcs: string[];
  parentId: string | null;
  /** The bill of lading: the last token of the first `bol` business transaction's value. */
  bol: string | null;
  /** The first ISO 6346-shaped container number among the EPCs and the parent id. */
  containerNo: string | null;
  /** Sum of quantities whose unit is a mass, in kilograms; null when the event states none. */
  quantityKg: number | null;
  /** From a `geo:lat,lon` read point or business location; places named by id resolve later. */
  lat: number | null;
  lon: number | null;
  document: EpcisEventJson;
}

const CBV_PREFIXES = [
  /^https?:\/\/ref\.gs1\.org\/cbv\/(?:BizStep|Disp|BTT|SDT|ER)-/,
  /^https?:\/\/gs1\.org\/voc\/(?:BizStep|Disp|BTT|SDT|ER)-/,
  /^urn:epcglobal:cbv:(?:bizstep|disp|btt|sdt|er):/,
];

/** CBV values may come as bare words, Web URIs or legacy URNs; compare them as bare words. */
export function cbvBareWord(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  for (const prefix of CBV_PREFIXES) {
    if (prefix.test(value)) return value.replace(prefix, '');
  }
  return value;
}

/** The trailing identifier of a business-transaction value (`urn:epcglobal:cbv:bt:…:BOL`, `…/bol/BOL`). */
export function trailingToken(value: string): string {
  const parts = value.split(/[:/#=]/).filter((p) => p !== '');
  return parts.at(-1) ?? value;
}

const CONTAINER_AT_END = /([A-Z]{3}[UJZ]\d{7})$/;

export function containerNumberIn(values: readonly string[]): string | null {
  for (const value of values) {
    const match = CONTAINER_AT_END.exec(value.toUpperCase());
    if (match) return match[1]!;
  }
  return null;
}

/** UN/ECE Rec 20 mass units → kilograms. Other units (pieces, litres) are not a mass. */
const KG_PER_UNIT: Record<string, number> = { KGM: 1, TNE: 1000, GRM: 0.001, LBR: 0.45359237, MGM: 1e-6 };

function massKg(lists: unknown[]): number | null {
  let total = 0;
  let found = false;
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const element of list as Record<string, unknown>[]) {
      const factor = typeof element.uom === 'string' ? KG_PER_UNIT[element.uom] : undefined;
      if (factor === undefined || typeof element.quantity !== 'number') continue;
      total += element.quantity * factor;
      found = true;
    }
  }
  return found ? total : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') {
    return (value as { id: string }).id;
  }
  return null;
}

function billOfLading(event: EpcisEventJson): string | null {
  for (const entry of (Array.isArray(event.bizTransactionList) ? event.bizTransactionList : []) as Record<
    string,
    unknown
  >[]) {
    if (cbvBareWord(entry.type) === 'bol' && typeof entry.bizTransaction === 'string') {
      return trailingToken(entry.bizTransaction);
    }
  }
  return null;
}

/**
 * The key of an event that carries no eventID: SHA-256 over the RFC 8785 canonical JSON of the
 * event without `eventID` and `recordTime` (the two fields a capturing system may add). This is
 * not the CBV 2.0 event-hash algorithm (independent implementations of that disagree); it is
 * stable for the same JSON content, which is what idempotent capture needs.
 */
export function contentEventId(event: EpcisEventJson): string {
  const { eventID: _eventId, recordTime: _recordTime, ...content } = event;
  const digest = createHash('sha256')
    .update(canonicalize(content) ?? '')
    .digest('hex');
  return `urn:centinela:event-sha256:${digest}`;
}

export function normaliseEvent(event: EpcisEventJson): NormalisedEvent {
  const hasId = typeof event.eventID === 'string' && event.eventID !== '';
  const epcs = [...stringList(event.epcList), ...stringList(event.childEPCs)];
  const parentId = typeof event.parentID === 'string' ? event.parentID : null;
  const readPoint = idOf(event.readPoint);
  const bizLocation = idOf(event.bizLocation);
  const point = geoPoint(readPoint) ?? geoPoint(bizLocation);
  return {
    eventId: hasId ? (event.eventID as string) : contentEventId(event),
    eventIdAssigned: !hasId,
    eventType: String(event.type),
    // Validation has refused times outside years 0001–9999; a leap second becomes the next minute's first instant.
    eventTime: (parseInstant(String(event.eventTime)) ?? new Date(String(event.eventTime))).toISOString(),
    eventTimeZoneOffset: typeof event.eventTimeZoneOffset === 'string' ? event.eventTimeZoneOffset : null,
    action: typeof event.action === 'string' ? event.action : null,
    bizStep: cbvBareWord(event.bizStep),
    disposition: cbvBareWord(event.disposition),
    readPoint,
    bizLocation,
    epcs,
    parentId,
    bol: billOfLading(event),
    containerNo: containerNumberIn([...epcs, ...(parentId ? [parentId] : [])]),
    quantityKg: massKg([event.quantityList, event.childQuantityList]),
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    document: event,
  };
}

/** The events of an EPCISDocument or EPCISQueryDocument (already schema-valid). */
export function eventsOf(doc: Record<string, unknown>): EpcisEventJson[] {
  const body = (doc.epcisBody ?? {}) as Record<string, unknown>;
  if (Array.isArray(body.eventList)) return body.eventList as EpcisEventJson[];
  const results = (body.queryResults ?? {}) as Record<string, unknown>;
  const resultsBody = (results.resultsBody ?? {}) as Record<string, unknown>;
  return Array.isArray(resultsBody.eventList) ? (resultsBody.eventList as EpcisEventJson[]) : [];
}
