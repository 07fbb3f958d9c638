import { formatNumber } from '../format.ts';

/** Where a record is, in the reader's numbers: the place as the source named it, else its coordinates. */
export function placeText(record: { place: string | null; lat: number; lon: number }, lang: string): string {
  return record.place ?? coordinatesText(record, lang);
}

export function coordinatesText(record: { lat: number; lon: number }, lang: string): string {
  return `${formatNumber(record.lat, lang, 4)}; ${formatNumber(record.lon, lang, 4)}`;
}
