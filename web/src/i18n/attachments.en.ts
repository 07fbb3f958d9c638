/** English messages of a case's attachments (web/src/cases/AttachmentsSection.tsx). */
export const attachmentsEn = {
  title: 'Attachments',
  none: 'No attachments that you may see.',
  file: 'File to attach',
  hint: 'PDF, PNG, JPEG, text, CSV, XLSX or DOCX, at most {{max}}; marked as the case.',
  add: 'Attach the file',
  uploading: 'Uploading…',
  tooLarge: 'The file is larger than {{max}}.',
  columns: { name: 'File', type: 'Type', size: 'Size', by: 'Attached by', at: 'When', marking: 'Marking' },
  download: 'Download {{name}}',
};
