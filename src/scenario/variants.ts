/**
 * How one company is written differently on every record (research/analytics.md §2.1–2.3): legal-form
 * variants or none (CFDI 4.0 names drop it), upper case and dropped accents, abbreviations, typos,
 * reordered tokens, an RFC off by one character, addresses abbreviated, with or without C.P., with a
 * phone appended, or the new address after a move.
 */
import { ABBREVIATIONS } from './catalogue/naming.ts';
import { canonicalAddress, canonicalName, stripAccents } from './companies.ts';
import type { Address, Company } from './model.ts';
import type { Random } from './random.ts';

/** One keyboard-style slip: swap, drop, double or replace a letter inside a word of 5+ letters. */
export function typo(text: string, random: Random): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return text;
  const [word, index] = random.pick(candidates);
  const at = random.int(1, word.length - 2);
  let changed: string;
  switch (random.int(0, 3)) {
    case 0:
      changed = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      break;
    case 1:
      changed = word.slice(0, at) + word.slice(at + 1);
      break;
    case 2:
      changed = word.slice(0, at) + word[at] + word.slice(at);
      break;
    default:
      changed = word.slice(0, at) + random.pick(['a', 'e', 'i', 'o', 'n', 'r', 's']) + word.slice(at + 1);
  }
  words[index] = changed;
  return words.join(' ');
}

function abbreviate(text: string, random: Random): string {
  const applicable = ABBREVIATIONS.filter(([full]) => new RegExp(`\\b${full}\\b`).test(text));
  if (applicable.length === 0) return text;
  const [full, short] = random.pick(applicable);
  return text.replace(new RegExp(`\\b${full}\\b`), random.chance(0.5) ? short.toUpperCase() : short);
}

function reorder(core: string, random: Random): string {
  const words = core.split(' ');
  if (words.length < 3) return core;
  const i = random.int(0, words.length - 2);
  [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  return words.join(' ');
}

/** A company's name as one record writes it. */
export function writtenName(company: Company, random: Random): string {
  if (random.chance(0.5)) return canonicalName(company);
  let core = company.core;
  if (random.chance(0.25)) core = abbreviate(core, random);
  if (random.chance(0.08)) core = typo(core, random);
  if (random.chance(0.06)) core = reorder(core, random);
  let name: string;
  if (!company.legalForm) {
    // Natural persons: SAT lists surnames first ("HERNANDEZ LOPEZ JOSE").
    const [given, ...surnames] = core.split(' ');
    name = random.chance(0.4)
      ? `${surnames.join(' ')} ${given}`
      : `${random.pick(['Lic.', 'LIC.', 'A.A.'])} ${core}`;
  } else if (random.chance(0.15)) {
    name = core;
  } else {
    const form = random.chance(0.7) ? random.pick(company.legalForm.variants) : company.legalForm.canonical;
    name = `${core}${random.chance(0.6) ? ',' : ''} ${form}`;
  }
  if (random.chance(0.6)) name = name.toUpperCase();
  if (random.chance(0.5)) name = stripAccents(name);
  return name;
}

/** The RFC one record carries: usually right; sometimes a borrowed one (front networks) or one character off. */
export function writtenRfc(company: Company, random: Random): string {
  if (company.borrowedRfc && random.chance(0.3)) return company.borrowedRfc;
  if (!random.chance(0.03)) return company.rfc;
  const chars = [...company.rfc];
  const position = random.int(chars.length - 3, chars.length - 1); // homoclave or check digit
  // The check character is a digit or A; the homoclave any digit or letter.
  const alphabet = position === chars.length - 1 ? '0123456789A' : '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
  let replacement = random.pick([...alphabet]);
  while (replacement === chars[position]) replacement = random.pick([...alphabet]);
  chars[position] = replacement;
  return chars.join('');
}

function writtenAddressOf(address: Address, phone: string, random: Random): string {
  let text = canonicalAddress(address);
  if (random.chance(0.4)) text = text.replace(`${address.streetType[0]} `, `${address.streetType[1]} `);
  if (random.chance(0.2)) text = text.replace(/, C\.P\. \d{5}/, '');
  else if (random.chance(0.3)) text = text.replace('C.P. ', random.pick(['CP ', 'C.P.', 'Código Postal ']));
  if (random.chance(0.15)) text = text.replace(' Int. ', random.pick([' INT ', ' Interior ', '-']));
  if (random.chance(0.2))
    text = `${text.replace(/\.$/, '')}. Tel. ${phone.slice(0, phone.length - 8)} ${phone.slice(-8, -4)} ${phone.slice(-4)}`;
  if (random.chance(0.05)) text = typo(text, random);
  if (random.chance(0.5)) text = text.toUpperCase();
  if (random.chance(0.4)) text = stripAccents(text);
  return text;
}

/** The address a record carries on a day: the new one after a move (sometimes the old one lingers). */
export function writtenAddress(company: Company, day: string, random: Random): string {
  const moved = company.moved && day >= company.moved.fromDay && !random.chance(0.1);
  return writtenAddressOf(
    moved && company.moved ? company.moved.address : company.address,
    company.phone,
    random,
  );
}
