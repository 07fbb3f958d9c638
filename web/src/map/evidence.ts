/**
 * The incidents and field reports the map draws: the latest of each the user may see, a page of the lists' own
 * routes (read and audited as the lists are), enough for a national view.
 */
import { LIST_LIMIT_MAX } from '../../../src/shared/paging.ts';
import { fetchFieldReports, fetchIncidents } from '../api/evidence-endpoints.ts';

export async function loadEvidence(signal: AbortSignal) {
  const [incidents, reports] = await Promise.all([
    fetchIncidents({ limit: LIST_LIMIT_MAX, offset: 0 }, signal),
    fetchFieldReports({ limit: LIST_LIMIT_MAX, offset: 0 }, signal),
  ]);
  return { incidents: incidents.items, reports: reports.items };
}
