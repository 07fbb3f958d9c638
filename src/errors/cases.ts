/** Error codes of cases and host-led operations (part of the closed catalogue). */
export const errors = {
  CASE_NOT_FOUND: {
    status: 404,
    en: 'No such case among those you may see',
    es: 'No existe ese caso entre los que usted puede ver',
  },
  CASE_LINK_TARGET_NOT_FOUND: {
    status: 404,
    en: 'The record to link is not among those you may see',
    es: 'El registro que se quiere vincular no está entre los que usted puede ver',
  },
  CASE_ASSIGNEE_CANNOT_SEE: {
    status: 400,
    en: 'The user to assign is not an active user of an agency that may see the case',
    es: 'La persona a asignar no es un usuario activo de una dependencia que pueda ver el caso',
  },
  OPERATION_NOT_FOUND: {
    status: 404,
    en: 'No such operation among those you may see',
    es: 'No existe esa operación entre las que usted puede ver',
  },
  OPERATION_TRANSITION: {
    status: 409,
    en: 'The operation is not in a state this action leaves from',
    es: 'La operación no está en un estado desde el que se pueda tomar esta acción',
  },
  OPERATION_COMMANDER_REQUIRED: {
    status: 403,
    en: 'Only a commander of the nation whose territory the operation is in may take this action',
    es: 'Solo un mando de la nación en cuyo territorio está la operación puede tomar esta acción',
  },
  OPERATION_HOST_REQUIRED: {
    status: 403,
    en: "Only the host nation's analysts and commanders change an operation; a partner's advisor comments and recommends",
    es: 'Solo analistas y mandos de la nación anfitriona cambian una operación; el asesor de una nación socia comenta y recomienda',
  },
  OPERATION_NOT_UNDER_WAY: {
    status: 409,
    en: 'Outcomes are recorded on an operation under way or concluded',
    es: 'Los resultados se registran en una operación en curso o concluida',
  },
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    en: 'No such notification among yours',
    es: 'No existe esa notificación entre las suyas',
  },
} as const;
