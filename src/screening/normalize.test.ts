import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nameTokens,
  normaliseName,
  normaliseText,
  SALT_AND_FORM_WORDS,
  tokeniseWithJoins,
} from './normalize.ts';

/** Words that are neither salt words nor stereo descriptors (which normalisation removes on purpose). */
const STEREO_WORDS = new Set(['rac', 'meso', 'cis', 'trans']);
const word = fc
  .stringMatching(/^[a-z]{3}[a-z0-9]{0,9}$/)
  .filter((w) => !SALT_AND_FORM_WORDS.has(w) && !STEREO_WORDS.has(w));
const name = fc.array(word, { minLength: 1, maxLength: 5 });
const separator = fc.constantFrom(' ', '-', ', ', '  ', '(', ')');
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });

function join(words: string[], seps: string[]): string {
  return words.map((w, i) => (i === 0 ? w : `${seps[i % seps.length] ?? ' '}${w}`)).join('');
}

describe('name normalisation (property-based)', () => {
  it('is idempotent on any text', () => {
    fc.assert(fc.property(anyText, (text) => normaliseName(normaliseName(text)) === normaliseName(text)));
  });

  it('yields only lowercase ASCII words separated by single spaces', () => {
    fc.assert(fc.property(anyText, (text) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/.test(normaliseText(text))));
  });

  it('ignores case and punctuation between words', () => {
    fc.assert(
      fc.property(name, fc.array(separator, { minLength: 1, maxLength: 4 }), (words, seps) => {
        const written = join(words, seps);
        expect(normaliseName(written.toUpperCase())).toBe(words.join(' '));
      }),
    );
  });

  it('ignores accents', () => {
    const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ' };
    fc.assert(
      fc.property(name, (words) => {
        const accented = words.map((w) => [...w].map((c) => accents[c] ?? c).join(''));
        expect(normaliseName(accented.join(' '))).toBe(words.join(' '));
      }),
    );
  });

  it('ignores salt and hydrate words in both languages, before or after the name', () => {
    const salts = [...SALT_AND_FORM_WORDS];
    fc.assert(
      fc.property(name, fc.constantFrom(...salts), fc.boolean(), (words, salt, before) => {
        const written = before ? `${salt} de ${words.join(' ')}` : `${words.join('-')} ${salt.toUpperCase()}`;
        const expected = before ? ['de', ...words].join(' ') : words.join(' ');
        expect(normaliseName(written)).toBe(expected);
      }),
    );
  });

  it('ignores stereo descriptors', () => {
    const descriptors = [
      '(R)-',
      '(S)-',
      '(1R,2S)-',
      '(±)-',
      '(+)-',
      '(−)-',
      'rac-',
      'dl-',
      'd-',
      'l-',
      '(1S,2S)-(+)-',
    ];
    fc.assert(
      fc.property(name, fc.constantFrom(...descriptors), (words, stereo) => {
        expect(normaliseName(`${stereo}${words.join('-')}`)).toBe(words.join(' '));
      }),
    );
  });

  it('keeps a name made only of salt words rather than erasing it', () => {
    expect(nameTokens('Hydrochloride')).toEqual(['hydrochloride']);
  });

  it('marks words glued by nomenclature punctuation, not by spaces', () => {
    expect(tokeniseWithJoins('1-benzyl-4-anilinopiperidine, drums').joinedBefore).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
