import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEpcisDocument } from './validate.ts';

const CONFORMANCE = join(import.meta.dirname, '../../fixtures/conformance/epcis');

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, accept);
    return accept(name) ? [path] : [];
  });
}

const validExamples = filesUnder(join(CONFORMANCE, 'gs1/JSON'), (n) => /\.jsonld?$/.test(n));
const invalidDocuments = filesUnder(join(CONFORMANCE, 'openepcis-invalid'), (n) => n.endsWith('.json'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('validateEpcisDocument against the GS1 conformance corpus', () => {
  it('finds the whole corpus', () => {
    expect(validExamples).toHaveLength(47);
    expect(invalidDocuments).toHaveLength(15);
  });

  it.each(validExamples.map((p) => [p.slice(CONFORMANCE.length), p]))('accepts %s', (_name, path) => {
    expect(validateEpcisDocument(readJson(path))).toEqual({ ok: true });
  });

  it.each(invalidDocuments.map((p) => [p.slice(CONFORMANCE.length), p]))('rejects %s', (_name, path) => {
    const result = validateEpcisDocument(readJson(path));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.field).not.toBe('');
  });

  it('names the event and the field of a non-standard bizStep in the second event', () => {
    const path = join(
      CONFORMANCE,
      'openepcis-invalid/ObjectEvent_with_non_standard_bizStep_in_second_event.json',
    );
    const result = validateEpcisDocument(readJson(path));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.eventIndex === 1 && e.field === 'bizStep')).toBe(true);
  });

  it('names the event id and a missing document context', () => {
    const doc = {
      '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2024-01-01T00:00:00Z',
      epcisBody: {
        eventList: [
          {
            type: 'ObjectEvent',
            eventID: 'urn:uuid:0d4a0e52-1f0e-4f4e-9c53-0a1a4a0e0001',
            eventTime: '2024-01-01T00:00:00Z',
            eventTimeZoneOffset: '+00:00',
            action: 'ADD',
            epcList: ['urn:epc:id:sgtin:0614141.107346.2017'],
            bizStep: 'teleporting',
          },
        ],
      },
    };
    const result = validateEpcisDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        eventIndex: 0,
        eventId: 'urn:uuid:0d4a0e52-1f0e-4f4e-9c53-0a1a4a0e0001',
        field: 'bizStep',
      });
    const { ['@context']: _context, ...withoutContext } = doc;
    const second = validateEpcisDocument(withoutContext);
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.errors).toContainEqual(expect.objectContaining({ eventIndex: null, field: '@context' }));
  });
});
