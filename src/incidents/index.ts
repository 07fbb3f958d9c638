/**
 * The incidents capability's public face: the columns of its two files (BRIEF "Incidents CSV", "Field reports
 * CSV"), which the scenario writes its worlds' evidence in.
 */
export { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from './model.ts';
