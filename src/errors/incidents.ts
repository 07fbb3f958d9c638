/** Error codes of incidents and field reports (part of the closed catalogue). */
export const errors = {
  INCIDENT_NOT_FOUND: {
    status: 404,
    en: 'No such incident is visible to you',
    es: 'No hay un incidente visible para usted con ese identificador',
  },
  FIELD_REPORT_NOT_FOUND: {
    status: 404,
    en: 'No such field report is visible to you',
    es: 'No hay un informe de campo visible para usted con ese identificador',
  },
  EVIDENCE_FILE_MISSING: {
    status: 400,
    en: 'Send the CSV as a file (multipart field "file") or as a text/csv body',
    es: 'Envíe el CSV como archivo (campo multipart "file") o como cuerpo text/csv',
  },
  EVIDENCE_RECORD_INVALID: {
    status: 400,
    en: 'The record has errors; each field with one is named',
    es: 'El registro tiene errores; se nombra cada campo que tiene uno',
  },
} as const;
