/**
 * A deterministic, API-shaped fixture world for the design preview (e2e/preview.ts): every view can be looked
 * at with realistic data while the capabilities behind the real routes are still being built.
 */
const PORTS = [
  { locode: 'MXZLO', name: 'Manzanillo', lat: 19.0522, lon: -104.3158 },
  { locode: 'MXLZC', name: 'Lázaro Cárdenas', lat: 17.9399, lon: -102.1722 },
  { locode: 'MXVER', name: 'Veracruz', lat: 19.2006, lon: -96.1342 },
  { locode: 'MXATM', name: 'Altamira', lat: 22.4829, lon: -97.8645 },
  { locode: 'MXESE', name: 'Ensenada', lat: 31.8561, lon: -116.6217 },
];
const CITIES = [
  { name: 'Guadalajara', lat: 20.6597, lon: -103.3496 },
  { name: 'Culiacán', lat: 24.8091, lon: -107.394 },
  { name: 'Ciudad de México', lat: 19.4326, lon: -99.1332 },
  { name: 'Morelia', lat: 19.706, lon: -101.195 },
  { name: 'Tijuana', lat: 32.5149, lon: -117.0382 },
  { name: 'Monterrey', lat: 25.6866, lon: -100.3161 },
  { name: 'Puebla', lat: 19.0414, lon: -98.2063 },
  { name: 'León', lat: 21.125, lon: -101.686 },
];
const SUBSTANCES = [
  'NPP',
  'ANPP',
  '4-AP',
  '1-boc-4-piperidona',
  'Cloruro de propionilo',
  'Metilamina',
  'Anilina',
];
const STATUSES = ['open', 'open', 'open', 'acknowledged', 'assigned', 'escalated', 'dismissed'];
const COMPANIES = [
  'Química del Pacífico SA de CV',
  'Distribuidora Farmacéutica Occidente',
  'Importadora Reactivos Jalisco',
  'Logística Andina del Centro',
  'Comercializadora Sinaloa Norte',
  'Laboratorios Alfa Omega',
  'Transportes Rápidos del Bajío',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const marking = (r: () => number, owner = 'MX-ANAM') => {
  const x = r();
  return {
    ownerAgency: owner,
    tlp: x < 0.15 ? 'red' : x < 0.6 ? 'amber' : x < 0.85 ? 'green' : 'amber+strict',
    releasableTo: x < 0.5 ? ['MEX', 'USA'] : ['MEX'],
    recipients: [],
  };
};

export function buildFixtureWorld(alertCount = 1240, consignmentCount = 160) {
  const r = rng(42);
  const consignments = Array.from({ length: consignmentCount }, (_, i) => {
    const port = PORTS[i % 3 === 0 ? 1 : i % 7 === 0 ? 2 : 0]!;
    const city = pick(r, CITIES);
    const steps = 6;
    const track = Array.from({ length: steps }, (_, k) => {
      const t = k / (steps - 1);
      return {
        lat: port.lat + (city.lat - port.lat) * t + (k > 0 && k < steps - 1 ? (r() - 0.5) * 0.5 : 0),
        lon: port.lon + (city.lon - port.lon) * t + (k > 0 && k < steps - 1 ? (r() - 0.5) * 0.5 : 0),
        time: new Date(Date.UTC(2026, 9, 1 + (i % 28), 6 + k * 5)).toISOString(),
      };
    });
    const bol = `MSCU${String(7300000 + i * 37).padStart(8, '0')}`;
    const findings =
      i % 5 === 0
        ? [
            {
              id: `f-${i}`,
              kind: i % 10 === 0 ? 'quantity_loss' : 'route_deviation',
              severity: i % 10 === 0 ? 'critical' : 'high',
              detectedAt: track[4]!.time,
              summary:
                i % 10 === 0
                  ? '1,200 kg declared at Manzanillo, 860 kg received by the consignee: 340 kg (28 %) missing.'
                  : 'Truck left the declared corridor for 46 km toward an unlicensed site near Tepic.',
              evidence:
                i % 10 === 0
                  ? {
                      declaredKg: 1200,
                      receivedKg: 860,
                      lostKg: 340,
                      lostShare: 0.283,
                      legs: 'terminal → consignee',
                    }
                  : {
                      deviationKm: 46.2,
                      corridorWidthKm: 15,
                      nearestSite: 'SITE-NAY-0042',
                      durationHours: 7.5,
                    },
              lat: track[3]!.lat,
              lon: track[3]!.lon,
              marking: marking(r),
            },
          ]
        : [];
    return {
      billOfLading: bol,
      portLocode: port.locode,
      declarationId: `26 ${16 + (i % 4)} 3${String(100 + i).padStart(3, '0')} 600${String(1000 + i)}`,
      containerNo: `MSCU${String(1234560 + i)}`,
      importerName: pick(r, COMPANIES),
      consigneeName: pick(r, COMPANIES),
      destination: city.name,
      declaredAt: track[0]!.time,
      findingCount: findings.length,
      marking: marking(r),
      lines: [
        {
          lineNo: 1,
          goodsDescription: 'N-fenetil-4-piperidona (NPP), polvo',
          casNumber: '39742-60-4',
          hsCode: '2933.37',
          quantityKg: 1200,
          verdict: 'controlled',
          substance: 'NPP',
          reasons: [
            {
              en: 'CAS 39742-60-4 is on UN Table I (NPP)',
              es: 'CAS 39742-60-4 está en la Tabla I de la ONU (NPP)',
            },
            { en: 'HS 2933.37 is the heading for NPP', es: 'La fracción 2933.37 corresponde a NPP' },
          ],
        },
        {
          lineNo: 2,
          goodsDescription: 'tert-butil 4-oxopiperidina-1-carboxilato',
          casNumber: '79099-07-3',
          hsCode: '2933.39',
          quantityKg: 250,
          verdict: 'analogue',
          substance: '1-boc-4-piperidona',
          reasons: [
            {
              en: 'Structure is 4-piperidone with a Boc protecting group (designer precursor)',
              es: 'La estructura es 4-piperidona con grupo protector Boc (precursor de diseño)',
            },
          ],
        },
        {
          lineNo: 3,
          goodsDescription: 'Cloruro de sodio grado industrial',
          casNumber: '7647-14-5',
          hsCode: '2501.00',
          quantityKg: 8000,
          verdict: 'clear',
          reasons: [],
        },
      ],
      permit:
        i % 4 === 0
          ? null
          : {
              permitId: `COF-2026-${String(300 + i)}`,
              holderName: pick(r, COMPANIES),
              substanceCas: '39742-60-4',
              maxKgPerYear: 5000,
              validFrom: '2026-01-01',
              validTo: '2026-12-31',
              siteId: `SITE-JAL-${String(10 + (i % 40))}`,
            },
      timeline: track.map((p, k) => ({
        eventId: `ev-${i}-${k}`,
        eventTime: p.time,
        bizStep: ['unloading', 'inspecting', 'loading', 'departing', 'arriving', 'receiving'][k],
        locationName:
          k === 0
            ? `Terminal ${port.name}`
            : k === steps - 1
              ? `${city.name} — almacén del consignatario`
              : `Punto de control ${k}`,
        lat: p.lat,
        lon: p.lon,
        quantityKg: k === steps - 1 && i % 10 === 0 ? 860 : 1200,
      })),
      track,
      findings,
      entities: [{ id: `ent-${i % 12}`, name: pick(r, COMPANIES), role: 'consignee' }],
    };
  });
  const alerts = Array.from({ length: alertCount }, (_, i) => {
    const c = consignments[i % consignments.length]!;
    const verdict = pick(r, ['controlled', 'controlled', 'analog', 'watch']);
    const declaredAt = new Date(Date.UTC(2026, 10, 24, 23) - i * 3_600_000 * 0.7).toISOString();
    return {
      id: `a-${String(i).padStart(5, '0')}`,
      declarationId: c.declarationId,
      lineNo: 1 + (i % 3),
      verdict,
      substanceId: pick(r, SUBSTANCES),
      score: Math.round((verdict === 'controlled' ? 0.6 + r() * 0.4 : 0.3 + r() * 0.5) * 1000) / 1000,
      status: pick(r, STATUSES),
      portLocode: c.portLocode,
      declaredAt,
      createdAt: declaredAt,
      updatedAt: declaredAt,
      assignee: null,
      dismissReason: null,
      reasons: [
        {
          code: 'CAS',
          en: 'CAS 39742-60-4 is on UN Table I (NPP)',
          es: 'CAS 39742-60-4 está en la Tabla I de la ONU (NPP)',
        },
        {
          code: 'PERMIT',
          en: 'Importer RFC has no COFEPRIS permit for this substance',
          es: 'El RFC del importador no tiene permiso de COFEPRIS para esta sustancia',
        },
      ],
      marking: marking(r),
    };
  });
  const locations = [
    ...PORTS.map((p) => ({ locationId: p.locode, name: p.name, kind: 'port', lat: p.lat, lon: p.lon })),
    ...Array.from({ length: 90 }, (_, i) => {
      const city = CITIES[i % CITIES.length]!;
      return {
        locationId: `SITE-${i}`,
        name: `Sitio ${i}`,
        kind: 'site',
        lat: city.lat + (r() - 0.5) * 0.8,
        lon: city.lon + (r() - 0.5) * 0.8,
        licensed: i % 9 !== 0,
      };
    }),
  ];
  const nodes = [
    ...Array.from({ length: 12 }, (_, i) => ({
      id: `ent-${i}`,
      label: COMPANIES[i % COMPANIES.length]! + (i >= 7 ? ` ${i}` : ''),
      kind: 'company',
      community: i % 3,
      risk: (i * 37) % 100,
    })),
    ...consignments.slice(0, 24).map((c, i) => ({
      id: `consignment:${c.billOfLading}`,
      label: c.billOfLading,
      kind: 'consignment',
      community: i % 3,
      risk: null,
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `addr-${i}`,
      label: `Av. Industria ${100 + i * 12}, Zapopan`,
      kind: 'address',
      community: i % 3,
      risk: null,
    })),
  ];
  const edges = [
    ...consignments.slice(0, 24).map((c, i) => ({
      source: `ent-${i % 12}`,
      target: `consignment:${c.billOfLading}`,
      kind: 'consignee',
    })),
    ...consignments.slice(0, 24).map((c, i) => ({
      source: `ent-${(i + 3) % 12}`,
      target: `consignment:${c.billOfLading}`,
      kind: 'importer',
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      source: `ent-${i * 2}`,
      target: `addr-${i}`,
      kind: 'address',
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      source: `ent-${i * 2 + 1}`,
      target: `addr-${i}`,
      kind: 'address',
    })),
  ];
  const entity = {
    id: 'ent-0',
    name: 'Química del Pacífico SA de CV',
    kind: 'company',
    rfc: 'QPA150312AB1',
    risk: 0.82,
    recordCount: 4,
    roles: [{ role: 'importer', count: 4 }],
    marking: marking(r, 'MX-CNI'),
    mergeExplanation: [
      {
        en: 'Same RFC QPA150312AB1 (valid check digit) on 4 records',
        es: 'Mismo RFC QPA150312AB1 (dígito verificador válido) en 4 registros',
      },
      {
        en: 'Names agree after removing the legal suffix (similarity 0.94)',
        es: 'Los nombres coinciden al quitar el sufijo legal (similitud 0,94)',
      },
      { en: 'Shared phone +52 33 3812 4410', es: 'Teléfono compartido +52 33 3812 4410' },
    ],
    records: [
      {
        id: 'r1',
        source: 'declaration',
        name: 'QUIMICA DEL PACIFICO S.A. DE C.V.',
        rfc: 'QPA150312AB1',
        address: 'Av. Industria 100, Zapopan, Jal.',
        matchReasons: ['RFC'],
      },
      {
        id: 'r2',
        source: 'declaration',
        name: 'Química del Pacifico',
        rfc: 'QPA150312AB1',
        address: 'Av Industria #100 Zapopan',
        matchReasons: ['RFC', 'nombre'],
      },
      {
        id: 'r3',
        source: 'permit',
        name: 'Quimica Del Pacífico SA de CV',
        rfc: 'QPA150312AB1',
        address: null,
        matchReasons: ['RFC'],
      },
      {
        id: 'r4',
        source: 'epcis',
        name: 'QUIM. DEL PACIFICO',
        rfc: null,
        address: 'Avenida Industria 100',
        matchReasons: ['nombre', 'domicilio', 'teléfono'],
      },
    ],
  };
  return { alerts, consignments, locations, network: { nodes, edges }, entity };
}
