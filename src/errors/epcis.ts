/** Error codes of EPCIS capture and query (part of the closed catalogue, docs/ERRORS.md). */
export const errors = {
  EPCIS_INVALID_DOCUMENT: {
    status: 400,
    en: 'The EPCIS document does not conform to the GS1 EPCIS 2.0 schema',
    es: 'El documento EPCIS no cumple el esquema GS1 EPCIS 2.0',
  },
  EPCIS_FILE_MISSING: {
    status: 400,
    en: 'Send the EPCIS document as a JSON file (multipart field "file") or as a JSON body',
    es: 'Envíe el documento EPCIS como archivo JSON (campo multipart "file") o como cuerpo JSON',
  },
  EPCIS_CAPTURE_LIMIT: {
    status: 413,
    en: 'The EPCIS document has more events than one capture accepts',
    es: 'El documento EPCIS tiene más eventos de los que acepta una captura',
  },
  EPCIS_INVALID_PAGE_TOKEN: {
    status: 400,
    en: 'The page token is not valid',
    es: 'El token de página no es válido',
  },
  EPCIS_CAPTURE_NOT_FOUND: {
    status: 404,
    en: 'No such capture job',
    es: 'No existe ese trabajo de captura',
  },
} as const;
