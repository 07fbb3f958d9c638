/**
 * A seeded, labelled set of Mexican company mentions for evaluating resolution (no public labelled
 * corpus of Mexican company names exists: research/analytics.md §1.5). Each company appears in
 * several records written the way real declarations write them — suffix variants, dropped accents,
 * abbreviations, typos, reordered tokens, an RFC off by one character, a changed address — and the
 * set contains hard negatives: companies with nearly the same name, homonyms in other cities, and
 * front companies that share an address, a phone and an incorporation date but are different firms.
 */
import { rfcCheckDigit } from '../../identifiers/index.ts';
import type { PartyFields, PartyRole } from '../party.ts';
import { seededRandom } from '../../shared/random.ts';

export interface LabelledRecord {
  fields: PartyFields;
  /** The real company this record mentions. */
  companyId: number;
}

interface Company {
  id: number;
  words: string[];
  legalForm: string;
  rfc: string;
  address: Address;
  phone: string;
}

interface Address {
  streetType: string;
  street: string;
  number: number;
  interior: number | null;
  colonia: string;
  place: Place;
}

interface Place {
  municipality: string;
  state: string;
  stateShort: string;
  postalPrefix: string;
}

const TYPES = [
  'Química',
  'Distribuidora',
  'Comercializadora',
  'Importadora',
  'Servicios',
  'Grupo',
  'Laboratorios',
  'Industrias',
  'Productos Químicos',
  'Transportes',
  'Logística',
  'Farmacéutica',
  'Corporativo',
  'Almacenes',
  'Solventes',
  'Abastecedora',
];
const QUALIFIERS = [
  'Industrial',
  'Internacional',
  'Nacional',
  'Global',
  'Integral',
  'Especializada',
  'del Pacífico',
  'del Golfo',
  'del Bajío',
  'del Norte',
  'de Occidente',
  'del Sureste',
  'Mexicana',
  'Continental',
  'Moderna',
];
const SURNAMES = [
  'Rivera',
  'Hernández',
  'Gutiérrez',
  'Ramírez',
  'Castañeda',
  'Olvera',
  'Zúñiga',
  'Ibáñez',
  'Villaseñor',
  'Quiroga',
  'Benítez',
  'Montaño',
  'Echeverría',
  'Salcedo',
  'Treviño',
  'Arámbula',
  'Lozano',
  'Peñaloza',
  'Cárdenas',
  'Robles',
];
const SYLLABLES = [
  'tra',
  'mex',
  'qui',
  'pac',
  'sol',
  'ven',
  'ter',
  'lan',
  'cor',
  'nor',
  'vel',
  'ax',
  'tec',
  'dor',
  'mar',
  'ri',
  'on',
  'za',
  'ca',
  'bri',
  'to',
  'lux',
  'fer',
  'gal',
  'sur',
  'es',
  'ta',
  'al',
  'mo',
  'ne',
];
const LEGAL_FORMS = ['S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.P.I. de C.V.', 'S.C.', 'S.A.'];
const STREET_TYPES = ['Avenida', 'Calle', 'Boulevard', 'Calzada', 'Privada'];
const STREETS = [
  'Manuel Álvarez',
  'Niños Héroes',
  'Benito Juárez',
  'Miguel Hidalgo',
  'Revolución',
  'Insurgentes',
  'Lázaro Cárdenas',
  'Constitución',
  'Venustiano Carranza',
  'Emiliano Zapata',
  'Francisco I. Madero',
  'Morelos',
  'Independencia',
  'Reforma',
  'de los Maestros',
  'Las Palmas',
  'del Puerto',
  'Libertad',
];
const COLONIAS = [
  'Centro',
  'Las Brisas',
  'El Colomo',
  'Industrial',
  'Valle Dorado',
  'Jardines del Mar',
  'San Pedrito',
  'La Joya',
  'Santa Fe',
  'Del Valle',
  'Los Pinos',
  'Tapeixtles',
];
const PLACES: readonly Place[] = [
  { municipality: 'Manzanillo', state: 'Colima', stateShort: 'Col.', postalPrefix: '282' },
  { municipality: 'Lázaro Cárdenas', state: 'Michoacán', stateShort: 'Mich.', postalPrefix: '609' },
  { municipality: 'Guadalajara', state: 'Jalisco', stateShort: 'Jal.', postalPrefix: '441' },
  { municipality: 'Zapopan', state: 'Jalisco', stateShort: 'Jal.', postalPrefix: '451' },
  { municipality: 'Culiacán', state: 'Sinaloa', stateShort: 'Sin.', postalPrefix: '800' },
  { municipality: 'Monterrey', state: 'Nuevo León', stateShort: 'N.L.', postalPrefix: '640' },
  { municipality: 'Toluca', state: 'Estado de México', stateShort: 'Edo. Méx.', postalPrefix: '501' },
  { municipality: 'Veracruz', state: 'Veracruz', stateShort: 'Ver.', postalPrefix: '917' },
  { municipality: 'Querétaro', state: 'Querétaro', stateShort: 'Qro.', postalPrefix: '760' },
  { municipality: 'Iztapalapa', state: 'Ciudad de México', stateShort: 'CDMX', postalPrefix: '093' },
];
const ABBREVIATE: ReadonlyMap<string, string> = new Map([
  ['INDUSTRIAL', 'IND.'],
  ['INDUSTRIAS', 'INDS.'],
  ['QUIMICA', 'QCA.'],
  ['QUIMICOS', 'QUIMS.'],
  ['INTERNACIONAL', "INT'L"],
  ['DISTRIBUIDORA', 'DISTRIB.'],
  ['COMERCIALIZADORA', 'COMERC.'],
  ['SERVICIOS', 'SERVS.'],
  ['LABORATORIOS', 'LABS.'],
  ['MEXICANA', 'MEX.'],
  ['NACIONAL', 'NAL.'],
  ['GRUPO', 'GPO.'],
]);
const ROLES: readonly PartyRole[] = ['importer', 'consignee', 'broker'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, p: number) => random() < p;
const digits = (random: Random, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

function brand(random: Random): string {
  const n = 2 + Math.floor(random() * 3);
  const word = Array.from({ length: n }, () => pick(random, SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** RFC of a persona moral: initials, incorporation date, homoclave, real check digit. */
function makeRfc(random: Random, words: readonly string[], date?: string): string {
  const letters = stripAccents(words.filter((w) => !/^(de|del|la|el|y)$/i.test(w)).join(''))
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  const initials = (letters + 'XXX').slice(0, 3);
  const yymmdd =
    date ??
    `${String(Math.floor(random() * 25) + 0).padStart(2, '0')}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const homoclave = `${pick(random, [...'ABCDEFGHJKLMNPRSTUVWXYZ123456789'])}${pick(random, [...'ABCDEFGHJKLMNPRSTUVWXYZ123456789'])}`;
  const body = initials + yymmdd + homoclave;
  return body + rfcCheckDigit(body);
}

function makeAddress(random: Random, place = pick(random, PLACES)): Address {
  return {
    streetType: pick(random, STREET_TYPES),
    street: chance(random, 0.5) ? pick(random, STREETS) : `${pick(random, STREETS)} ${brand(random)}`,
    number: 1 + Math.floor(random() * 2999),
    interior: chance(random, 0.3) ? 1 + Math.floor(random() * 40) : null,
    colonia: pick(random, COLONIAS),
    place,
  };
}

function makeCompany(random: Random, id: number): Company {
  const words = [pick(random, TYPES)];
  if (chance(random, 0.6)) words.push(pick(random, QUALIFIERS));
  words.push(chance(random, 0.35) ? pick(random, SURNAMES) : brand(random));
  if (chance(random, 0.3)) words.push(pick(random, QUALIFIERS));
  return {
    id,
    words: words.flatMap((w) => w.split(' ')),
    legalForm: pick(random, LEGAL_FORMS),
    rfc: makeRfc(random, words),
    address: makeAddress(random),
    phone:
      `${pick(random, ['314', '753', '33', '667', '81', '722', '229', '442', '55'])}${digits(random, 8)}`.slice(
        0,
        10,
      ),
  };
}

/** A sibling with nearly the same name: shares all but one meaningful word, replaces or appends one. */
function nearNameCompany(random: Random, id: number, of: Company): Company {
  const words = [...of.words];
  const meaningful = words.map((w, i) => ({ w, i })).filter(({ w }) => !/^(de|del)$/i.test(w));
  const drop = pick(random, meaningful.slice(1)) ?? meaningful[0]!;
  words.splice(drop.i, 1);
  words.push(
    pick(random, ['Norte', 'Sur', 'Occidente', 'Peninsular', 'Express', 'Plus', 'Premium', 'Hermanos']),
  );
  return { ...makeCompany(random, id), words, legalForm: of.legalForm };
}

/** A front company: different name and RFC, same address, phone and incorporation date as `of`. */
function frontCompany(random: Random, id: number, of: Company): Company {
  const base = makeCompany(random, id);
  return {
    ...base,
    rfc: makeRfc(random, base.words, of.rfc.slice(3, 9)),
    address: of.address,
    phone: of.phone,
  };
}

/** The same common name registered by another company in another city (homonym). */
function homonymCompany(random: Random, id: number, of: Company): Company {
  const base = makeCompany(random, id);
  return { ...base, words: [...of.words], rfc: makeRfc(random, of.words) };
}

function typo(random: Random, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + pick(random, [...'AEIOURSNT']) + word.slice(i + 1);
  }
}

function writeName(random: Random, company: Company): string {
  let words = [...company.words];
  if (chance(random, 0.25)) words = words.filter((w) => !/^(de|del)$/i.test(w));
  if (chance(random, 0.12) && words.length >= 3) {
    const [first, second, ...rest] = words;
    words = [second!, first!, ...rest];
  }
  const upper = chance(random, 0.5);
  words = words.map((w) => (upper ? w.toUpperCase() : w));
  if (chance(random, 0.4)) words = words.map((w) => stripAccents(w));
  if (chance(random, 0.3)) words = words.map((w) => ABBREVIATE.get(stripAccents(w).toUpperCase()) ?? w);
  if (chance(random, 0.15)) {
    const i = Math.floor(random() * words.length);
    words[i] = typo(random, words[i]!);
  }
  const suffix = pick(random, [
    company.legalForm,
    company.legalForm.toUpperCase(),
    company.legalForm.replace(/\./g, '').toUpperCase(),
    company.legalForm === 'S.A. de C.V.' ? 'Sociedad Anónima de Capital Variable' : company.legalForm,
    '',
  ]);
  const separator = chance(random, 0.5) ? ', ' : ' ';
  return suffix ? `${words.join(' ')}${separator}${suffix}` : words.join(' ');
}

function writeRfc(random: Random, rfc: string): string | null {
  const roll = random();
  if (roll < 0.12) return null;
  if (roll < 0.2) {
    // off by one character: a typo in the homoclave or check digit, or in the date
    const i = 6 + Math.floor(random() * 6);
    const replacement = /\d/.test(rfc[i]!)
      ? String((Number(rfc[i]) + 1) % 10)
      : pick(random, [...'ABCDEFGH']);
    return rfc.slice(0, i) + replacement + rfc.slice(i + 1);
  }
  if (roll < 0.24) return `${rfc.slice(0, 3)}-${rfc.slice(3, 9)}-${rfc.slice(9)}`;
  return rfc;
}

function writeAddress(random: Random, address: Address): string {
  const type = chance(random, 0.5)
    ? address.streetType
    : { Avenida: 'Av.', Calle: 'C.', Boulevard: 'Blvd.', Calzada: 'Calz.', Privada: 'Priv.' }[
        address.streetType
      ];
  const number = chance(random, 0.5) ? `${address.number}` : `No. ${address.number}`;
  const interior =
    address.interior === null ? '' : ` ${pick(random, ['Int.', 'Interior', 'Local'])} ${address.interior}`;
  const colonia = chance(random, 0.7) ? `, Col. ${address.colonia}` : '';
  const postal = `${address.place.postalPrefix}${String(address.number % 100).padStart(2, '0')}`;
  const cp = chance(random, 0.5) ? `, C.P. ${postal}` : `, CP ${postal}`;
  const state = chance(random, 0.5) ? address.place.state : address.place.stateShort;
  const text = `${type} ${address.street} ${number}${interior}${colonia}${cp}, ${address.place.municipality}, ${state}`;
  return chance(random, 0.4) ? stripAccents(text).toUpperCase() : text;
}

function mention(random: Random, company: Company, serial: number, moved: Address | null): PartyFields {
  const role = pick(random, ROLES);
  const roll = random();
  const address =
    roll < 0.1 ? null : writeAddress(random, moved && chance(random, 0.6) ? moved : company.address);
  return {
    recordId: `decl:EV${String(serial).padStart(7, '0')}:1:${role}`,
    source: 'declaration',
    role,
    name: writeName(random, company),
    rfc: writeRfc(random, company.rfc),
    address,
    phone: chance(random, 0.5) ? `${pick(random, ['', '+52 ', '01 '])}${company.phone}` : null,
  };
}

/** `companies` companies (a fifth of them hard negatives of another) and their mentions. */
export function generateLabelledSet(options: { companies: number; seed: number }): LabelledRecord[] {
  const random = seededRandom(options.seed);
  const companies: Company[] = [];
  for (let id = 0; id < options.companies; id++) {
    const other = companies.length > 0 ? companies[Math.floor(random() * companies.length)]! : null;
    const roll = random();
    if (other && roll < 0.08) companies.push(nearNameCompany(random, id, other));
    else if (other && roll < 0.14) companies.push(frontCompany(random, id, other));
    else if (other && roll < 0.18) companies.push(homonymCompany(random, id, other));
    else companies.push(makeCompany(random, id));
  }
  const records: LabelledRecord[] = [];
  for (const company of companies) {
    const mentions = 1 + Math.min(12, Math.floor(-Math.log(1 - random()) * 2.5));
    const moved = chance(random, 0.25) ? makeAddress(random, company.address.place) : null;
    for (let k = 0; k < mentions; k++) {
      records.push({ fields: mention(random, company, records.length, moved), companyId: company.id });
    }
  }
  return records;
}
