/**
 * Resolution over the stored records: extract party records from the sources, resolve them with
 * the analysts' decisions, store entities, members and the links that explain them.
 *
 * A system task (it reads every agency's records as the schema owner), run once per visibility class
 * (src/resolution/visibility-classes.ts): each class's entities are computed from the records and
 * decisions that class sees, and stored for its agencies only. So what an agency reads of entities
 * (members, links, names, counts, ids, networks) is what it would read if the database held only
 * what it may see: a hidden record never joins two visible ones, a decision it cannot see never
 * regroups its records, and the model (m/u) is trained on its records only.
 */
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings, type Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { AppError } from '../errors/app-error.ts';
import { prepareRecord, type PreparedRecord } from './prepare.ts';
import { extractParties } from './extract.repository.ts';
import { Resolver, type ResolutionDecision, type ResolvedEntity } from './resolver.ts';
import type { FellegiSunterModel } from './fellegi-sunter.ts';
import type { PartyFields } from './party.ts';
import { newEntityIdKey, opaqueEntityId, partyRecordId } from './entity-id.ts';
import { visibilityClasses, type VisibilityClass } from './visibility-classes.ts';
import {
  agencyNations,
  entityIdKey,
  insertEntities,
  insertMembers,
  insertPartyRecords,
  latestModels,
  mergeEntityInto,
  storedAssignments,
  storedPartyIds,
  type ExtractedParty,
  type StoredParty,
  listDecisions,
  recordRun,
  replacePartyRecords,
  type NormalisedKeys,
  type StoredDecision,
  type StoredLink,
} from './repository.ts';
import { visibleMembers, type VisibleMember } from './reads.repository.ts';

export interface ResolutionSummary {
  records: number;
  /** Visibility classes resolved (agencies that see the same records and decisions share one). */
  classes: number;
  /** Entities stored, over all classes (one company is one entity in each class that sees it). */
  entities: number;
  candidatePairs: number;
  seconds: number;
}

function keysOf(record: PreparedRecord): NormalisedKeys {
  const address = record.address;
  const addressKey =
    address?.street && (address.postalCode || address.municipality)
      ? [
          address.street,
          address.exteriorNumber ?? '',
          address.interiorNumber ?? '',
          address.postalCode ?? address.municipality,
        ].join('|')
      : null;
  return {
    nameCore: record.name.core,
    rfcNorm: record.rfc.value,
    rfcWarnings: record.rfc.warnings,
    addressKey,
    phoneNorm: record.phone,
  };
}

const toResolutionDecision = (d: StoredDecision): ResolutionDecision => ({
  id: d.id,
  kind: d.kind,
  recordIds: d.recordIds,
  otherRecordIds: d.otherRecordIds,
});

/** What resolution reads, as the schema owner: every party, decision and agency, and the id key. */
async function inputs(tx: Tx) {
  const parties = await extractParties(tx);
  const decisions = await listDecisions(tx);
  const agencies = await agencyNations(tx);
  const key = await entityIdKey(tx, newEntityIdKey);
  const classes = visibilityClasses(
    agencies,
    parties.map((p) => p.marking),
    decisions.map((d) => d.marking),
  );
  return {
    parties,
    decisions,
    classes,
    key,
    nations: new Map(agencies.map((a) => [a.code, a.nation])),
  };
}

const classKey = (viewers: readonly string[]) => viewers.join(',');

/** A link is owned by the owner of its first record and is no wider than either record. */
function linkMarking(a: Marking, b: Marking, nations: Map<string, string>): Marking {
  return combineMarkings({ agency: a.ownerAgency, nation: nations.get(a.ownerAgency) ?? '' }, [a, b]);
}

/** The stored links that explain an entity's members (optionally only those touching `only`). */
function linksOf(
  entity: ResolvedEntity,
  byRecordId: Map<string, StoredParty>,
  nations: Map<string, string>,
  only?: ReadonlySet<string>,
): StoredLink[] {
  const links: StoredLink[] = [];
  for (const explanation of entity.explanations) {
    if (!explanation.linkedTo || !explanation.reason) continue;
    if (only && !only.has(explanation.recordId) && !only.has(explanation.linkedTo)) continue;
    const a = byRecordId.get(explanation.recordId)!;
    const b = byRecordId.get(explanation.linkedTo)!;
    links.push({
      entityId: entity.entityId,
      recordA: a.id,
      recordB: b.id,
      reason: explanation.reason,
      weight: explanation.score?.weight ?? null,
      probability: explanation.score?.probability ?? null,
      support: explanation.support ?? null,
      fields: explanation.score?.fields ?? [],
      marking: linkMarking(a.marking, b.marking, nations),
    });
  }
  return links;
}

