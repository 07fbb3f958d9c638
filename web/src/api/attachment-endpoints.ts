/** The calls of a case's attachments (web/src/cases/AttachmentsSection.tsx), typed like every other call. */
import { api, unwrap } from './http.ts';
import type { ResponseOf } from './types.ts';

export type AttachmentPage = ResponseOf<'/api/cases/{id}/attachments'>;
export type AttachmentItem = AttachmentPage['items'][number];

export const fetchAttachments = (caseId: string, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/cases/{id}/attachments', {
      params: { path: { id: caseId }, query: { limit: 200 } },
      signal,
    }),
  );

/**
 * Uploads `file` as the multipart field "file": the client builds the request (route, credentials) and reads the
 * answer as the route documents it; the body is the form, which the browser frames with its boundary.
 */
export const attachToCase = (caseId: string, file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/cases/{id}/attachments', {
      params: { path: { id: caseId }, query: {} },
      fetch: (request: Request) => {
        const headers = new Headers(request.headers);
        headers.delete('content-type'); // the browser's, with the form's boundary
        return fetch(
          new Request(request.url, { method: 'POST', body: form, credentials: 'same-origin', headers }),
        );
      },
    }),
  );
};

/** Where the browser downloads an attachment (the session cookie goes with a same-origin link). */
export const attachmentHref = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;
