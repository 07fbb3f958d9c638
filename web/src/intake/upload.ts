/**
 * An import upload with progress: fetch cannot report how much of a request body has gone, XMLHttpRequest can.
 * The route and its answer are the generated API's (schema.d.ts); a failure becomes the ApiError every view
 * handles, with the catalogue's bilingual message.
 */
import { ApiError } from '../api/http.ts';
import type { DeclarationsImport, EpcisImport, RegistryImport } from '../api/intake-endpoints.ts';
import type { paths } from '../api/schema.d.ts';
import type { MarkingChange, Role } from '../api/types.ts';

export const IMPORT_KINDS = ['declarations', 'permits', 'locations', 'epcis'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const ROUTES = {
  declarations: '/api/declarations/import',
  permits: '/api/permits/import',
  locations: '/api/locations/import',
  epcis: '/api/epcis/import',
} as const satisfies Record<ImportKind, keyof paths>;

export type ImportOutcome =
  | { kind: 'declarations'; summary: DeclarationsImport }
  | { kind: 'permits' | 'locations'; summary: RegistryImport }
  | { kind: 'epcis'; summary: EpcisImport };

/** The roles each import needs (the server's gate, src/http/authorization.test.ts). */
export const IMPORT_ROLES: Record<ImportKind, readonly Role[]> = {
  declarations: ['analyst'],
  permits: ['regulator', 'admin'],
  locations: ['analyst', 'regulator', 'admin'],
  epcis: ['analyst', 'regulator', 'admin'],
};

export function importUrl(kind: ImportKind, marking: MarkingChange): string {
  const query = new URLSearchParams({ tlp: marking.tlp });
  if (marking.releasableTo.length > 0) query.set('releasableTo', marking.releasableTo.join(','));
  if (marking.recipients.length > 0) query.set('recipients', marking.recipients.join(','));
  return `${ROUTES[kind]}?${query.toString()}`;
}

export function uploadImport(
  kind: ImportKind,
  file: File,
  marking: MarkingChange,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', importUrl(kind, marking));
    request.withCredentials = true;
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onerror = () =>
      reject(new ApiError(0, null, 'The server cannot be reached. Check the connection and try again.'));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null; // not the API's answer (a proxy's page): the status says what happened
      }
      if (request.status >= 200 && request.status < 300 && body !== null)
        resolve({ kind, summary: body } as ImportOutcome);
      else reject(new ApiError(request.status, body, `HTTP ${request.status}`));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
