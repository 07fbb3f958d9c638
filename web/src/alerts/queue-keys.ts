import type { KeyboardEvent } from 'react';

/**
 * Arrow keys (or j/k) move between a queue's rows and Enter/Space opens the focused one, so the alert and
 * findings queues are workable without a mouse. The rows are the focusable siblings of the row pressed.
 */
export function onQueueRowKey(
  event: KeyboardEvent<HTMLTableRowElement>,
  index: number,
  open: () => void,
): void {
  if (event.target !== event.currentTarget) return; // a link or button inside the row handles its own keys
  const rows =
    event.currentTarget.parentElement?.querySelectorAll<HTMLTableRowElement>(':scope > tr[tabindex]');
  if (event.key === 'ArrowDown' || event.key === 'j') rows?.[Math.min(index + 1, rows.length - 1)]?.focus();
  else if (event.key === 'ArrowUp' || event.key === 'k') rows?.[Math.max(index - 1, 0)]?.focus();
  else if (event.key === 'Enter' || event.key === ' ') open();
  else return;
  event.preventDefault();
}
