import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';
import type { Actor } from '../identity/actor.ts';
import { canSee, TLP_LEVELS, type Marking } from '../markings/marking.ts';
import { recordAudit } from './audit.ts';
import { auditMarking } from './marking.ts';
import { sequenceAudit } from './sequencer.ts';

const AGENCIES = { 'MX-ANAM': 'MEX', 'MX-CNI': 'MEX', 'US-DEA': 'USA', 'US-HSI': 'USA' } as const;
type Agency = keyof typeof AGENCIES;
const agencyCodes = Object.keys(AGENCIES) as Agency[];

const markingArb: fc.Arbitrary<Marking> = fc
  .record({
    ownerAgency: fc.constantFrom(...agencyCodes),
    tlp: fc.constantFrom(...TLP_LEVELS),
    partner: fc.boolean(),
    recipients: fc.subarray(agencyCodes),
  })
  .map(({ ownerAgency, tlp, partner, recipients }) => ({
    ownerAgency,
    tlp,
    releasableTo: partner ? ['MEX', 'USA'] : [AGENCIES[ownerAgency]],
    recipients: [...recipients].sort(),
  }));

/** An entry: who acted, and the records it names, each of which that actor could see (as in real use). */
const entryArb = fc
  .record({ actor: fc.constantFrom(...agencyCodes), named: fc.array(markingArb, { maxLength: 3 }) })
  .map(({ actor, named }) => ({
    actor,
    named: named.filter((m) => canSee({ agency: actor, nation: AGENCIES[actor] }, m)),
  }));

describeEachEngine('audit entries under markings', (getDb) => {
  it('each auditor reads exactly the entries the visibility rule allows on their markings', async () => {
    const db = getDb();
    const people = await db.asOwner(async (tx) => {
      await makeNation(tx, 'MEX');
      await makeNation(tx, 'USA');
      const analysts = {} as Record<Agency, Actor>;
      const auditors = {} as Record<Agency, Actor>;
      for (const agency of agencyCodes) {
        await makeAgency(tx, AGENCIES[agency], agency);
        analysts[agency] = await makeUser(tx, agency, ['analyst']);
        auditors[agency] = await makeUser(tx, agency, ['auditor']);
      }
      return { analysts, auditors };
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { minLength: 1, maxLength: 8 }), async (trail) => {
        run += 1;
        const tag = `run-${run}-`;
        for (const [i, entry] of trail.entries()) {
          const actor = { ...people.analysts[entry.actor], requestId: `${tag}${i}` };
          await db.asUser(actor, (tx) =>
            recordAudit(tx, actor, {
              action: 'read',
              table: 'reports',
              markings: entry.named,
              detail: { i },
            }),
          );
        }
        await sequenceAudit(db);
        for (const agency of agencyCodes) {
          const auditor = people.auditors[agency];
          const viewer = { agency, nation: AGENCIES[agency] };
          const { rows } = await db.asUser(auditor, (tx) =>
            tx.query<{ request_id: string }>('select request_id from audit_log where request_id like $1', [
              `${tag}%`,
            ]),
          );
          const seen = rows.map((r) => Number(r.request_id.slice(tag.length))).sort((a, b) => a - b);
          const allowed = trail.flatMap((entry, i) => {
            const marking = auditMarking({ agency: entry.actor, nation: AGENCIES[entry.actor] }, entry.named);
            return marking && canSee(viewer, marking) ? [i] : [];
          });
          expect(seen).toEqual(allowed);
          for (const i of seen) {
            // Never more than the records: whoever reads the entry may read every record it names…
            expect(trail[i]!.named.every((m) => canSee(viewer, m))).toBe(true);
          }
          for (const [i, entry] of trail.entries()) {
            // …and the acting agency's auditors always read their own agency's acts.
            if (entry.actor === agency) expect(seen).toContain(i);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