const fieldsOf = (p: ExtractedParty): PartyFields => ({
  recordId: p.recordId,
  source: p.source,
  role: p.role,
  name: p.name,
  rfc: p.rfc,
  address: p.address,
  phone: p.phone,
});

/**
 * Incremental resolution: records extracted since the last run join the stored entities of each
 * class that sees them (or form new ones) with that class's stored model; nothing already resolved
 * is compared again. Falls back to a full run when the classes are not those of the last run (a
 * marking or a decision changed who sees what) or nothing was resolved yet.
 */
export async function resolveIncrementally(db: Database, actor: Actor): Promise<ResolutionSummary> {
  const started = performance.now();
  const { parties, decisions, classes, key, nations, assigned, models, storedIds } = await db.asOwner(
    async (tx) => ({
      ...(await inputs(tx)),
      assigned: await storedAssignments(tx),
      models: await latestModels(tx),
      storedIds: await storedPartyIds(tx),
    }),
  );
  const plans: {
    cls: VisibilityClass;
    known: ExtractedParty[];
    fresh: ExtractedParty[];
    own: Map<string, { id: string; entityId: string }>;
    model: FellegiSunterModel;
  }[] = [];
  for (const cls of classes) {
    const own = assigned.get(classKey(cls.viewers));
    const model = models.get(classKey(cls.viewers)) as FellegiSunterModel | undefined;
    if (!own || !model) return runResolution(db, actor);
    const known: ExtractedParty[] = [];
    const fresh: ExtractedParty[] = [];
    for (const i of cls.records) {
      const party = parties[i]!;
      if (own.has(party.recordId)) known.push(party);
      else if (storedIds.has(party.recordId))
        return runResolution(db, actor); // newly visible to the class
      else fresh.push(party);
    }
    if (own.size !== known.length) return runResolution(db, actor); // no longer visible, or gone
    plans.push({ cls, known, fresh, own, model });
  }
  if (assigned.size !== classes.length) return runResolution(db, actor);
  const freshParties = parties.filter((p) => !storedIds.has(p.recordId));
  if (freshParties.length === 0)
    return { records: 0, classes: classes.length, entities: 0, candidatePairs: 0, seconds: 0 };
  const freshKeys = new Map<string, NormalisedKeys>();
  const results = plans.map((plan) => {
    const resolver = Resolver.restore(
      plan.known.map(fieldsOf),
      plan.known.map((p) => plan.own.get(p.recordId)!.entityId),
      plan.model,
      {
        decisions: plan.cls.decisions.map((i) => toResolutionDecision(decisions[i]!)),
        entityIdOf: (anchor) => opaqueEntityId(key, plan.cls.viewers, anchor),
      },
    );
    const touched = resolver.entities(resolver.add(plan.fresh.map(fieldsOf)));
    plan.fresh.forEach((party, j) => {
      if (!freshKeys.has(party.recordId))
        freshKeys.set(party.recordId, keysOf(resolver.records[plan.known.length + j]!));
    });
    return { plan, touched };
  });
  let entitiesTouched = 0;
  await db.asOwner(async (tx) => {
    const stored = freshParties.map((party) => ({
      ...party,
      id: partyRecordId(key, party.recordId),
      keys: freshKeys.get(party.recordId) ?? keysOf(prepareRecord(fieldsOf(party))),
    }));
    await insertPartyRecords(tx, stored);
    const freshById = new Map<string, StoredParty>(stored.map((p) => [p.recordId, p]));
    for (const { plan, touched } of results) {
      const viewers = plan.cls.viewers;
      const byRecordId = new Map(freshById);
      for (const party of plan.known)
        byRecordId.set(party.recordId, { ...party, id: plan.own.get(party.recordId)!.id });
      const freshIds = new Set(plan.fresh.map((p) => p.recordId));
      const newEntities: { id: string; status: 'resolved'; members: StoredParty[] }[] = [];
      const links: StoredLink[] = [];
      const joined: { id: string; status: 'resolved'; members: StoredParty[] }[] = [];
      for (const entity of touched) {
        const existing = [
          ...new Set(
            entity.members
              .filter((m) => plan.own.has(m.recordId))
              .map((m) => plan.own.get(m.recordId)!.entityId),
          ),
        ].sort();
        const target = existing[0] ?? entity.entityId;
        for (const other of existing.slice(1)) await mergeEntityInto(tx, other, target);
        const members = entity.members
          .filter((m) => freshIds.has(m.recordId))
          .map((m) => byRecordId.get(m.recordId)!);
        if (members.length === 0) continue;
        (existing.length > 0 ? joined : newEntities).push({ id: target, status: 'resolved', members });
        links.push(...linksOf({ ...entity, entityId: target }, byRecordId, nations, freshIds));
      }
      entitiesTouched += touched.length;
      await insertEntities(tx, viewers, newEntities, []);
      await insertMembers(tx, viewers, joined);
      await insertEntities(tx, viewers, [], links);
    }
    await recordAudit(tx, actor, {
      action: 'resolve',
      table: 'entities',
      detail: {
        incremental: true,
        records: freshParties.length,
        classes: classes.length,
        entitiesTouched,
      },
    });
  });
  return {
    records: freshParties.length,
    classes: classes.length,
    entities: entitiesTouched,
    candidatePairs: 0,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** A full run: every class resolved from its own records and decisions, everything stored anew. */
export async function runResolution(db: Database, actor: Actor): Promise<ResolutionSummary> {
  const started = performance.now();
  const { parties, decisions, classes, key, nations } = await db.asOwner(inputs);
  const keys: (NormalisedKeys | undefined)[] = new Array(parties.length);
  const results = classes.map((cls) => {
    const resolver = Resolver.run(
      cls.records.map((i) => fieldsOf(parties[i]!)),
      {
        decisions: cls.decisions.map((i) => toResolutionDecision(decisions[i]!)),
        entityIdOf: (anchor) => opaqueEntityId(key, cls.viewers, anchor),
      },
    );
    cls.records.forEach((i, position) => {
      keys[i] ??= keysOf(resolver.records[position]!);
    });
    return {
      cls,
      entities: resolver.entities(),
      candidatePairs: resolver.stats.candidatePairs,
      model: resolver.stats.model,
    };
  });
  const entityCount = results.reduce((sum, r) => sum + r.entities.length, 0);
  const candidatePairs = results.reduce((sum, r) => sum + r.candidatePairs, 0);
  await db.asOwner(async (tx) => {
    const stored = await replacePartyRecords(
      tx,
      parties.map((party, i) => ({ ...party, keys: keys[i] ?? keysOf(prepareRecord(fieldsOf(party))) })),
      key,
    );
    const byRecordId = new Map(stored.map((party) => [party.recordId, party]));
    for (const { cls, entities, model } of results) {
      const confirmed = cls.decisions.map((i) => decisions[i]!).filter((d) => d.kind === 'confirm');
      const links = entities.flatMap((entity) => linksOf(entity, byRecordId, nations));
      const rows = entities.map((entity) => {
        const ids = new Set(entity.members.map((m) => m.recordId));
        const isConfirmed = confirmed.some(
          (d) => d.recordIds.length > 0 && d.recordIds.every((id) => ids.has(id)),
        );
        return {
          id: entity.entityId,
          status: isConfirmed ? ('confirmed' as const) : ('resolved' as const),
          members: entity.members.map((m) => byRecordId.get(m.recordId)!),
        };
      });
      await insertEntities(tx, cls.viewers, rows, links);
      await recordRun(tx, cls.viewers, cls.records.length, entities.length, model);
    }
    await recordAudit(tx, actor, {
      action: 'resolve',
      table: 'entities',
      detail: { records: parties.length, classes: classes.length, entities: entityCount, candidatePairs },
    });
  });
  return {
    records: parties.length,
    classes: classes.length,
    entities: entityCount,
    candidatePairs,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** The members of an entity the caller can see; an entity with none does not exist for them. */
export async function membersForCaller(tx: Tx, entityId: string): Promise<VisibleMember[]> {
  const members = await visibleMembers(tx, [entityId]);
  if (members.length === 0)
    throw new AppError('NOT_FOUND', {
      field: 'id',
      detail: 'no such entity, or none of its records is visible to you',
    });
  return members;
}
