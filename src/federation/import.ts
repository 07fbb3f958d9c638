/**
 * `centinela import stix FILE`: a bundle from another instance, stored as received. The plan (plan.ts) is made
 * as the importer, under row-level security, and audited; the objects are then stored in the system step of the
 * same transaction, because what is received is owned by its originating agency, not by the importer (the
 * application role may insert only rows its own agency owns). Idempotent by id and `modified`: a version held
 * already, or an older one, changes nothing. The one path of everything received: a file, a sync's pull, and a
 * peer's push through the TAXII inbox (`view: 'instance'`, inbox.ts).
 */
import { recordAudit } from '../audit/index.ts';
import {
  agenciesWithLocalUsers,
  listAgencies,
  listNations,
  upsertAgency,
  upsertNation,
} from '../identity/index.ts';
import { upsertFieldReports, upsertIncidents } from '../incidents/index.ts';
import { upsertReceivedReport } from '../reports/index.ts';
import { AppError } from '../errors/app-error.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import { TLP_LEVELS, type Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { BundleError, parseBundle, type ObjectError, type ParsedBundle } from './parse.ts';
import { planImport, type ImportView, type PlannedObject, type Skipped } from './plan.ts';
import { storedVersions, upsertReceived } from './received.repository.ts';
import { uuidOf } from './stix.ts';

export interface StixImportSummary {
  objects: number;
  imported: number;
  updated: number;
  /** Versions held already, or older than the one held. */
  unchanged: number;
  /** Of those, held under a wider marking than the one sent now: narrowed to it (never widened). */
  narrowed: number;
  /** Marking definitions, agency identities and Centinela's extension definitions: read, not stored. */
  definitions: number;
  skipped: Skipped[];
  rejected: number;
  errors: ObjectError[];
}

/** The record of its type a received object also becomes; its id (null when it becomes none). */
async function storeRecord(
  tx: Tx,
  actor: Actor,
  p: PlannedObject,
  held: string | null,
): Promise<string | null> {
  const record = p.record;
  if (!record) return null;
  if (record.table === 'reports') {
    const id = held ?? uuidOf(p.object.id);
    const createdAt = String(p.object.published ?? p.object.created ?? new Date().toISOString());
    await upsertReceivedReport(tx, {
      id,
      title: record.title,
      body: record.body,
      marking: p.marking,
      createdAt,
    });
    return id;
  }
  if (record.table === 'incidents') {
    const r = record.row;
    const done = await upsertIncidents(
      tx,
      [
        {
          ...r,
          place: r.place ?? null,
          substance_cas: r.substance_cas ?? null,
          substance_name: r.substance_name ?? null,
          quantity_kg: r.quantity_kg ?? null,
          bill_of_lading: r.bill_of_lading ?? null,
          container_no: r.container_no ?? null,
          placedBy: 'coordinates',
        },
      ],
      p.marking,
      actor.userId,
    );
    return done.inserted[0] ?? done.updated[0] ?? held;
  }
  const r = record.row;
  const done = await upsertFieldReports(
    tx,
    [{ ...r, place: r.place ?? null, placedBy: 'coordinates' }],
    p.marking,
    actor.userId,
  );
  return done.inserted[0] ?? done.updated[0] ?? held;
}

/**
 * The held marking narrowed by the one sent now (the stricter TLP, the common nations and recipients), or null.
 * Recipients restrict only above amber (a spreading level reaches every agency of a releasable nation): green
 * narrowed to red naming US-DEA keeps US-DEA, not the empty intersection with green's (irrelevant) recipients.
 */
function narrowedBy(held: Marking, sent: Marking): Marking | null {
  const level = (m: Marking) => TLP_LEVELS.indexOf(m.tlp);
  const spreads = (m: Marking) => level(m) <= TLP_LEVELS.indexOf('amber');
  const common = held.recipients.filter((r) => sent.recipients.includes(r));
  const next: Marking = {
    ownerAgency: held.ownerAgency,
    tlp: level(sent) > level(held) ? sent.tlp : held.tlp,
    releasableTo: held.releasableTo.filter((n) => sent.releasableTo.includes(n)),
    recipients:
      spreads(held) && !spreads(sent)
        ? [...sent.recipients]
        : !spreads(held) && spreads(sent)
          ? [...held.recipients]
          : common,
  };
  const same =
    next.tlp === held.tlp &&
    next.releasableTo.length === held.releasableTo.length &&
    next.recipients.length === held.recipients.length;
  return same ? null : next;
}

export interface ImportOptions {
  /** The collection the bundle was pulled from (a sync): what a later sync withdraws when it is no longer sent. */
  source?: string | undefined;
  /**
   * Whose view decides what is received (plan.ts, `ImportView`): the importing user's (a file, a sync), or this
   * instance's for a peer's push (the importer is then the peer's machine account).
   */
  view?: ImportView['kind'];
  /** Run at the end of the system step, in the same transaction (the push's status resource and audit). */
  finish?: (tx: Tx, summary: StixImportSummary) => Promise<void>;
}

