/**
 * Resolution over the stored records: extract party records from the sources, resolve them with
 * the analysts' decisions, store entities, members and the links that explain them.
 *
 * A system task: resolution must compare records of every agency (a company is one company whoever
 * wrote it down), so it reads and writes as the schema owner. What it stores keeps the markings of
 * the records it came from, and callers only ever read entities through records they may see.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../identity/actor.ts';
import { combineMarkings, type Marking } from '../markings/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { PreparedRecord } from './prepare.ts';
import { extractParties } from './extract.repository.ts';
import { Resolver, entityIdFor, type ResolutionDecision, type ResolvedEntity } from './resolver.ts';
import type { FellegiSunterModel } from './fellegi-sunter.ts';
import type { PartyFields } from './party.ts';
import {
  insertDecision,
  insertEntities,
  insertMembers,
  insertPartyRecords,
  latestModel,
  mergeEntityInto,
  storedAssignments,
  type ExtractedParty,
  type StoredParty,
  listDecisions,
  recordRun,
  replacePartyRecords,
  visibleMembers,
  type NormalisedKeys,
  type StoredLink,
  type VisibleMember,
} from './repository.ts';

export interface ResolutionSummary {
  records: number;
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

async function nationsByAgency(tx: Tx): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ code: string; nation: string }>('select code, nation from agencies');
  return new Map(rows.map((r) => [r.code, r.nation]));
}

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
 * Incremental resolution: records extracted since the last run join the stored entities (or form
 * new ones) with the stored model; nothing already resolved is compared again. Falls back to a full
 * run when nothing was resolved yet.
 */
