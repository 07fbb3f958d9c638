/**
 * Attaching a file to a case: anyone who works cases and sees the case attaches one, marked by their agency and
 * never wider than the case (as a note is); its type is checked against its bytes first (attachment-type.ts).
 * One transaction with its audit entry; every list and download of restricted attachments is a read on the record.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { MarkingChange } from '../shared/marking.ts';
import { ATTACHMENT_MAX_BYTES } from '../shared/attachments.ts';
import { recordAudit, recordReads } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { checkedType } from './attachment-type.ts';
import { attachmentContent, insertAttachment } from './attachments.repository.ts';
import { markingUnder, visibleCase } from './service.ts';

export interface Upload {
  filename: string;
  declaredType: string | undefined;
  content: Uint8Array;
}

/**
 * A file's name as it is stored and later offered for download: its last path segment, without control
 * characters, quotes or separators, at most 255 characters; `attachment` when nothing is left.
 */
export function safeFilename(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = [...last]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '"' ? '_' : c))
    .join('')
    .trim()
    .slice(0, 255)
    .trim();
  return cleaned.replace(/^\.+$/, '') || 'attachment';
}

export async function attach(
  tx: Tx,
  actor: Actor,
  caseId: string,
  upload: Upload,
  chosen?: Partial<MarkingChange>,
) {
  const theCase = await visibleCase(tx, caseId);
  if (upload.content.byteLength === 0)
    throw new AppError('ATTACHMENT_MISSING', { field: 'file', detail: 'empty' });
  if (upload.content.byteLength > ATTACHMENT_MAX_BYTES)
    throw new AppError('ATTACHMENT_TOO_LARGE', { field: 'file' });
  const contentType = await checkedType(upload.declaredType, upload.content);
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  const stored = await insertAttachment(tx, {
    id: randomUUID(),
    caseId,
    filename: safeFilename(upload.filename),
    contentType,
    content: upload.content,
    sha256,
    uploadedBy: actor.userId,
    marking: markingUnder(actor, theCase.marking, chosen),
  });
  await recordAudit(tx, actor, {
    action: 'case.attach',
    table: 'case_attachments',
    ids: [stored.id],
    detail: { caseId, filename: stored.filename, contentType, sizeBytes: stored.sizeBytes, sha256 },
  });
  return stored;
}

/** One attachment with its bytes for a download, the read on the record. */
export async function download(tx: Tx, actor: Actor, id: string) {
  const found = await attachmentContent(tx, id);
  if (!found) throw new AppError('ATTACHMENT_NOT_FOUND', { field: 'id' });
  await recordReads(tx, actor, 'case_attachments', [found.attachment]);
  return found;
}
