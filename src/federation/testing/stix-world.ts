/**
 * The received world the STIX import and the shared view's tests both build (import.test.ts, shared.test.ts): the
 * identity of MEX's customs agency as a peer sends it, a report of that agency, and a bundle of them.
 */
import { markingRefs } from '../markings.ts';
import type { StixObject } from '../stix.ts';

export const MEX_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: 'identity--8c6af861-7b20-41ef-9b59-6344fd872a8f',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'Agencia Nacional de Aduanas',
  identity_class: 'organization',
  x_centinela_agency: 'MX-ANAM',
  x_centinela_nation: 'MEX',
};

/** A report created by MX-ANAM, about its own identity, at this version and under these marking refs. */
export const mexReport = (id: string, modified: string, refs: string[], name = 'Routes'): StixObject => ({
  type: 'report',
  spec_version: '2.1',
  id,
  created: '2026-03-01T00:00:00.000Z',
  modified,
  created_by_ref: MEX_IDENTITY.id,
  name,
  published: '2026-03-01T00:00:00.000Z',
  object_refs: [MEX_IDENTITY.id],
  object_marking_refs: refs,
});

export const bundleOf = (...objects: StixObject[]): string =>
  JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects });

/** MX-ANAM's report `id` released green to the USA, whole (definitions and identity), at this version. */
export function greenReportBundle(id: string, modified: string): string {
  const { refs, definitions } = markingRefs({
    ownerAgency: 'MX-ANAM',
    tlp: 'green',
    releasableTo: ['MEX', 'USA'],
    recipients: [],
  });
  return bundleOf(...definitions, MEX_IDENTITY, mexReport(id, modified, refs));
}
