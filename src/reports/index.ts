/**
 * The reports capability's public face: the reports a caller may see (the STIX export reads them) and the store of
 * a report received from another instance (the STIX import), and its removal when the source withdraws it.
 */
export {
  deleteReceivedReports,
  listReports,
  markReceivedReport,
  REPORTS_ADDED,
  reportsMarkedAt,
  upsertReceivedReport,
  type Report,
} from './repository.ts';
