/**
 * Where a lead's piece of evidence opens: the consignment's page by its bill of lading (a finding's too: its id is
 * `<bill of lading>/<kind>`), an incident's or a field report's page. Leads cite an incident or a report by its
 * source id while their pages are addressed by the record's key, so the records of the days around each cited
 * one are read (the lists' own routes, so only what the user may see) and matched by source id.
 */
import { fetchFieldReports, fetchIncidents } from '../api/evidence-endpoints.ts';
import type { LeadDetail } from '../api/lead-endpoints.ts';

type Piece = LeadDetail['lead']['evidence'][number];

const day = (instant: string, shift: number) =>
  new Date(new Date(instant).getTime() + shift * 86_400_000).toISOString().slice(0, 10);

export function staticHref(piece: Piece): string | null {
  if (piece.kind === 'consignment') return `/consignments/${encodeURIComponent(piece.id)}`;
  if (piece.kind === 'finding') {
    const billOfLading = piece.id.split('/')[0];
    return billOfLading ? `/consignments/${encodeURIComponent(billOfLading)}` : null;
  }
  return null;
}

/** The record keys of the incidents and field reports a lead cites, by `<kind>:<source id>`. */
export async function resolveRecordKeys(
  evidence: readonly Piece[],
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const wanted = evidence.filter((p) => p.kind === 'incident' || p.kind === 'field_report');
  await Promise.all(
    wanted.map(async (piece) => {
      const range = { from: day(piece.at, -1), to: day(piece.at, 1), limit: 200, offset: 0 };
      if (piece.kind === 'incident') {
        const page = await fetchIncidents(range, signal);
        const match = page.items.find((i) => i.incidentId === piece.id);
        if (match) keys.set(`incident:${piece.id}`, `/incidents/${encodeURIComponent(match.id)}`);
      } else {
        const page = await fetchFieldReports(range, signal);
        const match = page.items.find((r) => r.reportId === piece.id);
        if (match) keys.set(`field_report:${piece.id}`, `/field-reports/${encodeURIComponent(match.id)}`);
      }
    }),
  );
  return keys;
}
