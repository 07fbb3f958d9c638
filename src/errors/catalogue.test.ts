import { describe, expect, it } from 'vitest';
import { cataloguesByCapability } from './catalogue.ts';

describe('error catalogue', () => {
  it('defines each code in exactly one capability', () => {
    const owners = new Map<string, string[]>();
    for (const [capability, codes] of Object.entries(cataloguesByCapability)) {
      for (const code of Object.keys(codes)) owners.set(code, [...(owners.get(code) ?? []), capability]);
    }
    const duplicated = [...owners].filter(([, where]) => where.length > 1);
    expect(duplicated).toEqual([]);
  });

  it('uses upper-case snake case codes', () => {
    for (const codes of Object.values(cataloguesByCapability)) {
      for (const code of Object.keys(codes)) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
  });
});
