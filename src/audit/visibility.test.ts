import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';
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
 * A derived record (a finding, as the analysis stores it): marked by its inputs, read by its `viewers` — the
 * agencies of the class that derived it, which need not be every agency its marking allows.
 */
const derivedArb = fc.record({ marking: markingArb, viewers: fc.subarray(agencyCodes) });

/**
 * An entry: who acted, and the records it names — contributed ones (`named`) and derived ones (`derived`,
 * findings with random viewers) — each of which that actor could see (as in real use: it reads a derived
 * record only as one of its viewers); or (`system`) one no agency acted in — a failed login by an unknown
 * name, a command as the schema owner.
 */
const entryArb = fc
  .record({
    actor: fc.constantFrom(...agencyCodes),
    named: fc.array(markingArb, { maxLength: 3 }),
    derived: fc.array(derivedArb, { maxLength: 2 }),
    system: fc.nat({ max: 4 }).map((n) => n === 0),
  })
  .map(({ actor, named, derived, system }) => {
    const sees = (m: Marking) => canSee({ agency: actor, nation: AGENCIES[actor] }, m);
    return {
      actor,
      system,
      named: system ? [] : named.filter(sees),
      derived: system
        ? []
        : derived
            .filter((d) => sees(d.marking))
            .map((d) => ({ ...d, viewers: [...new Set([...d.viewers, actor])].sort() })),
    };
  });

/** Stores the trail's derived records as findings (as the analysis would), each with its id. */
async function storeDerived(
  db: Database,
  trail: readonly { derived: readonly { marking: Marking; viewers: readonly string[] }[] }[],
): Promise<string[][]> {
  return db.asOwner(async (tx) => {
    const ids: string[][] = [];
    for (const entry of trail) {
      const mine: string[] = [];
      for (const { marking, viewers } of entry.derived) {
        const id = randomUUID();
        await tx.query(
          `insert into findings (id, owner_agency, tlp, releasable_to, recipients, bill_of_lading, kind, severity,
             evidence, explanation_en, explanation_es, computed_at, viewers)
           values ($1, $2, $3, $4, $5, $6, 'dwell', 'medium', '{}', 'x', 'x', now(), $7)`,
          [
            id,
            marking.ownerAgency,
            marking.tlp,
            marking.releasableTo,
            marking.recipients,
            `BOL-${id}`,
            viewers,
          ],
        );
        mine.push(id);
      }
      ids.push(mine);
    }
    return ids;
  });
}

describeEachEngine('audit entries under markings', (getDb) => {
  it('each auditor reads exactly the entries the visibility rule allows on their markings and derived records’ viewers, as its agency’s whole chain', async () => {
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
        const derivedIds = await storeDerived(db, trail);
        for (const [i, entry] of trail.entries()) {
          if (entry.system) {
            await db.asOwner((tx) =>
              recordAudit(tx, { requestId: `${tag}${i}` }, { action: 'login_failed', detail: { i } }),
            );
            continue;
          }
          const actor = { ...people.analysts[entry.actor], requestId: `${tag}${i}` };
          // The derived records' viewers are looked up by their ids, as the actor reads them.
          await db.asUser(actor, (tx) =>
            recordAudit(tx, actor, {
              action: 'read',
              table: entry.derived.length > 0 ? 'findings' : 'reports',
              ids: derivedIds[i],
              markings: [...entry.named, ...entry.derived.map((d) => d.marking)],
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
            if (entry.system) return [];
            const marking = auditMarking({ agency: entry.actor, nation: AGENCIES[entry.actor] }, [
              ...entry.named,
              ...entry.derived.map((d) => d.marking),
            ]);
            const readsDerived = entry.derived.every((d) => d.viewers.includes(agency));
            return marking && canSee(viewer, marking) && readsDerived ? [i] : [];
          });
          expect(seen).toEqual(allowed);
          // The auditor reads its agency's chain whole: positions 1 to its head, one link per entry it reads and
          // none of another agency — so the positions and hashes it sees count and link only entries it may read.
          // Entries are stored once (0594); the operator's chain (entries no agency acted in) it never reads.
          const links = await db.asUser(auditor, (tx) =>
            tx.query<{ agency: string; position: number; named: boolean }>(
              `select l.agency, l.position::int as position,
                      exists (select 1 from audit_log a where a.entry = l.entry) as named
               from audit_links l order by l.position`,
            ),
          );
          expect(links.rows.map((l) => l.position)).toEqual(links.rows.map((_, k) => k + 1));
          expect(links.rows.every((l) => l.agency === agency && l.named)).toBe(true);
          // (earlier runs of the property add to the same trail: every entry it reads, not only this run's)
          const chains = await db.asUser(auditor, (tx) =>
            tx.query<{ chain: string; n: number }>(
              'select chain, count(*)::int as n from audit_log group by chain',
            ),
          );
          expect(chains.rows.map((c) => c.chain)).not.toContain(OPERATOR_CHAIN);
          expect(links.rows.length).toBe(chains.rows.find((c) => c.chain === 'linked')?.n ?? 0);
          for (const i of seen) {
            // Never more than the records: whoever reads the entry may read every record it names, derived
            // ones as one of their viewers…
            expect(trail[i]!.named.every((m) => canSee(viewer, m))).toBe(true);
            expect(
              trail[i]!.derived.every((d) => canSee(viewer, d.marking) && d.viewers.includes(agency)),
            ).toBe(true);
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
