/**
 * SQL of case attachments (0743): the file's bytes are read only by the download (`attachmentContent`); lists
 * name, type, size and digest, read from the row without its content.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { AttachmentType } from '../shared/attachments.ts';
import { iso, MARKING_VALUES, nameOf } from './sql-parts.ts';

export interface CaseAttachment {
  id: string;
  caseId: string;
  filename: string;
  contentType: AttachmentType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedByName: string | null;
  uploadedAt: string;
  marking: Marking;
}

type AttachmentRow = MarkingRow & {
  id: string;
  case_id: string;
  filename: string;
  content_type: AttachmentType;
  size_bytes: number | string;
  sha256: string;
  uploaded_by: string;
  uploaded_by_name: string | null;
  uploaded_at: Date | string;
};

// octet_length of a stored bytea reads its size from the header: the content itself is not fetched
const COLUMNS = `a.id, a.owner_agency, a.tlp, a.releasable_to, a.recipients, a.case_id, a.filename, a.content_type,
  octet_length(a.content) as size_bytes, a.sha256, a.uploaded_by, a.uploaded_at,
  ${nameOf('a.uploaded_by')} as uploaded_by_name`;

const toAttachment = (r: AttachmentRow): CaseAttachment => ({
  id: r.id,
  caseId: r.case_id,
  filename: r.filename,
  contentType: r.content_type,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedByName: r.uploaded_by_name,
  uploadedAt: iso(r.uploaded_at),
  marking: markingFromRow(r),
});

export async function insertAttachment(
  tx: Tx,
  a: {
    id: string;
    caseId: string;
    filename: string;
    contentType: AttachmentType;
    content: Uint8Array;
    sha256: string;
    uploadedBy: string;
    marking: Marking;
  },
): Promise<CaseAttachment> {
  const { rows } = await tx.query<AttachmentRow>(
    `with a as (insert into case_attachments (id, owner_agency, tlp, releasable_to, recipients, case_id, filename,
       content_type, content, sha256, uploaded_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9::bytea, $10, $11) returning *)
     select ${COLUMNS} from a`,
    [
      a.id,
      ...MARKING_VALUES(a.marking),
      a.caseId,
      a.filename,
      a.contentType,
      a.content,
      a.sha256,
      a.uploadedBy,
    ],
  );
  return toAttachment(rows[0]!);
}

/** The attachments the caller sees, newest first: of one case, or of every case (`limit` null: all of them). */
export async function listAttachments(
  tx: Tx,
  filter: { caseId?: string | undefined },
  limit: number | null,
  offset: number,
): Promise<CaseAttachment[]> {
  const { rows } = await tx.query<AttachmentRow>(
    `select ${COLUMNS} from case_attachments a where ($1::uuid is null or a.case_id = $1)
      order by a.uploaded_at desc, a.id limit $2 offset $3`,
    [filter.caseId ?? null, limit, offset],
  );
  return rows.map(toAttachment);
}

export async function countAttachments(tx: Tx, filter: { caseId?: string | undefined }): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    'select count(*) as n from case_attachments a where ($1::uuid is null or a.case_id = $1)',
    [filter.caseId ?? null],
  );
  return Number(rows[0]!.n);
}

/** One attachment with its bytes, when the caller sees it. */
export async function attachmentContent(
  tx: Tx,
  id: string,
): Promise<{ attachment: CaseAttachment; content: Buffer } | null> {
  const { rows } = await tx.query<AttachmentRow & { content: Uint8Array }>(
    `select ${COLUMNS}, a.content from case_attachments a where a.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { attachment: toAttachment(row), content: Buffer.from(row.content) } : null;
}
