/**
 * Centinela's own STIX extension-definitions: property extensions that carry what an incident and a field report
 * hold beyond STIX (so a receiver stores the record whole), a new SCO for what a field report observed, and new
 * SDOs for consignments, findings and leads. Each is published in every bundle with its JSON Schema as the
 * `schema` text (the files are src/federation/schemas/*.json), created by the Centinela project identity.
 */
import { readFileSync } from 'node:fs';
import { stixId, type StixObject } from './stix.ts';

export const EXTENSION_NAMES = [
  'incident',
  'field-report',
  'observation',
  'consignment',
  'finding',
  'lead',
] as const;
export type ExtensionName = (typeof EXTENSION_NAMES)[number];

const TYPES: Record<ExtensionName, string> = {
  incident: 'property-extension',
  'field-report': 'property-extension',
  observation: 'new-sco',
  consignment: 'new-sdo',
  finding: 'new-sdo',
  lead: 'new-sdo',
};

const DESCRIPTIONS: Record<ExtensionName, string> = {
  incident: 'A Centinela incident (seizure, stopped shipment, dismantled lab…) on a STIX incident',
  'field-report': 'A Centinela field report on a STIX sighting: Admiralty grading, indicators, position',
  observation: 'What a field report observed on the ground or from the air (a new SCO)',
  consignment: 'A consignment (bill of lading) followed from port to consignee (a new SDO)',
  finding: 'A diversion finding on a consignment, with its evidence (a new SDO)',
  lead: 'A ranked lead: a place where production is suspected (a new SDO)',
};

/** The Centinela project, creator of its extension definitions. */
export const CENTINELA_IDENTITY_ID = stixId('identity', 'project', 'centinela');
const DEFINED = '2026-12-07T00:00:00.000Z';

export function extensionId(name: ExtensionName): string {
  return stixId('extension-definition', 'extension', name);
}

/** The STIX type of a new object an extension defines. */
export function extensionType(name: 'observation' | 'consignment' | 'finding' | 'lead'): string {
  return `x-centinela-${name}`;
}

const schemaText = new Map<ExtensionName, string>();

/** The JSON Schema of an extension, as published (compact JSON text). */
export function extensionSchema(name: ExtensionName): string {
  let text = schemaText.get(name);
  if (!text) {
    const file = new URL(`./schemas/${name}.json`, import.meta.url);
    text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    schemaText.set(name, text);
  }
  return text;
}

/** The Centinela project identity and its extension definitions, marked with the refs given. */
export function extensionDefinitions(markingRefs: string[]): StixObject[] {
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: CENTINELA_IDENTITY_ID,
    created: DEFINED,
    modified: DEFINED,
    name: 'Centinela',
    identity_class: 'system',
    object_marking_refs: markingRefs,
  };
  return [
    identity,
    ...EXTENSION_NAMES.map((name) => ({
      type: 'extension-definition',
      spec_version: '2.1',
      id: extensionId(name),
      created: DEFINED,
      modified: DEFINED,
      created_by_ref: CENTINELA_IDENTITY_ID,
      name: `centinela-${name}`,
      description: DESCRIPTIONS[name],
      schema: extensionSchema(name),
      version: '1.0.0',
      extension_types: [TYPES[name]],
      object_marking_refs: markingRefs,
    })),
  ];
}
