/**
 * Builds the master data of a world from its seed: legitimate importers by industry and city, front
 * company networks, customs brokers, road carriers, terminal operators, their sites, the COFEPRIS
 * permits and the vessels. Its size grows with the world but stays far below the number of lines,
 * so it is held in memory while declarations and events stream.
 */
import { imoCheckDigit } from '../identifiers/index.ts';
import type { Industry } from './catalogue/chemicals.ts';
import { CARRIERS, FOREIGN_PORTS, PORTS, VESSEL_NAME_WORDS } from './catalogue/ports.ts';
import {
  makeAddress,
  makeCompany,
  makeCompanyCore,
  makePersonName,
  randomDay,
  type CompanySpec,
} from './companies.ts';
import { cities, distanceKm, offsetKm, round6, type City, type LatLon } from './geo.ts';
import { SIZES, type Company, type Permit, type Site, type SizeName, type Vessel } from './model.ts';
import { makePermits } from './permits.ts';
import { unfamiliarSites, type SmallPort } from './unfamiliar.ts';
import { Random, scatter, WeightedPicker } from './random.ts';

export interface World {
  seed: number;
  size: SizeName;
  companies: Company[];
  importers: Company[];
  fronts: Company[];
  brokers: Company[];
  carriers: Company[];
  /** Every location in locations.csv order. */
  sites: Site[];
  terminalsByPort: Map<string, Site[]>;
  portSites: Map<string, Site>;
  foreignPorts: Site[];
  /** Warehouses (bodegas) by city display name, operated by front companies: where diverted goods go. */
  bodegasByCity: Map<string, Site[]>;
  permits: Permit[];
  vesselsByCarrier: Map<string, Vessel[]>;
  importerPicker: WeightedPicker<Company>;
  frontPicker: WeightedPicker<Company>;
  brokersByPort: Map<string, Company[]>;
  /** Road-carrier facilities in the larger cities: inland (rail/road) terminals and cross-docks. */
  inlandTerminals: Site[];
  crossDocks: Site[];
  /** Road border crossings, with a point well inside the neighbouring country beyond each. */
  borderCrossings: { site: Site; beyond: LatLon }[];
  /** Worlds written the way someone else would (src/scenario/unfamiliar.ts); empty otherwise. */
  smallPorts: SmallPort[];
  bondedWarehouses: Site[];
  secondSites: Map<Company, Site>;
}

const INDUSTRY_WEIGHTS: { value: Industry; weight: number }[] = [
  { value: 'pharma', weight: 22 },
  { value: 'paint', weight: 16 },
  { value: 'plastics', weight: 18 },
  { value: 'agro', weight: 12 },
  { value: 'cleaning', weight: 14 },
  { value: 'distribution', weight: 18 },
];

class Builder {
  readonly random: Random;
  readonly companies: Company[] = [];
  readonly sites: Site[] = [];
  private readonly takenNames = new Set<string>();
  private readonly takenRfcs = new Set<string>();
  private readonly cityList = cities();

  constructor(readonly seed: number) {
    this.random = Random.derive(seed, 'world');
  }

  company(
    spec: Omit<CompanySpec, 'entityId' | 'gs1Prefix' | 'core'> & {
      core?: string;
      kind: Industry | 'front' | 'carrier' | 'broker';
    },
  ): Company {
    const index = this.companies.length + 1;
    const core = spec.core ?? makeCompanyCore(this.random, spec.kind, this.takenNames);
    this.takenNames.add(core);
    const company = makeCompany(
      {
        ...spec,
        core,
        entityId: `E${String(index).padStart(6, '0')}`,
        gs1Prefix: `750${String(index).padStart(5, '0')}`,
      },
      this.random,
      this.takenRfcs,
    );
    this.companies.push(company);
    return company;
  }

