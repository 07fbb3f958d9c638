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
} as const;
