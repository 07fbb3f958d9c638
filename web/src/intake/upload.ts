/**
 * An import upload with progress: fetch cannot report how much of a request body has gone, XMLHttpRequest can.
 * The call goes through the typed client like every other (its route, query and answer are the generated API's,
 * schema.d.ts), with a fetch that sends by XMLHttpRequest; a failure becomes the ApiError every view handles,
 * with the catalogue's bilingual message.
 */
import { api, unwrap } from '../api/http.ts';
import type { EvidenceImport } from '../api/evidence-endpoints.ts';
import type { DeclarationsImport, EpcisImport, RegistryImport } from '../api/intake-endpoints.ts';
import type { paths } from '../api/schema.d.ts';
import type { MarkingChange, Role } from '../api/types.ts';

export const IMPORT_KINDS = [
  'declarations',
  'permits',
  'locations',
  'epcis',
  'incidents',
  'fieldReports',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const ROUTES = {
  declarations: '/api/declarations/import',
  permits: '/api/permits/import',
  locations: '/api/locations/import',
  epcis: '/api/epcis/import',
  incidents: '/api/incidents/import',
  fieldReports: '/api/field-reports/import',
} as const satisfies Record<ImportKind, keyof paths>;

export type ImportOutcome =
  | { kind: 'declarations'; summary: DeclarationsImport }
  | { kind: 'permits' | 'locations'; summary: RegistryImport }
  | { kind: 'epcis'; summary: EpcisImport }
  | { kind: 'incidents'; summary: EvidenceImport }
  | { kind: 'fieldReports'; summary: EvidenceImport };

/** The roles each import needs (the server's gate, src/http/authorization.test.ts). */
export const IMPORT_ROLES: Record<ImportKind, readonly Role[]> = {
  declarations: ['analyst'],
  permits: ['regulator', 'admin'],
  locations: ['analyst', 'regulator', 'admin'],
  epcis: ['analyst', 'regulator', 'admin'],
  incidents: ['analyst', 'commander', 'admin'],
  fieldReports: ['analyst', 'commander', 'admin'],
};

/** The query that carries the marking every imported record gets. */
export function importQuery(marking: MarkingChange) {
  return {
    tlp: marking.tlp,
    ...(marking.releasableTo.length > 0 ? { releasableTo: marking.releasableTo.join(',') } : {}),
    ...(marking.recipients.length > 0 ? { recipients: marking.recipients.join(',') } : {}),
  };
}

/**
 * A fetch for the typed client that sends `form` by XMLHttpRequest, reporting how much of it has gone: the
 * client builds the request (route, query, credentials) and reads the answer as the route documents it.
 */
function sendWithProgress(form: FormData, onProgress: (fraction: number) => void) {
  return (request: Request): Promise<Response> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.withCredentials = true;
      xhr.responseType = 'text';
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.upload.onload = () => onProgress(1);
      xhr.onerror = () => reject(new TypeError('network error'));
      xhr.onload = () =>
        resolve(
          new Response(xhr.responseText, {
            status: xhr.status,
            headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'text/plain' },
          }),
        );
      xhr.send(form);
    });
}

export async function uploadImport(
  kind: ImportKind,
  file: File,
  marking: MarkingChange,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  const form = new FormData();
  form.append('file', file, file.name);
  const options = { params: { query: importQuery(marking) }, fetch: sendWithProgress(form, onProgress) };
  switch (kind) {
    case 'declarations':
      return { kind, summary: await unwrap(api.POST(ROUTES.declarations, options)) };
    case 'permits':
    case 'locations':
      return { kind, summary: await unwrap(api.POST(ROUTES[kind], options)) };
    case 'epcis':
      return { kind, summary: await unwrap(api.POST(ROUTES.epcis, options)) };
    case 'incidents':
      return { kind, summary: await unwrap(api.POST(ROUTES.incidents, options)) };
    case 'fieldReports':
      return { kind, summary: await unwrap(api.POST(ROUTES.fieldReports, options)) };
  }
}
