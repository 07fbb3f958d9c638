/**
 * Turns observations into GS1 EPCIS 2.0 ObjectEvents (JSON-LD), with the noise a real feed has: events
 * re-sent with the same eventID and events out of order. A consignment's events name its container
 * (`urn:epc:id:bic:`), its bill of lading (bizTransaction of type `bol`) and its goods per line as
 * quantities in KGM; places are SGLNs from locations.csv, UN/LOCODE URNs for ports, or `geo:` URIs.
 */
import { gs1CheckDigit } from '../identifiers/index.ts';
import type { ConsignmentPlan } from './consignments.ts';
import type { Observation } from './movements.ts';
import type { Random } from './random.ts';
import { dockDoor, inOtherUnit, webUri } from './unfamiliar.ts';
import { isPlain, PLAIN, type Variation } from './variation.ts';

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
const OFFSET = '-06:00';
const OFFSET_MS = 6 * 3_600_000;
/** Offsets Mexican reporters also write: Sonora/Sinaloa's, Quintana Roo's, and UTC from carriers' systems. */
const OTHER_OFFSETS = ['-07:00', '-05:00', '+00:00'];

/** Local Mexican time to the second with its offset, e.g. 2024-03-05T08:22:00-06:00. */
export function localTime(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000 - OFFSET_MS).toISOString().replace('.000Z', OFFSET);
}

/** The same instant written in another offset (`+08:00`, `-07:00`; `+00:00` is written with `Z`). */
export function timeIn(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const shift = sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
  const text = new Date(Math.round(ms / 1000) * 1000 + shift).toISOString();
  return shift === 0 ? text.replace('.000Z', 'Z') : text.replace('.000Z', offset);
}

function gln(prefix: string): string {
  const body = prefix.padEnd(12, '0');
  return body + gs1CheckDigit(body);
}

export interface EpcisEvent {
  eventID?: string;
  [field: string]: unknown;
}

export function toEpcisEvents(
  plan: ConsignmentPlan,
  observations: Observation[],
  random: Random,
  variation: Variation = PLAIN,
): EpcisEvent[] {
  const bizTransaction = `urn:epcglobal:cbv:bt:${gln(plan.importer.gs1Prefix)}:${plan.billOfLading}`;
  const lot = plan.billOfLading.slice(-6);
  const classes = plan.lines.map(
    (l) => `urn:epc:class:lgtin:${plan.importer.gs1Prefix}.0${String(l.lineNo).padStart(4, '0')}.${lot}`,
  );
  const plain = isPlain(variation);
  const web = !plain && variation.webVocabulary > 0 && random.chance(variation.webVocabulary);
  const events: EpcisEvent[] = observations.map((o) => {
    const offset =
      o.offset ?? (!plain && random.chance(variation.otherOffset) ? random.pick(OTHER_OFFSETS) : OFFSET);
    const event: EpcisEvent = {
      type: 'ObjectEvent',
      eventID: `urn:uuid:${random.uuid()}`,
      eventTime: plain ? localTime(o.timeMs) : timeIn(o.timeMs, offset),
      eventTimeZoneOffset: offset,
      action: 'OBSERVE',
      bizStep: o.bizStep,
      disposition: o.disposition,
      epcList: [o.unit ?? `urn:epc:id:bic:${plan.containerNo}`],
    };
    const otherUnit = !plain && variation.otherUnits > 0 && random.chance(variation.otherUnits);
    const quantities = o.quantities?.flatMap((quantity, i) =>
      quantity > 0
        ? [
            {
              epcClass: classes[i],
              ...(otherUnit ? inOtherUnit(quantity, random) : { quantity, uom: 'KGM' }),
            },
          ]
        : [],
    );
    if (o.aggregation) {
      // A transload: the goods leave the container for a trailer (EPCIS 2.0 AggregationEvent, ADD).
      delete event.epcList;
      Object.assign(event, {
        type: 'AggregationEvent',
        action: 'ADD',
        parentID: o.aggregation.parent,
        childEPCs: [`urn:epc:id:bic:${o.aggregation.child.replace(/^urn:epc:id:bic:/, '')}`],
      });
      if (quantities?.length) event.childQuantityList = quantities;
    } else if (quantities?.length) event.quantityList = quantities;
    if (o.site && !plain && variation.readPointOnly > 0 && random.chance(variation.readPointOnly)) {
      // A reader at a dock door reports where it is, not the business location.
      event.readPoint = { id: random.chance(0.5) ? dockDoor(o.site.locationId, random) : o.site.locationId };
    } else if (o.site) {
      event.readPoint = { id: o.site.locationId };
      event.bizLocation = { id: o.site.locationId };
    } else if (o.geo) {
      event.readPoint = { id: `geo:${o.geo.lat},${o.geo.lon}` };
    }
    event.bizTransactionList = [{ type: web ? webUri('BTT', 'bol') : 'bol', bizTransaction }];
    if (web) {
      event.bizStep = webUri('BizStep', o.bizStep);
      event.disposition = webUri('Disp', o.disposition);
    }
    if (o.bizStep === 'departing' && o.nextLocation) {
      if (o.site?.kind === 'terminal' && o.site.operator)
        event.sourceList = [
          { type: 'possessing_party', source: `urn:epc:id:pgln:${o.site.operator.gs1Prefix}.0000` },
        ];
      event.destinationList = [
        ...(o.nextLocation.kind === 'port'
          ? []
          : [
              { type: 'possessing_party', destination: `urn:epc:id:pgln:${plan.roadCarrier.gs1Prefix}.0000` },
            ]),
        { type: 'location', destination: o.nextLocation.locationId },
      ];
    }
    return event;
  });
  // Realistic feeds: some reporters send no eventID (capture keys them by content).
  if (!plain) for (const event of events) if (random.chance(variation.withoutEventId)) delete event.eventID;
  // Noise: a few events re-sent (same eventID), and some neighbours swapped in the file.
  for (let i = events.length - 1; i >= 0; i--) {
    if (random.chance(variation.resent))
      events.splice(random.int(i, events.length), 0, events[i] as EpcisEvent);
  }
  if (random.chance(variation.outOfOrder)) {
    for (let swaps = random.int(1, plain ? 2 : 4); swaps > 0; swaps--) {
      const i = random.int(0, events.length - 2);
      [events[i], events[i + 1]] = [events[i + 1] as EpcisEvent, events[i] as EpcisEvent];
    }
  }
  return events;
}

/** The opening of an EPCISDocument up to its event list; the caller writes events and `documentClose`. */
export function documentOpen(id: string, creationDate: string): string {
  const header = {
    '@context': [EPCIS_CONTEXT],
    id,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate,
  };
  return `${JSON.stringify(header).slice(0, -1)},"epcisBody":{"eventList":[\n`;
}

export const documentClose = '\n]}}\n';
