// Moved to src/shared/severity.ts (issue 13); this re-export goes when screening imports it from there.
export * from '../shared/severity.ts';
