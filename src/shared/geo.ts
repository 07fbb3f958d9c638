/**
 * Points on the Earth, shared by the server and the web: distances enough for corridor checks at country scale
 * (errors well under 1 %), and positions read from RFC 5870 `geo:` URIs.
 */
const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  lat: number;
  lon: number;
}

const rad = (deg: number): number => (deg * Math.PI) / 180;

export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance from p to the segment a–b, in a local equirectangular projection around p. */
export function distanceToSegmentKm(p: Point, a: Point, b: Point): number {
  const kx = Math.cos(rad(p.lat)) * (Math.PI / 180) * EARTH_RADIUS_KM;
  const ky = (Math.PI / 180) * EARTH_RADIUS_KM;
  const ax = (a.lon - p.lon) * kx;
  const ay = (a.lat - p.lat) * ky;
  const bx = (b.lon - p.lon) * kx;
  const by = (b.lat - p.lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

const GEO_URI = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/;

/**
 * An RFC 5870 `geo:` URI ("geo:19.0042,-104.0967") as a point, or null when it is not one or is out of range.
 * The web app reads positions with the same rule the importer does.
 */
export function geoPoint(uri: string | null | undefined): Point | null {
  if (!uri) return null;
  const match = GEO_URI.exec(uri);
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}
