/**
 * What kind of place a registered location is, whatever vocabulary its registry uses. `kind` is free text in
 * the locations file: one registry writes `warehouse`, another `bodega`, `almacén`, `cross_dock` or
 * `distribution center`; `border`, `garita` or `border crossing`. The detectors reason about classes of place
 * (where goods are held, where they cross a border), so a registry written by someone else means the same.
 */
export type PlaceClass = 'border' | 'checkpoint' | 'port' | 'storage' | 'transport' | 'site' | 'other';

/** First match wins: "aduana fronteriza" is a border, "customs checkpoint" a checkpoint, "recinto fiscalizado" storage. */
const CLASSES: [PlaceClass, RegExp][] = [
  ['border', /border|frontera|fronteriz|garita|crossing|cruce|puente internacional|port of entry/],
  [
    'checkpoint',
    /checkpoint|check point|control point|punto de (control|revision)|reten|inspection|revision/,
  ],
  [
    'port',
    /\bport\b|seaport|puerto|harbou?r|muelle|maritim|berth|quay|wharf|terminal (de )?contenedores|terminal portuaria|container terminal|marine terminal/,
  ],
  [
    'storage',
    /warehouse|bodega|almacen|storage|stor(e|ing)|distribu|cedis|deposit|cross ?dock|transload|bonded|recinto|fiscaliz|customs|aduana|yard|patio|depot|silo|tank farm/,
  ],
  ['transport', /terminal|intermodal|rail|ferro|logistic|trucking|freight|carrier|transport/],
  [
    'site',
    /plant|planta|factory|fabrica|site|sitio|facility|instalacion|laborator|manufactur|consignee|lab\b|works/,
  ],
];

const cache = new Map<string, PlaceClass>();

export function placeClass(kind: string): PlaceClass {
  const known = cache.get(kind);
  if (known) return known;
  const text = kind
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ');
  const found = CLASSES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
  cache.set(kind, found);
  return found;
}

/**
 * Whether a place of this kind holds goods as part of a normal journey (a stop of any length is expected):
 * its class is the class of one of `licensedPlaceKinds` (defaults: port, terminal, warehouse, site, plant).
 */
export function holdsGoods(kind: string, licensedPlaceKinds: readonly string[]): boolean {
  const cls = placeClass(kind);
  if (cls === 'other' || cls === 'border' || cls === 'checkpoint') return licensedPlaceKinds.includes(kind);
  return licensedPlaceKinds.some((k) => k === kind || placeClass(k) === cls);
}
