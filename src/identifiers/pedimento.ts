/**
 * Pedimento numbers (Mexican customs declarations; RGCE Anexo 22, research/precursors.md §3.4): 15 digits,
 * printed `YY AA PPPP NNNNNNN` = 2-digit year of validation, 2-digit aduana, 4-digit broker patente, then
 * the last digit of the year followed by a 6-digit sequence per aduana. The official print separates the
 * groups by two spaces; Centinela writes one space. There is no check digit: validity is structure plus the
 * year digit agreeing with the year.
 */

const PEDIMENTO_PATTERN = /^(\d{2})\s+(\d{2})\s+(\d{4})\s+(\d)(\d{6})$/;

export interface Pedimento {
  year: number; // 2-digit year, 0–99
  aduana: number;
  patente: number;
  sequence: number;
}

export function formatPedimento({ year, aduana, patente, sequence }: Pedimento): string {
  const yy = String(year).padStart(2, '0');
  return `${yy} ${String(aduana).padStart(2, '0')} ${String(patente).padStart(4, '0')} ${yy[1]}${String(sequence).padStart(6, '0')}`;
}

/** Parses a printed pedimento number (one or more spaces between groups), or the 15 digits without spaces. */
export function parsePedimento(text: string): Pedimento | null {
  const trimmed = text.trim();
  const spaced = /^\d{15}$/.test(trimmed)
    ? `${trimmed.slice(0, 2)} ${trimmed.slice(2, 4)} ${trimmed.slice(4, 8)} ${trimmed.slice(8)}`
    : trimmed;
  const match = PEDIMENTO_PATTERN.exec(spaced);
  if (!match) return null;
  const [, yy = '', aa = '', pppp = '', yearDigit = '', sequence = ''] = match;
  if (yy[1] !== yearDigit || Number(sequence) === 0) return null;
  return { year: Number(yy), aduana: Number(aa), patente: Number(pppp), sequence: Number(sequence) };
}

export function isValidPedimento(text: string): boolean {
  return parsePedimento(text) !== null;
}
