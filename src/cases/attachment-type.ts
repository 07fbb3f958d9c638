/**
 * Which type an uploaded file is, from its own bytes: a declared type is the sender's claim (a browser guesses it
 * from the file's name), so a file is accepted only when its content is what it claims to be and the type is
 * one of the accepted (src/shared/attachments.ts). The binary formats are recognised by `file-type` (magic bytes;
 * for XLSX and DOCX, the parts inside the ZIP); text, which has no magic number, must be UTF-8 without control
 * characters but tab and line ends, so that a binary file cannot pass as text.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors/app-error.ts';
import { ATTACHMENT_TYPES, type AttachmentType } from '../shared/attachments.ts';

/** Names under which senders commonly declare an accepted type. */
const ALIASES: Readonly<Record<string, AttachmentType>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/csv': 'text/csv',
  'text/x-csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
};

const TEXT_TYPES: ReadonlySet<AttachmentType> = new Set(['text/plain', 'text/csv']);
const isAccepted = (type: string): type is AttachmentType => Object.hasOwn(ATTACHMENT_TYPES, type);

/** The declared media type without its parameters (`text/csv; charset=utf-8` → `text/csv`), lower case. */
export function declaredType(header: string | undefined): AttachmentType {
  const bare = (header ?? '').split(';')[0]!.trim().toLowerCase();
  const type = ALIASES[bare] ?? bare;
  if (!isAccepted(type))
    throw new AppError('ATTACHMENT_TYPE_REFUSED', { field: 'file', detail: bare || 'none' });
  return type;
}

/** UTF-8 (a byte-order mark allowed) with no control character but tab, line feed and carriage return. */
function isPlainText(content: Uint8Array): boolean {
  // a control character is one byte in UTF-8, never part of another character's bytes
  for (const byte of content)
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** The accepted type of `content` sent as `declared`; refused when the bytes say otherwise. */
export async function checkedType(
  declared: string | undefined,
  content: Uint8Array,
): Promise<AttachmentType> {
  const type = declaredType(declared);
  const sniffed = await fileTypeFromBuffer(content);
  const matches = TEXT_TYPES.has(type)
    ? sniffed === undefined && isPlainText(content)
    : sniffed?.mime === type;
  if (!matches)
    throw new AppError('ATTACHMENT_TYPE_MISMATCH', {
      field: 'file',
      detail: `sent as ${type}, reads as ${sniffed?.mime ?? (isPlainText(content) ? 'text' : 'unknown binary')}`,
    });
  return type;
}
