import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';
import type { Actor } from '../identity/actor.ts';
import { canSee, TLP_LEVELS, type Marking } from '../markings/marking.ts';
import { recordAudit } from './audit.ts';
import { auditMarking } from './marking.ts';
import { sequenceAudit } from './sequencer.ts';
import { OPERATOR_CHAIN } from './chains.ts';

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

/**
 * An entry: who acted, and the records it names, each of which that actor could see (as in real use); or
 * (`system`) one no agency acted in — a failed login by an unknown name, a command as the schema owner.
 */
const entryArb = fc
  .record({
    actor: fc.constantFrom(...agencyCodes),
    named: fc.array(markingArb, { maxLength: 3 }),
    system: fc.nat({ max: 4 }).map((n) => n === 0),
  })
  .map(({ actor, named, system }) => ({
    actor,
    system,
    named: system ? [] : named.filter((m) => canSee({ agency: actor, nation: AGENCIES[actor] }, m)),
  }));

describeEachEngine('audit entries under markings', (getDb) => {
  it('each auditor reads exactly the entries the visibility rule allows on their markings, as whole chains of its classes', async () => {
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
          if (entry.system) {
            await db.asOwner((tx) =>
              recordAudit(tx, { requestId: `${tag}${i}` }, { action: 'login_failed', detail: { i } }),
            );
            continue;
          }
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
        const everyChain = await db.asOwner((tx) =>
          tx.query<{ chain: string; n: number }>(
            'select chain, count(*)::int as n from audit_log group by chain order by chain',
          ),
        );
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
            if (entry.system) return [];
            const marking = auditMarking({ agency: entry.actor, nation: AGENCIES[entry.actor] }, entry.named);
            return marking && canSee(viewer, marking) ? [i] : [];
          });
          expect(seen).toEqual(allowed);
          // The auditor reads whole chains: each one it reads any entry of, it reads from position 1 to its head,
          // and it is the chain of a class its agency belongs to — so the positions and hashes it sees count and
          // link only entries it may read. The operator's chain (entries no agency acted in) it never reads.
          const chains = await db.asUser(auditor, (tx) =>
            tx.query<{ chain: string; positions: number[]; viewers: string[] }>(
              `select chain, array_agg(chain_seq::int order by chain_seq) as positions, min(viewers) as viewers
               from audit_log group by chain order by chain`,
            ),
          );
          for (const { chain, positions, viewers } of chains.rows) {
            expect(positions).toEqual(positions.map((_, k) => k + 1));
            expect(positions.length).toBe(everyChain.rows.find((c) => c.chain === chain)?.n);
            expect(viewers).toContain(agency);
            expect(chain).toBe(viewers.join(','));
            expect(chain).not.toBe(OPERATOR_CHAIN);
          }
          for (const i of seen) {
            // Never more than the records: whoever reads the entry may read every record it names…
            expect(trail[i]!.named.every((m) => canSee(viewer, m))).toBe(true);
          }
          for (const [i, entry] of trail.entries()) {
            // …and the acting agency's auditors always read their own agency's acts.
            if (!entry.system && entry.actor === agency) expect(seen).toContain(i);
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
