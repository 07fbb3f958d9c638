/**
 * Makes companies the way they look in Mexican records: a name from industry words and a distinctive
 * tail, a legal form, an RFC whose letters come from the name and whose date is the incorporation date
 * (valid check digit), an address in its city and a phone with the city's area code.
 */
import { rfcCheckDigit } from '../identifiers/index.ts';
import type { Industry } from './catalogue/chemicals.ts';
import {
  COLONIAS,
  GIVEN_NAMES,
  LEGAL_FORMS,
  NAME_HEADS,
  NAME_TAILS,
  RFC_SKIPPED_WORDS,
  STREET_NAMES,
  STREET_TYPES,
  SURNAMES,
  type LegalForm,
} from './catalogue/naming.ts';
import type { City } from './geo.ts';
import type { Address, Company, CompanyRole } from './model.ts';
import { WeightedPicker, type Random } from './random.ts';

const legalForms = new WeightedPicker(
  LEGAL_FORMS.filter((f) => f.canonical !== 'S.C.').map((f) => ({ value: f, weight: f.weight })),
);
const CIVIL_SOCIETY = LEGAL_FORMS.find((f) => f.canonical === 'S.C.') as LegalForm;
const HOMOCLAVE_ALPHABET = '123456789ABCDEFGHIJKLMNPQRSTUVWXYZ';

export function stripAccents(text: string): string {
  // Keep Ñ/ñ: it is a letter of its own in names and RFCs.
  return text.normalize('NFC').replace(/[^Ññ]+/g, (part) => part.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** RFC letters of a company: the initials of its first three significant words (SAT's rule, simplified). */
function rfcLettersFor(core: string, person: boolean): string {
  const words = stripAccents(core)
    .toUpperCase()
    .replace(/[^A-ZÑ& ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !RFC_SKIPPED_WORDS.has(w));
  if (person) {
    // Persona física: first letter + first vowel of the first surname, second surname, given name.
    const [given = 'X', first = 'XX', second = 'X'] = words;
    const vowel = first.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
    return `${first[0]}${vowel}${second[0]}${given[0]}`;
  }
  if (words.length >= 3)
    return words
      .slice(0, 3)
      .map((w) => w[0])
      .join('');
  if (words.length === 2) return `${words[0]?.[0]}${words[1]?.slice(0, 2)}`.padEnd(3, 'X');
  return (words[0] ?? 'XXX').slice(0, 3).padEnd(3, 'X');
}

function yymmdd(day: string): string {
  return day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
}

export function makeRfc(
  core: string,
  person: boolean,
  day: string,
  random: Random,
  taken: Set<string>,
): string {
  const head = rfcLettersFor(core, person) + yymmdd(day);
  for (;;) {
    const body = head + random.pick([...HOMOCLAVE_ALPHABET]) + random.pick([...HOMOCLAVE_ALPHABET]);
    const rfc = body + rfcCheckDigit(body);
    if (!taken.has(rfc)) {
      taken.add(rfc);
      return rfc;
    }
  }
}

/** A day between two years, as YYYY-MM-DD. */
export function randomDay(random: Random, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  return new Date(from + Math.floor(random.float() * ((to - from) / 86_400_000 + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export function makeAddress(random: Random, city: City): Address {
  const streetNumber = random.chance(0.15)
    ? `Km ${random.int(2, 28)}.${random.int(0, 9)}`
    : String(random.int(10, 4999));
  const postalTail = 5 - city.postalPrefix.length;
  return {
    streetType: random.pick(STREET_TYPES),
    streetName: random.pick(STREET_NAMES),
    exterior: streetNumber,
    interior: random.chance(0.25)
      ? random.pick(['A', 'B', '2', '3', '101', '204', 'Nave 4', 'Bodega 12'])
      : null,
    colonia: random.pick(COLONIAS),
    postalCode: city.postalPrefix + String(random.int(0, 10 ** postalTail - 1)).padStart(postalTail, '0'),
    city,
  };
}

export function makePhone(random: Random, city: City): string {
  const localDigits = 10 - city.phoneArea.length;
  return city.phoneArea + String(random.int(2 * 10 ** (localDigits - 1), 10 ** localDigits - 1));
}

/** A company name not used yet: "<industry head> <tail>", sometimes with a second tail. */
export function makeCompanyCore(
  random: Random,
  kind: Industry | 'front' | 'carrier' | 'broker',
  taken: Set<string>,
): string {
  for (let attempt = 0; ; attempt++) {
    let core = `${random.pick(NAME_HEADS[kind])} ${random.pick(NAME_TAILS)}`;
    if (attempt > 3 || random.chance(0.2)) core += ` ${random.pick(NAME_TAILS)}`;
    if (attempt > 10) core += ` ${random.int(2, 99)}`;
    if (!taken.has(core)) {
      taken.add(core);
      return core;
    }
  }
}

export function makePersonName(random: Random): string {
  return `${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)} ${random.pick(SURNAMES)}`;
}

export interface CompanySpec {
  entityId: string;
  role: CompanyRole;
  industry: Industry | null;
  core: string;
  person: boolean;
  city: City;
  incorporated: string;
  gs1Prefix: string;
}

export function makeCompany(spec: CompanySpec, random: Random, takenRfcs: Set<string>): Company {
  const legalForm = spec.person ? null : spec.role === 'broker' ? CIVIL_SOCIETY : legalForms.pick(random);
  const address = makeAddress(random, spec.city);
  return {
    entityId: spec.entityId,
    role: spec.role,
    industry: spec.industry,
    core: spec.core,
    legalForm,
    rfc: makeRfc(spec.core, spec.person, spec.incorporated, random, takenRfcs),
    address,
    moved: null,
    phone: makePhone(random, spec.city),
    city: spec.city,
    sites: [],
    cluster: null,
    borrowedRfc: null,
    patente: null,
    ports: [],
    permits: [],
    gs1Prefix: spec.gs1Prefix,
  };
}

/** The name as the company writes it itself: "Laboratorios Azteca, S.A. de C.V.". */
export function canonicalName(company: Company): string {
  return company.legalForm ? `${company.core}, ${company.legalForm.canonical}` : company.core;
}

export function canonicalAddress(address: Address): string {
  const interior = address.interior ? ` Int. ${address.interior}` : '';
  return `${address.streetType[0]} ${address.streetName} ${address.exterior}${interior}, ${address.colonia[0]} ${address.colonia[1]}, C.P. ${address.postalCode}, ${address.city.display}, ${address.city.state}`;
}
