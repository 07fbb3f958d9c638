import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { defaultLocaleFor } from './index.ts';
import { ROW_ERROR_CODES } from '../../../src/shared/row-errors.ts';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('message catalogues', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('have the same keys in both languages', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(spanish.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('say every code of an import’s row errors, and nothing the server does not send', () => {
    for (const catalogue of [english, spanish]) {
      const said = [...catalogue.keys()].filter((k) => k.startsWith('intake.rowErrors.'));
      expect(said.sort()).toEqual(ROW_ERROR_CODES.map((code) => `intake.rowErrors.${code}`).sort());
    }
  });

  it('default to Spanish for the host nation and English for partners', () => {
    expect(defaultLocaleFor('MEX')).toBe('es');
    expect(defaultLocaleFor('USA')).toBe('en');
  });
});
