import { describe, expect, it } from 'vitest';
import { entityName } from './entity-name.ts';

describe('an entity’s name', () => {
  it('is its most frequent spelling, ties in code-point order', () => {
    const r = (name: string | null, rfc: string | null = null) => ({ name, rfc });
    expect(entityName([r('QUIMICA SA'), r('Química S.A.'), r('Química S.A.')])).toBe('Química S.A.');
    expect(entityName([r('b'), r('a'), r('B')])).toBe('B');
  });

  it('is its RFC when no record names it, and empty when nothing does', () => {
    expect(
      entityName([
        { name: '', rfc: 'OGA231109CY0' },
        { name: null, rfc: null },
      ]),
    ).toBe('RFC OGA231109CY0');
    expect(entityName([])).toBe('');
  });
});
