/** The sharing calls (web/src/sharing, the admin's peers section), typed like every other call (http.ts). */
import { api, unwrap } from './http.ts';
import type { MarkingChange, ReleaseRequest } from './types.ts';

type Records = ReleaseRequest['records'];
type Change = Omit<ReleaseRequest, 'records' | 'justification'>;

export const previewRelease = (records: Records, change: Change) =>
  unwrap(api.POST('/api/markings/batch/preview', { body: { records, ...change } }));
export const releaseRecords = (records: Records, change: Change, justification: string) =>
  unwrap(api.POST('/api/markings/batch', { body: { records, ...change, justification } }));

export const fetchReleases = (limit: number, offset: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/markings/releases', { params: { query: { limit, offset } }, signal }));
export const fetchReceived = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/federation/received', { signal }));
export const fetchSyncStatus = (signal?: AbortSignal) => unwrap(api.GET('/api/federation/sync', { signal }));
export const fetchReceivedRecord = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/federation/received/{id}', { params: { path: { id } }, signal }));
export const narrowReceivedCopy = (id: string, change: MarkingChange, justification?: string) =>
  unwrap(
    api.PUT('/api/federation/received/{id}/marking', {
      params: { path: { id } },
      body: { ...change, ...(justification ? { justification } : {}) },
    }),
  );

export const fetchPeers = (signal?: AbortSignal) => unwrap(api.GET('/api/peers', { signal }));
export const addPeer = (peer: { agency: string; label?: string; name?: string }) =>
  unwrap(api.POST('/api/peers', { body: peer }));
export const revokePeer = (name: string) =>
  unwrap(api.DELETE('/api/peers/{name}', { params: { path: { name } } }));
/** The records an entity was resolved from (the entity itself is derived: its inputs are what is released). */
export const fetchEntityInputs = (id: string, limit: number, offset: number, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/entities/{id}/inputs', { params: { path: { id }, query: { limit, offset } }, signal }),
  );
