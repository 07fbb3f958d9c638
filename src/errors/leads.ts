/** Error codes of the leads (part of the closed catalogue). */
export const errors = {
  LEAD_NOT_FOUND: {
    status: 404,
    en: 'No such lead among yours: none of the evidence you may see places one in that cell',
    es: 'No existe esa pista entre las suyas: ninguna evidencia que usted puede ver la sitúa en esa celda',
  },
  LEAD_MERGE_TARGET_NOT_FOUND: {
    status: 404,
    en: 'The lead to merge into is not among yours',
    es: 'La pista en la que se quiere fusionar no está entre las suyas',
  },
  LEAD_MERGE_TARGET_REQUIRED: {
    status: 400,
    en: 'A merge names another lead to merge into (mergedInto); accept and reject name none',
    es: 'Una fusión indica otra pista en la que fusionar (mergedInto); aceptar y rechazar no indican ninguna',
  },
} as const;
