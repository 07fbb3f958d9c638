import { ROW_ERROR_CODES, ROW_ERROR_ENGLISH, type RowErrorCode } from '../../../src/shared/row-errors.ts';

/** Every row error's English as the server says it, with i18next's `{{name}}` for the server's `{name}`. */
const serverEnglish = Object.fromEntries(
  ROW_ERROR_CODES.map((code) => [code, ROW_ERROR_ENGLISH[code].replace(/\{(\w+)\}/g, '{{$1}}')]),
  // the keys are the catalogue's codes, one entry each: what fromEntries cannot say in its type
) as Record<RowErrorCode, string>;

/** English messages of the intake screens (web/src/intake): uploads, markings, per-row error reports. */
export const intakeEn = {
  title: 'Intake',
  intro:
    'Upload a file to import. Choose the markings first: every record of the file is stored with them, owned by your agency.',
  kindLabel: 'What the file holds',
  kinds: {
    declarations: 'Customs declarations (CSV)',
    permits: 'Permits (CSV)',
    locations: 'Locations: sites, terminals, checkpoints (CSV)',
    epcis: 'Custody events: GS1 EPCIS 2.0 document (JSON)',
    incidents: 'Incidents: seizures, dismantled labs, stopped shipments… (CSV)',
    fieldReports: 'Field reports: graded observations (CSV)',
  },
  columns: 'Columns:',
  epcisHint: 'An EPCISDocument; it is stored whole or not at all, and events already stored are skipped.',
  file: 'File',
  markings: 'Markings to apply',
  tlp: 'TLP',
  releasableTo: 'Releasable to (your nation is always included)',
  recipients: 'Recipient agencies (comma-separated, optional)',
  upload: 'Upload and import',
  uploading: 'Uploading the file…',
  processing: 'The server is importing and analysing…',
  progress: 'Upload progress',
  notAllowed: 'Your roles do not import this kind of file.',
  chooseFile: 'Choose a file first.',
  result: {
    title: 'Result of {{file}}',
    rows: 'Rows read',
    events: 'Events read',
    imported: 'Imported',
    already: 'Already imported',
    updated: 'Updated',
    rejected: 'With errors',
    screened:
      'Screening ran: {{controlled}} controlled, {{analog}} designer analogs, {{watch}} on the watch list, {{clear}} clear; {{alerts}} new alerts.',
    analysed: 'Analysis ran: {{consignments}} consignments analysed, {{findings}} findings.',
    incidentsStored:
      'The incidents are in the incidents list and on the map; seizures and dismantled labs weigh on the network of the parties they name.',
    fieldReportsStored: 'The field reports are in the field reports list and on the map.',
    notAnalysed: 'Nothing was stored, so no analysis ran. Correct the errors and upload the file again.',
  },
  errors: {
    title: 'Rows with errors',
    none: 'Every row was imported.',
    line: 'Line',
    event: 'Event',
    document: 'Document',
    field: 'Field',
    message: 'Problem',
    download: 'Download the error report (CSV)',
    fileName: 'errors',
    truncated: 'The first {{shown}} rows with errors are listed; {{total}} in all.',
  },
  /**
   * The server's English (src/shared/row-errors.ts) in i18next's `{{name}}` form, except where the screen says it
   * better: the server's sentence carries a detail in English alone, or the schema validator's own words.
   */
  rowErrors: {
    ...serverEnglish,
    DATE: 'expected a date YYYY-MM-DD',
    QUOTE_IN_UNQUOTED: 'bad quoting: a quote inside an unquoted cell',
    DATABASE_REFUSED: 'refused by the database (SQLSTATE {{sqlstate}})',
    EPCIS_REQUIRED_MEMBER: 'the member {{name}} is missing',
    EPCIS_SCHEMA: 'does not conform to the EPCIS 2.0 schema',
    EPCIS_DUPLICATE: 'repeats {{value}} (no repeated items allowed)',
    EPCIS_LIMIT: 'breaks a limit of the EPCIS document (size, nesting or characters)',
    INVALID: 'the value is not valid',
  },
};

/** English messages of the permit registry (web/src/registry). */
export const registryEn = {
  title: 'Permit registry',
  intro: 'Licensed importers, their sites, substances and yearly quantities.',
  filters: {
    label: 'Filter the registry',
    q: 'Holder, RFC or permit',
    substance: 'Substance (CAS)',
    site: 'Site',
    status: 'Validity',
    any: 'Any',
    valid: 'Valid today',
    expired: 'Expired',
  },
  columns: {
    permit: 'Permit',
    holder: 'Holder',
    rfc: 'RFC',
    substance: 'Substance (CAS)',
    maxKg: 'Max. per year',
    validity: 'Validity',
    site: 'Site',
    marking: 'Marking',
  },
  empty: 'No permit matches these filters.',
  emptyHint: 'Clear a filter, or import a permits file from Intake.',
  allSites: 'Every site of the holder',
  status: { valid: 'Valid', expired: 'Expired', future: 'Not yet valid' },
  validity: '{{from}} to {{to}}',
  back: 'Back to the registry',
  detail: 'Permit {{permit}}',
  edit: {
    open: 'Edit permit',
    title: 'Edit the permit',
    holderName: 'Holder name',
    maxKg: 'Max. kg per year',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    siteId: 'Site (empty: every site of the holder)',
    save: 'Save changes',
    saved: 'Changes saved; they are in the history below.',
    regulatorOnly: 'Only a regulator of the owner agency edits a permit.',
  },
  history: {
    title: 'History of changes',
    empty: 'No change since the permit was registered.',
    when: 'When',
    who: 'Who',
    what: 'What changed',
    someone: 'a user of {{nation}}',
    change: '{{field}}: {{before}} → {{after}}',
    fields: {
      holderName: 'Holder name',
      maxKgPerYear: 'Max. per year',
      validFrom: 'Valid from',
      validTo: 'Valid to',
      siteId: 'Site',
    },
  },
};

/** English messages of the intelligence reports (web/src/reports). */
export const reportsEn = {
  title: 'Reports',
  intro: 'Assessments and field notes. A report is written as a draft only your agency reads, then released.',
  write: 'Write a report',
  empty: 'No report yet.',
  emptyHint: 'Write the first one.',
  columns: { title: 'Title', written: 'Written', status: 'Status', marking: 'Marking' },
  state: { draft: 'Draft: your agency only', released: 'Released to {{nations}}' },
  back: 'Back to the reports',
  form: {
    title: 'New report',
    titleLabel: 'Title',
    body: 'Text',
    tlp: 'TLP of the draft',
    save: 'Save draft',
    saved: 'Draft saved.',
  },
  written: 'Written {{when}}',
  release: {
    title: 'Mark and release',
    intro:
      'Choose the marking and the nations to release to. The change is previewed, then saved and audited.',
    notOwner: 'Only the owner agency releases a report.',
  },
};
