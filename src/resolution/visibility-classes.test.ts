import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';
import { visibilityClasses, viewersOf } from './visibility-classes.ts';
import { newEntityIdKey, opaqueEntityId } from './entity-id.ts';

const AGENCIES = [
  { code: 'MX-ANAM', nation: 'MEX' },
  { code: 'MX-CNI', nation: 'MEX' },
  { code: 'US-DEA', nation: 'USA' },
  { code: 'US-HSI', nation: 'USA' },
];
const markingArb: fc.Arbitrary<Marking> = fc.record({
  ownerAgency: fc.constantFrom(...AGENCIES.map((a) => a.code)),
  tlp: fc.constantFrom(...TLP_LEVELS),
  releasableTo: fc.subarray(['MEX', 'USA']),
  recipients: fc.subarray(AGENCIES.map((a) => a.code)),
});

describe('visibility classes', () => {
  it('put every agency that sees a record in exactly one class, with exactly what it sees (property)', () => {
    fc.assert(
      fc.property(
        fc.array(markingArb, { maxLength: 25 }),
        fc.array(markingArb, { maxLength: 5 }),
        (records, decisions) => {
          const classes = visibilityClasses(AGENCIES, records, decisions);
          const members = classes.flatMap((c) => c.viewers);
          expect(new Set(members).size).toBe(members.length);
          for (const agency of AGENCIES) {
            const seen = records.flatMap((m, i) =>
              canSee({ agency: agency.code, nation: agency.nation }, m) ? [i] : [],
            );
            const cls = classes.find((c) => c.viewers.includes(agency.code));
            if (seen.length === 0) expect(cls).toBeUndefined();
            else {
              expect(cls!.records).toEqual(seen);
              expect(cls!.decisions).toEqual(
                decisions.flatMap((m, i) =>
                  canSee({ agency: agency.code, nation: agency.nation }, m) ? [i] : [],
                ),
              );
            }
          }
        },
      ),
    );
  });

  it('names the readers of a decision', () => {
    const marking: Marking = { ownerAgency: 'US-DEA', tlp: 'amber', releasableTo: ['USA'], recipients: [] };
    expect(viewersOf(AGENCIES, marking)).toEqual(['US-DEA', 'US-HSI']);
  });
});

describe('entity ids', () => {
  it('are UUIDs keyed by a secret: same key and input, same id; another key or class, another id', () => {
    const key = newEntityIdKey();
    const id = opaqueEntityId(key, ['MX-ANAM', 'MX-CNI'], 'decl:D1:1:importer');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(opaqueEntityId(key, ['MX-CNI', 'MX-ANAM'], 'decl:D1:1:importer')).toBe(id);
    expect(opaqueEntityId(newEntityIdKey(), ['MX-ANAM', 'MX-CNI'], 'decl:D1:1:importer')).not.toBe(id);
    expect(opaqueEntityId(key, ['US-DEA'], 'decl:D1:1:importer')).not.toBe(id);
  });
});
