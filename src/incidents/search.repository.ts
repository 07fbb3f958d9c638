/**
 * The global search over the evidence on the ground (src/search/ composes it with the others): incidents by their
 * source id, place, parties' names and RFCs or narrative; field reports by their source id, place or narrative
 * (migrations/0701_search_incidents.sql). Under the caller's row-level security, ordered by what the caller sees
 * (score, source id, row id); each opens its own page.
 */
import type { Tx } from '../store/database.ts';
import { candidates, contextOf } from '../store/text-search.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';

type Found = SearchMatch<Marking>;

/**
 * Incidents; the context is data only (the day, the place as written, the substance), never the kind's code, which
 * the web shows only translated.
 */
export async function searchIncidents(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      incident: string;
      day: string;
      place: string | null;
      substance: string | null;
      score: number;
    }
  >(
    `select i.id::text as id, i.incident_id as incident,
            to_char(i.occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, i.place,
            coalesce(i.substance_name, i.substance_cas) as substance,
            i.owner_agency, i.tlp, i.releasable_to, i.recipients, i_candidate.score
       from ${candidates('centinela_search_incidents', 'incidents', 'i')}
      order by i_candidate.score desc, i.incident_id, i.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'incident',
    id: r.id,
    label: r.incident,
    context: contextOf(r.day, r.place, r.substance),
    score: r.score,
    open: { view: 'incident', incidentId: r.id },
    reads: [{ table: 'incidents', id: r.id, marking: markingFromRow(r) }],
  }));
}

/** Field reports; the context is the day, the place as written and the Admiralty grading. */
export async function searchFieldReports(tx: Tx, text: string, limit: number): Promise<Found[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      report: string;
      day: string;
      place: string | null;
      grading: string;
      score: number;
    }
  >(
    `select r.id::text as id, r.report_id as report,
            to_char(r.observed_at at time zone 'UTC', 'YYYY-MM-DD') as day, r.place,
            r.reliability || r.credibility::text as grading,
            r.owner_agency, r.tlp, r.releasable_to, r.recipients, r_candidate.score
       from ${candidates('centinela_search_field_reports', 'field_reports', 'r')}
      order by r_candidate.score desc, r.report_id, r.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'field_report',
    id: r.id,
    label: r.report,
    context: contextOf(r.day, r.place, r.grading),
    score: r.score,
    open: { view: 'fieldReport', reportId: r.id },
    reads: [{ table: 'field_reports', id: r.id, marking: markingFromRow(r) }],
  }));
}