export async function importStix(
  db: Database,
  actor: Actor,
  text: string,
  options: ImportOptions = {},
): Promise<StixImportSummary> {
  let parsed;
  try {
    parsed = parseBundle(text);
  } catch (e) {
    if (e instanceof BundleError)
      throw new AppError('VALIDATION_FAILED', { field: 'file', detail: e.message });
    throw e;
  }
  return importBundle(db, actor, parsed, options);
}

export async function importBundle(
  db: Database,
  actor: Actor,
  parsed: ParsedBundle,
  options: ImportOptions = {},
): Promise<StixImportSummary> {
  const instanceView = options.view === 'instance';
  if (instanceView ? !actor.peer : !hasRole(actor, 'analyst', 'commander'))
    throw new AppError('FORBIDDEN', {
      detail: instanceView
        ? "a peer instance's account pushes to this instance"
        : 'analysts and commanders import intelligence',
    });
  return db.asUserThenOwner(
    actor,
    async (tx) => {
      const nations = await listNations(tx);
      const agencies = await listAgencies(tx);
      const nationOf = new Map(agencies.map((a) => [a.code, a.nation]));
      const localAgencies = await agenciesWithLocalUsers(tx);
      // this instance's view: every agency with accounts of its own here (a peer's machine account aside)
      const view: ImportView = instanceView
        ? {
            kind: 'instance',
            readers: localAgencies.map((agency) => ({ agency, nation: nationOf.get(agency) ?? '' })),
          }
        : { kind: 'importer' };
      const plan = planImport(
        parsed,
        actor,
        {
          nations: new Set(nations.map((n) => n.code)),
          agencies: nationOf,
          localAgencies: new Set(localAgencies),
        },
        view,
      );
      await recordAudit(tx, actor, {
        action: 'import',
        table: 'stix_objects',
        detail: {
          bundle: parsed.id,
          objects: plan.objects.length,
          skipped: plan.skipped.length,
          rejected: plan.errors.length,
          agencies: plan.newAgencies.map((a) => a.code),
          ...(instanceView ? { view: 'instance' } : {}),
        },
      });
      return { plan, nations: new Set(nations.map((n) => n.code)) };
    },
    async (tx, { plan, nations }) => {
      for (const agency of plan.newAgencies) {
        if (!nations.has(agency.nation)) {
          await upsertNation(tx, { code: agency.nation, nameEn: agency.nation, nameEs: agency.nation });
          nations.add(agency.nation);
        }
        await upsertAgency(tx, agency);
      }
      const held = await storedVersions(
        tx,
        plan.objects.map((p) => p.object.id),
      );
      const summary: StixImportSummary = {
        objects: parsed.objects.length + parsed.errors.length,
        imported: 0,
        updated: 0,
        unchanged: 0,
        narrowed: 0,
        definitions: plan.definitions,
        skipped: plan.skipped,
        rejected: plan.errors.length,
        errors: plan.errors,
      };
      for (const p of plan.objects) {
        const stored = held.get(p.object.id);
        const modified = p.object.modified ? Date.parse(p.object.modified) : null;
        // a copy the receiver narrowed stays narrowed: a newer version is held no wider than it (0739)
        const capped = stored?.narrowed
          ? narrowedBy(p.marking, { ownerAgency: p.marking.ownerAgency, ...stored.narrowed })
          : null;
        let planned = capped ? { ...p, marking: capped } : p;
        let narrowedOnly = false;
        if (stored && (modified === null || (stored.modified && Date.parse(stored.modified) >= modified))) {
          summary.unchanged++;
          // the same version re-sent under a narrower marking narrows what is held (a wider one widens nothing)
          const sameVersion = modified === null || Date.parse(stored.modified ?? '') === modified;
          const narrowed = sameVersion ? narrowedBy(stored.marking, p.marking) : null;
          if (!narrowed) continue;
          summary.narrowed++;
          narrowedOnly = true;
          planned = { ...p, marking: narrowed };
        }
        const recordId = await storeRecord(tx, actor, planned, stored?.recordId ?? null);
        await upsertReceived(tx, {
          object: planned.object,
          marking: planned.marking,
          recordTable: p.record?.table ?? null,
          recordId,
          receivedBy: actor.userId,
          source: options.source ?? null,
        });
        if (narrowedOnly) {
          held.set(p.object.id, { ...stored!, marking: planned.marking });
          continue;
        }
        if (stored) summary.updated++;
        else summary.imported++;
        held.set(p.object.id, {
          modified: p.object.modified ?? null,
          recordId,
          marking: planned.marking,
          narrowed: stored?.narrowed ?? null,
        });
      }
      await options.finish?.(tx, summary);
      return summary;
    },
  );
}
