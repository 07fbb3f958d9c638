import type { Alert } from '../api/types.ts';

/** The alerted substance as the user reads it: its listed name in their language, else its id. */
export function substanceLabel(
  alert: Pick<Alert, 'substanceId' | 'substanceName'>,
  lang: string,
): string | null {
  if (alert.substanceName) return lang.startsWith('en') ? alert.substanceName.en : alert.substanceName.es;
  return alert.substanceId;
}