  site(
    operator: Company | null,
    name: string,
    kind: Site['kind'],
    at: { lat: number; lon: number },
    id?: string,
  ): Site {
    const siteNo = operator ? operator.sites.length + 1 : 0;
    const site: Site = {
      locationId: id ?? `urn:epc:id:sgln:${operator?.gs1Prefix}.${String(siteNo).padStart(4, '0')}.0`,
      name,
      kind,
      lat: round6(at.lat),
      lon: round6(at.lon),
      operator,
    };
    operator?.sites.push(site);
    this.sites.push(site);
    return site;
  }

  /** A point in the city's urban area (within ~12 km of the centre). */
  inCity(city: City): { lat: number; lon: number } {
    return offsetKm(city, this.random.between(-9, 9), this.random.between(-8, 8));
  }

  nearestCity(point: { lat: number; lon: number }): City {
    return this.cityList.reduce((best, c) => (distanceKm(c, point) < distanceKm(best, point) ? c : best));
  }

  picker(field: 'industry' | 'front'): WeightedPicker<City> {
    return new WeightedPicker(
      this.cityList.filter((c) => c[field] > 0).map((c) => ({ value: c, weight: c[field] })),
    );
  }
}

export function buildWorld(seed: number, size: SizeName, unfamiliar = false): World {
  const profile = SIZES[size];
  const b = new Builder(seed);
  const random = b.random;

  // Ports and their terminal operators.
  const portSites = new Map<string, Site>();
  const terminalsByPort = new Map<string, Site[]>();
  for (const port of PORTS) {
    portSites.set(
      port.locode,
      b.site(null, `Puerto de ${port.name}`, 'port', port, `urn:unece:locode:${port.locode}`),
    );
    const terminals = port.terminals.map((t) => {
      const operator = b.company({
        role: 'terminal',
        industry: null,
        kind: 'distribution',
        core: t.operator,
        person: false,
        city: b.nearestCity(port),
        incorporated: randomDay(random, 1994, 2012),
      });
      return b.site(operator, `${t.name} (${port.name})`, 'terminal', {
        lat: port.lat + t.dLat,
        lon: port.lon + t.dLon,
      });
    });
    terminalsByPort.set(port.locode, terminals);
  }
  const foreignPorts = FOREIGN_PORTS.map((p) =>
    b.site(null, `${p.name} (${p.country})`, 'port', p, `urn:unece:locode:${p.locode}`),
  );

  // Legitimate importers, with a few near-namesakes that are different companies (hard negatives).
  const industryCities = b.picker('industry');
  const industries = new WeightedPicker(INDUSTRY_WEIGHTS);
  const importers: Company[] = [];
  while (importers.length < profile.importers) {
    const industry = industries.pick(random);
    const city = industryCities.pick(random);
    const company = b.company({
      role: 'importer',
      industry,
      kind: industry,
      person: false,
      city,
      incorporated: randomDay(random, 1965, 2019),
    });
    importers.push(company);
    if (random.chance(0.08))
      company.moved = { address: makeAddress(random, city), fromDay: randomDay(random, 2024, 2025) };
    if (random.chance(0.06) && importers.length < profile.importers) {
      const words = company.core.split(' ');
      const namesake = random.chance(0.5)
        ? `${words.slice(0, -1).join(' ')} ${random.pick(['Industrial', 'del Centro', 'Internacional', 'de México'])}`
        : `${company.core} ${random.pick(['Norte', 'Sur', 'Dos', 'Nueva'])}`;
      importers.push(
        b.company({
          role: 'importer',
          industry,
          kind: industry,
          core: namesake,
          person: false,
          city: industryCities.pick(random),
          incorporated: randomDay(random, 1965, 2019),
        }),
      );
    }
  }
  for (const importer of importers) {
    const siteCount = random.chance(0.2) ? 2 : 1;
    for (let i = 0; i < siteCount; i++) {
      const kind = importer.industry === 'distribution' ? 'warehouse' : 'plant';
      const label = kind === 'plant' ? 'Planta' : 'Centro de distribución';
      b.site(
        importer,
        `${label} ${importer.core} ${importer.city.display}${i > 0 ? ' II' : ''}`,
        kind,
        b.inCity(importer.city),
      );
    }
  }

  // Front companies in networks of 3–6 that share an address or a phone and were incorporated together.
  const frontCities = b.picker('front');
  const fronts: Company[] = [];
  for (let cluster = 1; fronts.length < profile.fronts; cluster++) {
    const city = frontCities.pick(random);
    const members = random.int(3, 6);
    const sharedAddress = makeAddress(random, city);
    const sharesAddress = random.chance(0.6);
    const sharesPhone = !sharesAddress || random.chance(0.4);
    const founded = randomDay(random, 2021, 2023);
    const group: Company[] = [];
    for (let m = 0; m < members && fronts.length < profile.fronts; m++) {
      const incorporated = new Date(Date.parse(founded) + random.int(0, 60) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const mimic = random.chance(0.2)
        ? `${random.pick(importers).core} ${random.pick(['del Norte', 'Pacífico', 'Global', 'Express'])}`
        : undefined;
      const front = b.company({
        role: 'front',
        industry: null,
        kind: 'front',
        core: mimic,
        person: false,
        city,
        incorporated,
      });
      front.cluster = cluster;
      if (sharesAddress)
        front.address = {
          ...sharedAddress,
          interior: random.chance(0.6) ? `${random.int(1, 12)}` : sharedAddress.interior,
        };
      if (sharesPhone && group[0]) front.phone = group[0].phone;
      group.push(front);
      fronts.push(front);
    }
    for (const front of group) {
      const other = random.pick(group);
      if (other !== front && random.chance(0.3)) front.borrowedRfc = other.rfc;
      b.site(front, `Bodega ${front.core}`, random.chance(0.7) ? 'warehouse' : 'site', b.inCity(city));
    }
  }

  // Bodegas in every city where diverted goods can end up, rented by front companies.
  const bodegasByCity = new Map<string, Site[]>();
  for (const city of cities()) {
    const list = [0, 1].map(() => {
      const operator = random.pick(fronts);
      return b.site(operator, `Bodega ${operator.core} ${city.display}`, 'warehouse', b.inCity(city));
    });
    bodegasByCity.set(city.display, list);
  }

  // Customs brokers: each works at one or two ports, and every port has some.
  const portWeights = new WeightedPicker(PORTS.map((p) => ({ value: p.locode, weight: p.weight })));
  const brokers: Company[] = [];
  const brokersByPort = new Map<string, Company[]>(PORTS.map((p) => [p.locode, []]));
  for (let i = 0; i < profile.brokers; i++) {
    const person = random.chance(0.4);
    const homePort = i < PORTS.length ? (PORTS[i]?.locode as string) : portWeights.pick(random);
    const core = person ? makePersonName(random) : undefined;
    const broker = b.company({
      role: 'broker',
      industry: null,
      kind: 'broker',
      core,
      person,
      city: b.nearestCity(PORTS.find((p) => p.locode === homePort) as { lat: number; lon: number }),
      incorporated: randomDay(random, person ? 1955 : 1980, person ? 1985 : 2015),
    });
    broker.patente = 1000 + scatter(i, 9000, 4_271);
    broker.ports = [homePort];
    if (random.chance(0.3)) broker.ports.push(portWeights.pick(random));
    for (const port of new Set(broker.ports)) brokersByPort.get(port)?.push(broker);
    brokers.push(broker);
  }

  // Road carriers (their GS1 party id appears as the possessing party on the road leg).
  const carriers: Company[] = [];
  for (let i = 0; i < profile.carriers; i++) {
    carriers.push(
      b.company({
        role: 'carrier',
        industry: null,
        kind: 'carrier',
        person: false,
        city: industryCities.pick(random),
        incorporated: randomDay(random, 1970, 2018),
      }),
    );
  }

  const permits = makePermits(b.random, importers, fronts);

  const vesselsByCarrier = new Map<string, Vessel[]>();
  const vesselNames = new Set<string>();
  let imoSerial = 0;
  for (const carrier of CARRIERS) {
    const vessels: Vessel[] = [];
    for (let v = 0; v < (size === 'small' ? 4 : 10); v++) {
      let name = `${carrier.vesselPrefix} ${random.pick(VESSEL_NAME_WORDS)}`;
      while (vesselNames.has(name))
        name = `${carrier.vesselPrefix} ${random.pick(VESSEL_NAME_WORDS)} ${random.pick(['I', 'II', 'III', 'IV', 'V'])}`;
      vesselNames.add(name);
      const first6 = String(900_000 + scatter(imoSerial++, 99_999, 3_571)).slice(0, 6);
      vessels.push({ name, imo: first6 + imoCheckDigit(first6), carrier: carrier.name });
    }
    vesselsByCarrier.set(carrier.name, vessels);
  }

  // Importing activity is skewed: a few large importers file most declarations.
  const importerPicker = new WeightedPicker(
    importers.map((c) => ({ value: c, weight: 0.2 + random.float() ** 3 * 10 })),
  );
  const frontPicker = new WeightedPicker(fronts.map((c) => ({ value: c, weight: 0.5 + random.float() * 2 })));
  const logistics = logisticsSites(b, seed, carriers);
  const extra = unfamiliar
    ? unfamiliarSites(seed, (...args) => b.site(...args), importers, carriers, cities())
    : { smallPorts: [], bondedWarehouses: [], secondSites: new Map<Company, Site>() };
  return {
    seed,
    size,
    companies: b.companies,
    importers,
    fronts,
    brokers,
    carriers,
    sites: b.sites,
    terminalsByPort,
    portSites,
    foreignPorts,
    bodegasByCity,
    permits,
    vesselsByCarrier,
    importerPicker,
    frontPicker,
    brokersByPort,
    ...logistics,
    ...extra,
  };
}

/** Road border crossings and where the road leads beyond them (≈ 60–150 km inside the other country). */
const BORDER_CROSSINGS = [
  {
    name: 'Puente Internacional Nuevo Laredo',
    lat: 27.4996,
    lon: -99.5075,
    beyond: { lat: 28.42, lon: -99.0 },
  },
  { name: 'Garita Ciudad Juárez–El Paso', lat: 31.7513, lon: -106.4482, beyond: { lat: 32.3, lon: -106.75 } },
  { name: 'Garita Otay Mesa, Tijuana', lat: 32.5506, lon: -116.9386, beyond: { lat: 33.1, lon: -117.1 } },
  {
    name: 'Puente Internacional Reynosa–Pharr',
    lat: 26.0578,
    lon: -98.2005,
    beyond: { lat: 26.9, lon: -98.1 },
  },
  {
    name: 'Puente Rodolfo Robles, Ciudad Hidalgo',
    lat: 14.6799,
    lon: -92.1513,
    beyond: { lat: 14.53, lon: -91.5 },
  },
];

/**
 * Facilities of road carriers (their own random stream, added after the rest, so a world's other records do
 * not change): an inland terminal and a cross-dock in each of the busiest cities, and the border crossings.
 */
function logisticsSites(
  b: Builder,
  seed: number,
  carriers: Company[],
): Pick<World, 'inlandTerminals' | 'crossDocks' | 'borderCrossings'> {
  const random = Random.derive(seed, 'logistics');
  const inlandTerminals: Site[] = [];
  const crossDocks: Site[] = [];
  const busiest = [...cities()].sort((x, y) => y.industry - x.industry).slice(0, 12);
  for (const city of busiest) {
    const at = (km: number) => offsetKm(city, random.between(-km, km), random.between(-km, km));
    inlandTerminals.push(
      b.site(random.pick(carriers), `Terminal Intermodal ${city.display}`, 'terminal', at(10)),
    );
    crossDocks.push(b.site(random.pick(carriers), `Cross-dock ${city.display}`, 'warehouse', at(10)));
  }
  const borderCrossings = BORDER_CROSSINGS.map((c, i) => ({
    site: b.site(null, c.name, 'border', c, `urn:epc:id:sgln:7500000.0${String(i + 1).padStart(4, '0')}.0`),
    beyond: c.beyond,
  }));
  return { inlandTerminals, crossDocks, borderCrossings };
}
