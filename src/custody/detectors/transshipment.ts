/**
 * transshipment: the consignment is seen at, or sent to, a place in a third country: a UN/LOCODE
 * (as a place id, or a registered port) whose country is not Mexico, or a position outside Mexico's
 * land frame.
 */
import type { CustodyEvent } from '../model.ts';
import { finding, type Detector } from './common.ts';

/** A UN/LOCODE appears as a token: `unlocode:USLAX`, `urn:…:GTPBR`, `…/USLAX`. */
const LOCODE_TOKEN = /(?:^|[:/#=.])([A-Z]{2})([A-Z2-9]{3})(?:$|[:/#?.])/;

export function foreignCountryOf(placeId: string | null): string | null {
  if (!placeId) return null;
  const match = LOCODE_TOKEN.exec(placeId);
  if (!match || match[1] === 'MX') return null;
  return match[1]!;
}

export const detectTransshipment: Detector = (facts) => {
  const abroad: { event: CustodyEvent; country: string }[] = [];
  for (const event of facts.events) {
    const place = event.placeId ? facts.places.get(event.placeId) : undefined;
    const country = foreignCountryOf(event.placeId) ?? foreignCountryOf(place?.name ?? null);
    if (country) abroad.push({ event, country });
  }
  if (abroad.length === 0) return [];
  const countries = [...new Set(abroad.map((a) => a.country))].join(', ');
  return [
    finding(
      facts,
      'transshipment',
      'high',
      abroad.map((a) => a.event.eventId),
      `The consignment left for a third country (${countries}).`,
      `El envío salió hacia un tercer país (${countries}).`,
    ),
  ];
};