export async function resolveIncrementally(db: Database, actor: Actor): Promise<ResolutionSummary> {
  const started = performance.now();
  const { parties, decisions, assigned, model } = await db.asOwner(async (tx) => ({
    parties: await extractParties(tx),
    decisions: await listDecisions(tx),
    assigned: await storedAssignments(tx),
    model: (await latestModel(tx)) as FellegiSunterModel | null,
  }));
  if (!model || assigned.size === 0) return runResolution(db, actor);
  const known = parties.filter((p) => assigned.has(p.recordId));
  const fresh = parties.filter((p) => !assigned.has(p.recordId));
  if (fresh.length === 0) return { records: 0, entities: 0, candidatePairs: 0, seconds: 0 };
  const resolver = Resolver.restore(
    known.map(fieldsOf),
    known.map((p) => assigned.get(p.recordId)!.entityId),
    model,
    {
      decisions: decisions.map((d) => ({
        id: d.id,
        kind: d.kind,
        recordIds: d.recordIds,
        otherRecordIds: d.otherRecordIds,
      })),
    },
  );
  const touched = resolver.entities(resolver.add(fresh.map(fieldsOf)));
  const freshIds = new Set(fresh.map((p) => p.recordId));
  await db.asOwner(async (tx) => {
    const stored = fresh.map((party, i) => ({
      ...party,
      id: randomUUID(),
      keys: keysOf(resolver.records[known.length + i]!),
    }));
    await insertPartyRecords(tx, stored);
    const byRecordId = new Map<string, StoredParty>(stored.map((p) => [p.recordId, p]));
    const knownById = new Map(known.map((p) => [p.recordId, p]));
    for (const [recordId, { id }] of assigned) {
      const party = knownById.get(recordId);
      if (party) byRecordId.set(recordId, { ...party, id });
    }
    const nations = await nationsByAgency(tx);
    const newEntities: { id: string; status: 'resolved'; members: StoredParty[] }[] = [];
    const links: StoredLink[] = [];
    const joined: { id: string; status: 'resolved'; members: StoredParty[] }[] = [];
    for (const entity of touched) {
      const existing = [
        ...new Set(
          entity.members
            .filter((m) => assigned.has(m.recordId))
            .map((m) => assigned.get(m.recordId)!.entityId),
        ),
      ].sort();
      const target = existing[0] ?? entity.entityId;
      for (const other of existing.slice(1)) await mergeEntityInto(tx, other, target);
      const members = entity.members
        .filter((m) => freshIds.has(m.recordId))
        .map((m) => byRecordId.get(m.recordId)!);
      (existing.length > 0 ? joined : newEntities).push({ id: target, status: 'resolved', members });
      links.push(...linksOf({ ...entity, entityId: target }, byRecordId, nations, freshIds));
    }
    await insertEntities(tx, newEntities, []);
    await insertMembers(tx, joined);
    await insertEntities(tx, [], links);
    await recordAudit(tx, actor, {
      action: 'resolve',
      table: 'entities',
      detail: { incremental: true, records: fresh.length, entitiesTouched: touched.length },
    });
  });
  return {
    records: fresh.length,
    entities: touched.length,
    candidatePairs: 0,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

export async function runResolution(db: Database, actor: Actor): Promise<ResolutionSummary> {
  const started = performance.now();
  const { parties, decisions } = await db.asOwner(async (tx) => ({
    parties: await extractParties(tx),
    decisions: await listDecisions(tx),
  }));
  const resolutionDecisions: ResolutionDecision[] = decisions.map((d) => ({
    id: d.id,
    kind: d.kind,
    recordIds: d.recordIds,
    otherRecordIds: d.otherRecordIds,
  }));
  const resolver = Resolver.run(
    parties.map((p) => ({
      recordId: p.recordId,
      source: p.source,
      role: p.role,
      name: p.name,
      rfc: p.rfc,
      address: p.address,
      phone: p.phone,
    })),
    { decisions: resolutionDecisions },
  );
  const entities = resolver.entities();
  await db.asOwner(async (tx) => {
    const stored = await replacePartyRecords(
      tx,
      parties.map((party, i) => ({ ...party, keys: keysOf(resolver.records[i]!) })),
    );
    const byRecordId = new Map(stored.map((party) => [party.recordId, party]));
    const nations = await nationsByAgency(tx);
    const confirmed = decisions.filter((d) => d.kind === 'confirm');
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
    await insertEntities(tx, rows, links);
    await recordRun(tx, parties.length, entities.length, resolver.stats.model);
    await recordAudit(tx, actor, {
      action: 'resolve',
      table: 'entities',
      detail: {
        records: parties.length,
        entities: entities.length,
        candidatePairs: resolver.stats.candidatePairs,
      },
    });
  });
  return {
    records: parties.length,
    entities: entities.length,
    candidatePairs: resolver.stats.candidatePairs,
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

/**
 * An analyst's decision on an entity, limited to the records the analyst can see: `confirm` keeps
 * them together; `split` separates `recordIds` from the rest. Stored (marked for the analyst's
 * agency and nation) and audited; it takes effect at the next `centinela resolve`, and at once here:
 * the split records move to a new entity.
 */
export async function decide(
  db: Database,
  actor: Actor,
  entityId: string,
  decision: { kind: 'confirm' } | { kind: 'split'; recordIds: readonly string[] },
  reason: string,
): Promise<{ decisionId: string; entityIds: string[] }> {
  const decisionId = randomUUID();
  const { visible, moved } = await db.asUser(actor, async (tx) => {
    const members = await membersForCaller(tx, entityId);
    const visibleIds = members.map((m) => m.recordId);
    let recordIds = visibleIds;
    let otherRecordIds: string[] = [];
    if (decision.kind === 'split') {
      const unknown = decision.recordIds.filter((id) => !visibleIds.includes(id));
      if (unknown.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          field: 'recordIds',
          detail: `not members of the entity: ${unknown.join(', ')}`,
        });
      recordIds = [...new Set(decision.recordIds)];
      otherRecordIds = visibleIds.filter((id) => !recordIds.includes(id));
      if (otherRecordIds.length === 0)
        throw new AppError('VALIDATION_FAILED', {
          field: 'recordIds',
          detail: 'a split must leave a record on each side',
        });
    }
    await insertDecision(tx, {
      id: decisionId,
      kind: decision.kind,
      entityId,
      recordIds,
      otherRecordIds,
      reason,
      decidedBy: actor.userId,
      marking: { ownerAgency: actor.agency, tlp: 'amber', releasableTo: [actor.nation], recipients: [] },
    });
    await recordAudit(tx, actor, {
      action: decision.kind,
      table: 'resolution_decisions',
      ids: [decisionId, entityId],
      detail: { recordIds, otherRecordIds, reason },
    });
    return { visible: members, moved: recordIds };
  });
  if (decision.kind === 'confirm') {
    await db.asOwner((tx) => tx.query("update entities set status = 'confirmed' where id = $1", [entityId]));
    return { decisionId, entityIds: [entityId] };
  }
  // applying the split moves member rows of other agencies too: a system step, after the check above
  const newEntityId = entityIdFor(`${[...moved].sort()[0]}#split:${decisionId}`);
  const movedIds = visible.filter((m) => moved.includes(m.recordId)).map((m) => m.id);
  await db.asOwner(async (tx) => {
    await tx.query("insert into entities (id, status) values ($1, 'confirmed')", [newEntityId]);
    await tx.query('update entity_members set entity_id = $1 where party_record_id = any ($2::uuid[])', [
      newEntityId,
      movedIds,
    ]);
    await tx.query(
      'delete from entity_links where entity_id = $1 and ((record_a = any ($2::uuid[])) <> (record_b = any ($2::uuid[])))',
      [entityId, movedIds],
    );
    await tx.query('update entity_links set entity_id = $1 where record_a = any ($2::uuid[])', [
      newEntityId,
      movedIds,
    ]);
  });
  return { decisionId, entityIds: [entityId, newEntityId] };
}
