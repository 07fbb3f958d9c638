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
  ATTACHMENT_MISSING: {
    status: 400,
    en: 'No file was sent: upload one as the multipart field "file"',
    es: 'No se envió ningún archivo: súbalo como el campo multipart "file"',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    en: 'The file is larger than an attachment may be (10 MiB)',
    es: 'El archivo excede el tamaño que puede tener un adjunto (10 MiB)',
  },
  ATTACHMENT_TYPE_REFUSED: {
    status: 415,
    en: 'Files of this type are not accepted: PDF, PNG, JPEG, plain text, CSV, XLSX and DOCX are',
    es: 'No se aceptan archivos de este tipo: se aceptan PDF, PNG, JPEG, texto plano, CSV, XLSX y DOCX',
  },
  ATTACHMENT_TYPE_MISMATCH: {
    status: 415,
    en: 'The content of the file is not of the type it was sent as',
    es: 'El contenido del archivo no es del tipo con el que se envió',
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    en: 'No such attachment among those you may see',
    es: 'No existe ese adjunto entre los que usted puede ver',
  },
} as const;
