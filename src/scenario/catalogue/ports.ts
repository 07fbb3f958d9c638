/**
 * Mexican seaports that receive chemicals, their customs offices (aduana, SAT c_Aduana) and a share of
 * traffic (container throughput, research/precursors.md §4 and tracking.md §5). Coordinates are the
 * UN/LOCODE 2024-2 positions; terminals are the container terminals operating in each port.
 */

export interface PortTerminal {
  /** Operator's trading name; the operator becomes a company in the world. */
  operator: string;
  name: string;
  /** Offset from the port position, degrees (terminals sit a few km apart). */
  dLat: number;
  dLon: number;
}

export interface Port {
  locode: string;
  name: string;
  state: string;
  aduana: number;
  coast: 'pacific' | 'gulf';
  lat: number;
  lon: number;
  /** Relative traffic weight (≈ thousand TEU a year). */
  weight: number;
  terminals: PortTerminal[];
}

export const PORTS: Port[] = [
  {
    locode: 'MXZLO',
    name: 'Manzanillo',
    state: 'COL',
    aduana: 16,
    coast: 'pacific',
    lat: 19.0522,
    lon: -104.3158,
    weight: 3900,
    terminals: [
      {
        operator: 'Contecon Manzanillo',
        name: 'Terminal Especializada de Contenedores II',
        dLat: 0.012,
        dLon: 0.01,
      },
      { operator: 'SSA México', name: 'Terminal Especializada de Contenedores I', dLat: 0.004, dLon: -0.004 },
      { operator: 'Terminal Internacional de Manzanillo', name: 'TIMSA', dLat: -0.003, dLon: 0.006 },
      {
        operator: 'Operadora de la Cuenca del Pacífico',
        name: 'Terminal de Usos Múltiples OCUPA',
        dLat: 0.008,
        dLon: -0.009,
      },
    ],
  },
  {
    locode: 'MXLZC',
    name: 'Lázaro Cárdenas',
    state: 'MIC',
    aduana: 51,
    coast: 'pacific',
    lat: 17.9404,
    lon: -102.1802,
    weight: 2400,
    terminals: [
      {
        operator: 'APM Terminals Lázaro Cárdenas',
        name: 'Terminal Especializada de Contenedores II',
        dLat: -0.01,
        dLon: 0.015,
      },
      {
        operator: 'Lázaro Cárdenas Terminal Portuaria de Contenedores',
        name: 'LCTPC (Hutchison Ports)',
        dLat: 0.006,
        dLon: 0.004,
      },
    ],
  },
  {
    locode: 'MXVER',
    name: 'Veracruz',
    state: 'VER',
    aduana: 43,
    coast: 'gulf',
    lat: 19.2021,
    lon: -96.1332,
    weight: 1250,
    terminals: [
      {
        operator: 'Internacional de Contenedores Asociados de Veracruz',
        name: 'ICAVE (Hutchison Ports)',
        dLat: 0.005,
        dLon: -0.006,
      },
      {
        operator: 'Corporación Integral de Comercio Exterior',
        name: 'CICE Terminal Multipropósito',
        dLat: -0.004,
        dLon: -0.002,
      },
    ],
  },
  {
    locode: 'MXATM',
    name: 'Altamira',
    state: 'TAM',
    aduana: 81,
    coast: 'gulf',
    lat: 22.4174,
    lon: -97.8768,
    weight: 950,
    terminals: [
      {
        operator: 'Altamira Terminal Portuaria',
        name: 'ATP Terminal de Contenedores',
        dLat: 0.01,
        dLon: 0.02,
      },
      {
        operator: 'Infraestructura Portuaria Mexicana',
        name: 'IPM Terminal de Granel Químico',
        dLat: -0.012,
        dLon: 0.018,
      },
    ],
  },
  {
    locode: 'MXESE',
    name: 'Ensenada',
    state: 'BCN',
    aduana: 11,
    coast: 'pacific',
    lat: 31.8519,
    lon: -116.6205,
    weight: 330,
    terminals: [
      {
        operator: 'Ensenada International Terminal',
        name: 'EIT (Hutchison Ports)',
        dLat: 0.002,
        dLon: 0.003,
      },
    ],
  },
  {
    locode: 'MXCOA',
    name: 'Coatzacoalcos',
    state: 'VER',
    aduana: 8,
    coast: 'gulf',
    lat: 18.1467,
    lon: -94.4133,
    weight: 200,
    terminals: [
      {
        operator: 'Terminal Marítima de Coatzacoalcos',
        name: 'Terminal de Fluidos Pajaritos',
        dLat: 0.01,
        dLon: 0.01,
      },
    ],
  },
  {
    locode: 'MXTAM',
    name: 'Tampico',
    state: 'TAM',
    aduana: 38,
    coast: 'gulf',
    lat: 22.2667,
    lon: -97.8,
    weight: 80,
    terminals: [
      {
        operator: 'Terminal Portuaria de Tampico',
        name: 'Muelle Fiscal de Tampico',
        dLat: -0.005,
        dLon: 0.004,
      },
    ],
  },
  {
    locode: 'MXMZT',
    name: 'Mazatlán',
    state: 'SIN',
    aduana: 18,
    coast: 'pacific',
    lat: 23.1833,
    lon: -106.4333,
    weight: 60,
    terminals: [
      {
        operator: 'Terminal Marítima Mazatlán',
        name: 'Muelle de Contenedores de Mazatlán',
        dLat: 0.006,
        dLon: 0.002,
      },
    ],
  },
  {
    locode: 'MXGYM',
    name: 'Guaymas',
    state: 'SON',
    aduana: 12,
    coast: 'pacific',
    lat: 27.9167,
    lon: -110.8833,
    weight: 40,
    terminals: [
      {
        operator: 'Terminal de Graneles de Guaymas',
        name: 'Muelle Fiscal de Guaymas',
        dLat: 0.004,
        dLon: 0.004,
      },
    ],
  },
];

