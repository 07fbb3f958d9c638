/**
 * An RFC 5870 `geo:` URI ("geo:19.0042,-104.0967") as a point, or null when it is not one or is out of range.
 * Pure and dependency-free, so the web app reads positions with the same rule the importer does.
 */
const GEO_URI = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/;

export function geoPoint(uri: string | null | undefined): { lat: number; lon: number } | null {
  if (!uri) return null;
  const match = GEO_URI.exec(uri);
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}
