import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canSee, combineMarkings, isWidening, TLP_LEVELS, type Marking } from './marking.ts';

const NATIONS = ['MEX', 'USA', 'CAN', 'GTM'];
const AGENCIES = ['MX-ANAM', 'MX-CNI', 'US-DEA', 'CA-RCMP', 'GT-SAT'];
const agency = fc.constantFrom(...AGENCIES);
const marking: fc.Arbitrary<Marking> = fc.record({
  ownerAgency: agency,
  tlp: fc.constantFrom(...TLP_LEVELS),
  // subarray, not uniqueArray: a unique array longer than its pool never finishes generating
  releasableTo: fc.subarray(NATIONS),
  recipients: fc.subarray(AGENCIES),
});
const nationOf = (a: string) => ({ MX: 'MEX', US: 'USA', CA: 'CAN', GT: 'GTM' })[a.slice(0, 2)]!;
const viewer = agency.map((a) => ({ agency: a, nation: nationOf(a) }));

describe('markings', () => {
  it('amber+strict and red never reach an agency that is not a named recipient or the owner', () => {
    fc.assert(
      fc.property(marking, viewer, (m, v) => {
        if ((m.tlp === 'red' || m.tlp === 'amber+strict') && canSee(v, m)) {
          expect(v.agency === m.ownerAgency || m.recipients.includes(v.agency)).toBe(true);
        }
      }),
    );
  });

  it('a combined marking is never visible to someone who cannot see every input', () => {
    fc.assert(
      fc.property(fc.array(marking, { minLength: 1, maxLength: 4 }), viewer, viewer, (inputs, owner, v) => {
        // a derived record is made from inputs its owner can see, as stored (owner's nation releasable)
        const stored = inputs.map((m) => ({
          ...m,
          releasableTo: [...new Set([...m.releasableTo, nationOf(m.ownerAgency)])],
        }));
        fc.pre(stored.every((m) => canSee(owner, m)));
        const combined = combineMarkings(owner, stored);
        if (canSee(v, combined) && v.agency !== owner.agency) {
          for (const input of stored) expect(canSee(v, input)).toBe(true);
        }
      }),
    );
  });

  it('a change that is not widening never lets a new viewer in', () => {
    fc.assert(
      fc.property(marking, marking, viewer, (a, b, v) => {
        const next = { ...b, ownerAgency: a.ownerAgency };
        if (!isWidening(a, next) && canSee(v, next)) expect(canSee(v, a)).toBe(true);
      }),
    );
  });
});