/** Foreign ports consignments are trans-shipped to (research/precursors.md §1.5: transit to Guatemala). */
export const FOREIGN_PORTS = [
  { locode: 'GTPRQ', name: 'Puerto Quetzal', country: 'GT', lat: 13.9236, lon: -90.7869 },
  { locode: 'GTSTC', name: 'Santo Tomás de Castilla', country: 'GT', lat: 15.6964, lon: -88.6167 },
  { locode: 'GTPBR', name: 'Puerto Barrios', country: 'GT', lat: 15.7278, lon: -88.5944 },
  { locode: 'USLAX', name: 'Los Angeles', country: 'US', lat: 33.7361, lon: -118.2639 },
  { locode: 'USLGB', name: 'Long Beach', country: 'US', lat: 33.7542, lon: -118.2165 },
  { locode: 'COBUN', name: 'Buenaventura', country: 'CO', lat: 3.8801, lon: -77.0312 },
  { locode: 'PABLB', name: 'Balboa', country: 'PA', lat: 8.95, lon: -79.5667 },
];

/**
 * Countries of origin with weights: China and India dominate chemical imports; China and Hong Kong
 * dominate the origins of seized fentanyl precursors (research/precursors.md §5).
 */
export const ORIGINS_LEGITIMATE: { value: string; weight: number }[] = [
  { value: 'CN', weight: 38 },
  { value: 'US', weight: 16 },
  { value: 'IN', weight: 12 },
  { value: 'DE', weight: 6 },
  { value: 'KR', weight: 5 },
  { value: 'JP', weight: 4 },
  { value: 'TW', weight: 3 },
  { value: 'ES', weight: 3 },
  { value: 'NL', weight: 2 },
  { value: 'BE', weight: 2 },
  { value: 'BR', weight: 2 },
  { value: 'SG', weight: 2 },
  { value: 'HK', weight: 2 },
  { value: 'IT', weight: 1 },
  { value: 'FR', weight: 1 },
  { value: 'CH', weight: 1 },
];

export const ORIGINS_ILLICIT: { value: string; weight: number }[] = [
  { value: 'CN', weight: 60 },
  { value: 'HK', weight: 20 },
  { value: 'IN', weight: 10 },
  { value: 'SG', weight: 5 },
  { value: 'US', weight: 3 },
  { value: 'NL', weight: 2 },
];

/** Ocean carriers: SCAC-like prefix for bills of lading, BIC owner codes for containers, vessel name style. */
export const CARRIERS = [
  { name: 'MSC', blPrefix: 'MEDU', owners: ['MSCU', 'MEDU'], vesselPrefix: 'MSC', weight: 22 },
  { name: 'Maersk', blPrefix: 'MAEU', owners: ['MAEU', 'MSKU', 'MRKU'], vesselPrefix: 'MAERSK', weight: 16 },
  { name: 'CMA CGM', blPrefix: 'CMDU', owners: ['CMAU', 'CGMU'], vesselPrefix: 'CMA CGM', weight: 14 },
  {
    name: 'COSCO Shipping',
    blPrefix: 'COSU',
    owners: ['CSNU', 'CBHU', 'FCIU'],
    vesselPrefix: 'COSCO',
    weight: 14,
  },
  { name: 'Hapag-Lloyd', blPrefix: 'HLCU', owners: ['HLXU', 'HLBU'], vesselPrefix: 'HAPAG', weight: 9 },
  { name: 'ONE', blPrefix: 'ONEY', owners: ['ONEU', 'TCLU'], vesselPrefix: 'ONE', weight: 8 },
  { name: 'Evergreen', blPrefix: 'EGLV', owners: ['EGHU', 'EISU'], vesselPrefix: 'EVER', weight: 8 },
  { name: 'HMM', blPrefix: 'HDMU', owners: ['HDMU'], vesselPrefix: 'HMM', weight: 4 },
  { name: 'ZIM', blPrefix: 'ZIMU', owners: ['ZIMU', 'ZCSU'], vesselPrefix: 'ZIM', weight: 3 },
  { name: 'Yang Ming', blPrefix: 'YMLU', owners: ['YMLU', 'YMMU'], vesselPrefix: 'YM', weight: 2 },
];

export const VESSEL_NAME_WORDS = [
  'AURORA',
  'PACIFIC',
  'HARMONY',
  'ORCHID',
  'FORTUNE',
  'JADE',
  'PEARL',
  'HORIZON',
  'ATLAS',
  'LIBERTY',
  'SERENITY',
  'TRIUMPH',
  'MERIDIAN',
  'CORAL',
  'SIRIUS',
  'VEGA',
  'LOTUS',
  'PHOENIX',
  'MONACO',
  'SHANGHAI',
  'NINGBO',
  'BUSAN',
  'MANZANILLO',
  'CALLAO',
  'VALPARAISO',
  'YANTIAN',
  'QINGDAO',
  'XIAMEN',
  'SINGAPORE',
  'GENOVA',
];
