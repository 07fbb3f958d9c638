/**
 * The incidents capability's public face: the columns of its two files (BRIEF "Incidents CSV", "Field reports
 * CSV"), which the scenario writes its worlds' evidence in; the incidents and field reports a caller may see (the
 * STIX export reads them) and their stores by source id (the STIX import stores what it receives with them); what
 * the leads read of them, and what the network reads of incidents (the seizures and dismantled labs that name an
 * entity's RFC or one of its consignments), under the caller's row-level security.
 */
export { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from './model.ts';
export {
  deleteReceivedRecords,
  FIELD_REPORTS_ADDED,
  fieldReportsMarkedAt,
  INCIDENTS_ADDED,
  incidentsMarkedAt,
  incidentsNaming,
  listFieldReports,
  listIncidents,
  markReceivedRecord,
  upsertFieldReports,
  upsertIncidents,
  type FieldReport,
  type Incident,
  type LinkedIncident,
} from './repository.ts';
export type { FieldReportRow, IncidentRow } from './model.ts';
export {
  fieldReportEvidence,
  incidentEvidence,
  type FieldReportEvidenceRow,
  type IncidentEvidenceRow,
} from './evidence.repository.ts';
export { searchFieldReports, searchIncidents } from './search.repository.ts';
