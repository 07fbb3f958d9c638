import type { ErrorEntry } from './entry.ts';

/** Screening and declaration import codes (merged into the catalogue by src/errors/catalogue.ts). */
export const errors = {
  DECLARATIONS_HEADER: {
    status: 400,
    en: 'The declarations CSV header lacks required columns',
    es: 'El encabezado del CSV de pedimentos no tiene las columnas requeridas',
  },
  DECLARATIONS_FILE_MISSING: {
    status: 400,
    en: 'Send the declarations CSV as a file or as a text/csv body',
    es: 'Envíe el CSV de pedimentos como archivo o como cuerpo text/csv',
  },
  ALERT_NOT_FOUND: { status: 404, en: 'No such alert', es: 'No existe esa alerta' },
  ALERT_TRANSITION: {
    status: 409,
    en: 'The alert cannot move to that status from its current one',
    es: 'La alerta no puede pasar a ese estado desde el actual',
  },
  DISMISS_REASON_REQUIRED: {
    status: 400,
    en: 'Dismissing an alert needs a reason',
    es: 'Descartar una alerta requiere un motivo',
  },
} satisfies Record<string, ErrorEntry>;
