/**
 * transshipment: after its discharge at a Mexican seaport, a container of the consignment is seen abroad —
 * at a port whose UN/LOCODE is not Mexican, at a registered border crossing, or at a position beyond the
 * border. Events before the discharge (the exporter's and carrier's, at the origin port and at sea) are
 * the journey here, not a departure from Mexico, and are ignored.
 */
import { countryName, finding, placeName, type Detector } from './common.ts';
import { isAbroad, tracksOf } from './journey.ts';

export const detectTransshipment: Detector = (facts) => {
  const abroad = tracksOf(facts).flatMap((t) => t.abroad);
  if (abroad.length === 0) return [];
  const countries = [
    ...new Set(
      abroad.map((e) => isAbroad(e, facts)).filter((c): c is string => c !== null && c.length === 2),
    ),
  ];
  const where = (lang: 'en' | 'es') =>
    [...new Set(abroad.map((e) => placeName(e, facts, lang)))].slice(0, 3).join('; ');
  const to = (lang: 'en' | 'es') =>
    countries.length > 0 ? ` (${countries.map((c) => countryName(c, lang)).join(', ')})` : '';
  return [
    finding(
      facts,
      'transshipment',
      'high',
      abroad.map((e) => e.eventId),
      `After discharge in Mexico the consignment was seen leaving the country${to('en')}: ${where('en')}.`,
      `Tras su descarga en México el envío se vio saliendo del país${to('es')}: ${where('es')}.`,
    ),
  ];
};
