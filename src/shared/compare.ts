/**
 * Strings in a fixed order: by UTF-16 code unit, as `<` compares them. Derived records are ordered and keyed with
 * it so the order is the same in every process and locale (`localeCompare` is not), and so equal inputs give equal
 * ids and pages in the noninterference test's reduced world. Pure.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
