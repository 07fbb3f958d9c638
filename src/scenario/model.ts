/** The synthetic world's master data: companies, their sites and permits, vessels. */
import type { Industry, Substance } from './catalogue/chemicals.ts';
import type { LegalForm } from './catalogue/naming.ts';
import type { City } from './geo.ts';

export type SizeName = 'small' | 'mid' | 'medium' | 'large';
export const SIZE_NAMES: SizeName[] = ['small', 'mid', 'medium', 'large'];

export interface SizeProfile {
  lines: number;
  importers: number;
  fronts: number;
  brokers: number;
  carriers: number;
  /** Events per EPCIS document; small writes a single `events.jsonld`. */
  eventsPerDocument: number;
}

export const SIZES: Record<SizeName, SizeProfile> = {
  small: { lines: 1_000, importers: 90, fronts: 20, brokers: 18, carriers: 8, eventsPerDocument: Infinity },
  /** Between small and medium: enough positives per kind to measure, light enough for a shared machine. */
  mid: { lines: 10_000, importers: 250, fronts: 35, brokers: 30, carriers: 12, eventsPerDocument: 100_000 },
  medium: {
    lines: 100_000,
    importers: 1_500,
    fronts: 150,
    brokers: 120,
    carriers: 40,
    eventsPerDocument: 100_000,
  },
  large: {
    lines: 1_000_000,
    importers: 6_000,
    fronts: 500,
    brokers: 300,
    carriers: 90,
    eventsPerDocument: 100_000,
  },
};

/** Declarations fall in these two calendar years (permits and quotas are per calendar year). */
export const WINDOW = { from: '2024-01-01', to: '2025-12-31', years: [2024, 2025] } as const;

export type CompanyRole = 'importer' | 'front' | 'broker' | 'carrier' | 'terminal';

export interface Address {
  streetType: [string, string];
  streetName: string;
  exterior: string;
  interior: string | null;
  colonia: readonly [string, string];
  postalCode: string;
  city: City;
}

export interface Company {
  entityId: string;
  role: CompanyRole;
  industry: Industry | null;
  /** Name without legal form, e.g. "Laboratorios Azteca"; for a person, "José Hernández López". */
  core: string;
  /** Null for natural persons (brokers who are persons). */
  legalForm: LegalForm | null;
  rfc: string;
  address: Address;
  /** The company moved: records after `fromDay` carry the new address. */
  moved: { address: Address; fromDay: string } | null;
  phone: string;
  city: City;
  sites: Site[];
  /** Front companies of one network share a cluster number (and an address or phone). */
  cluster: number | null;
  /** An RFC of another company this one sometimes writes on its documents (front networks). */
  borrowedRfc: string | null;
  /** Customs broker licence number (patente), brokers only. */
  patente: number | null;
  /** Ports a broker works at. */
  ports: string[];
  permits: Permit[];
  /** GS1 company prefix for its locations (SGLN) and party id (PGLN). */
  gs1Prefix: string;
}

export interface Site {
  locationId: string;
  name: string;
  kind: 'port' | 'terminal' | 'plant' | 'warehouse' | 'site' | 'border';
  lat: number;
  lon: number;
  operator: Company | null;
}

export interface Permit {
  permitId: string;
  holder: Company;
  substance: Substance;
  maxKgPerYear: number;
  validFrom: string;
  validTo: string;
  site: Site;
  /** Kilograms declared against this permit so far (generation state, per calendar year of validity). */
  usedKg: number;
}

export interface Vessel {
  name: string;
  imo: string;
  carrier: string;
}
