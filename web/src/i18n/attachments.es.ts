/** Spanish messages of a case's attachments (web/src/cases/AttachmentsSection.tsx). */
export const attachmentsEs = {
  title: 'Adjuntos',
  none: 'No hay adjuntos que usted pueda ver.',
  file: 'Archivo por adjuntar',
  hint: 'PDF, PNG, JPEG, texto, CSV, XLSX o DOCX, de {{max}} como máximo; con el marcado del caso.',
  add: 'Adjuntar el archivo',
  uploading: 'Subiendo…',
  tooLarge: 'El archivo excede {{max}}.',
  columns: {
    name: 'Archivo',
    type: 'Tipo',
    size: 'Tamaño',
    by: 'Adjuntado por',
    at: 'Cuándo',
    marking: 'Marcado',
  },
  download: 'Descargar {{name}}',
};
