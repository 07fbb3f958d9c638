/** How the records of an entity were linked, summarised for people. */
export interface LinkField {
  comparison: string;
  level: string;
  weight?: number | null;
}

/** A signed weight in bits as the comparison table prints it: +6.2, −1.5. */
export function formatWeight(weight: number | null | undefined, format: (n: number) => string): string {
  if (weight == null || !Number.isFinite(weight)) return '';
  return `${weight >= 0 ? '+' : '−'}${format(Math.abs(weight))}`;
}
