/**
 * The STIX 2.1 vocabulary Centinela writes and reads: the object shape, the fixed OASIS ids (TLP 2.0, the ACS 3.0
 * marking extension, the Incident Core extension) and Centinela's deterministic ids. Pure: no I/O.
 */
import { createHash } from 'node:crypto';

/** A STIX object as JSON: the common properties typed, the rest open (custom and type-specific properties). */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: string;
  modified?: string;
  created_by_ref?: string;
  object_marking_refs?: string[];
  extensions?: Record<string, Record<string, unknown>>;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/**
 * The namespace of every id Centinela derives (UUIDv5 of a record's own key): a re-export of the same record gives
 * the same id, so a receiver recognises it (idempotent by id and `modified`).
 */
export const CENTINELA_NAMESPACE = '0f8a6c2e-7d3b-4e51-9a40-6b1c2d3e4f50';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 4122 UUID version 5 (SHA-1 of namespace and name). */
export function uuidv5(name: string, namespace: string = CENTINELA_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.concat([uuidBytes(namespace), Buffer.from(name, 'utf8')]))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The STIX id of a Centinela record: `<type>--UUIDv5(namespace, "<kind>:<record key>")`. */
export function stixId(type: string, kind: string, key: string): string {
  return `${type}--${uuidv5(`${kind}:${key}`)}`;
}

/** The UUID part of a STIX id. */
export function uuidOf(id: string): string {
  return id.slice(id.indexOf('--') + 2);
}

/** A STIX timestamp: UTC, millisecond precision. */
export function timestamp(value: string | Date): string {
  return new Date(value).toISOString();
}

/** The OASIS TLP 2.0 marking-definition ids (extension-definition--60a3c5c5-…), in Centinela's TLP order. */
export const TLP2_IDS = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
} as const;

/** The TLP 1.0 ids predefined in STIX 2.1: read on import (WHITE is TLP 2.0's CLEAR), never written. */
export const TLP1_IDS = {
  clear: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;

export const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** The OASIS ACS 3.0 marking extension: Centinela's releasability marking uses its shape. */
export const ACS_EXTENSION = 'extension-definition--3a65884d-005a-4290-8335-cb2d778a83ce';
/** The OASIS Incident Core extension (cti-stix-common-objects, `incident-core`). */
export const INCIDENT_CORE_EXTENSION = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

/** Where Centinela's extension schemas are published (the files are in src/federation/schemas/). */
export const SCHEMA_BASE = 'https://centinela.example/stix/schemas/';
