/** Error codes of permits, locations, consignments and findings (part of the closed catalogue). */
export const errors = {
  CONSIGNMENT_NOT_FOUND: {
    status: 404,
    en: 'No consignment with that bill of lading is visible to you',
    es: 'No hay un envío visible para usted con ese conocimiento de embarque',
  },
  PERMIT_NOT_FOUND: {
    status: 404,
    en: 'No such permit is visible to you',
    es: 'No hay un permiso visible para usted con ese identificador',
  },
  REGISTRY_FILE_MISSING: {
    status: 400,
    en: 'Send the registry CSV as a file (multipart field "file") or as a text/csv body',
    es: 'Envíe el CSV del registro como archivo (campo multipart "file") o como cuerpo text/csv',
  },
  FINDING_NOT_FOUND: {
    status: 404,
    en: 'No such finding is visible to you',
    es: 'No hay un hallazgo visible para usted con ese identificador',
  },
  FINDING_TRANSITION: {
    status: 409,
    en: 'The finding cannot move to that status from its current one',
    es: 'El hallazgo no puede pasar a ese estado desde el actual',
  },
  FINDING_DISMISS_REASON_REQUIRED: {
    status: 400,
    en: 'Dismissing a finding needs a reason',
    es: 'Descartar un hallazgo requiere un motivo',
  },
} as const;
