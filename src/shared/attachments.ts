/**
 * Files attached to cases (issue 19): the largest one accepted and the types accepted, shared by the server (which
 * checks the declared type against the file's own bytes) and the web app (which says so before an upload).
 */

/** 10 MiB: a scanned report or a spreadsheet; larger evidence belongs in an agency's own document store. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The types accepted, each by its media type and the extension the web's file picker offers. Documents and images
 * that cannot run anything in a reader's browser or office suite: no HTML, SVG, macro-enabled formats or archives.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentType[];
