/**
 * What of a consignment the analyst's agency may release, as the release selection names it (web/src/sharing):
 * its declaration, its lines and its custody events, each only when the agency owns it (only the owner widens a
 * marking). Findings and the stored track are derived from these and are never released directly.
 */
import type { Consignment, DeclarationLine } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { mayRelease, type Selected } from '../sharing/selection.ts';

export function lineRecord(line: DeclarationLine, agency: string): Selected | null {
  return line.id && mayRelease(line.marking, agency)
    ? { table: 'declaration_lines', id: line.id, label: `${line.declarationId} #${line.lineNo}` }
    : null;
}

export function consignmentRecords(consignment: Consignment, agency: string, lang: string): Selected[] {
  const lines = consignment.lines.flatMap((line) => lineRecord(line, agency) ?? []);
  // a declaration is its agency's, as its lines are: the agency that owns a line declared its header
  const declarations = [
    ...new Set(consignment.lines.filter((l) => lineRecord(l, agency) !== null).map((l) => l.declarationId)),
  ].map((id): Selected => ({ table: 'declarations', id, label: id }));
  const events = consignment.timeline.flatMap((event): Selected[] =>
    event.id && mayRelease(event.marking, agency)
      ? [
          {
            table: 'epcis_events',
            id: event.id,
            label: `${event.bizStep?.split(/[:/]/).pop() ?? event.eventId} ${formatDateTime(event.eventTime, lang, 'short')}`,
          },
        ]
      : [],
  );
  return [...declarations, ...lines, ...events];
}
