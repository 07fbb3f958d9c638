/**
 * Analysts' decisions on entities (confirm, split): the deciding agency's contribution. A decision
 * is limited to the records the analyst can see, stored marked for the analyst's agency and nation,
 * and applied — at once, and by every later run — only in the visibility classes whose agencies may
 * read it. A class whose agencies cannot read it keeps its entities exactly as they were: another
 * agency's view of its own records is never rewritten by a decision it cannot see.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { AppError } from '../errors/app-error.ts';
import { newEntityIdKey, opaqueEntityId } from './entity-id.ts';
import { viewersOf } from './visibility-classes.ts';
import { agencyNations, entityIdKey, insertDecision } from './repository.ts';
import { membersForCaller } from './service.ts';

type Decision = { kind: 'confirm' } | { kind: 'split'; recordIds: readonly string[] };

/** Validates the decision against what the caller sees (row-level security), stores and audits it. */
async function record(
  tx: Tx,
  actor: Actor,
  entityId: string,
  decision: Decision,
  reason: string,
  decisionId: string,
  marking: Marking,
): Promise<{ recordIds: string[]; otherRecordIds: string[] }> {
  {
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
      marking,
    });
    await recordAudit(tx, actor, {
      action: decision.kind,
      table: 'resolution_decisions',
      ids: [decisionId, entityId],
      detail: { recordIds, otherRecordIds, reason },
    });
    return { recordIds, otherRecordIds };
  }
}

/**
 * Gives `readers` (some of an entity's viewers) their own copy of it and leaves the others the
 * original: the copy is what the decision then changes.
 */
async function forkEntity(tx: Tx, from: string, readers: readonly string[], id: string): Promise<void> {
  await tx.query(
    'insert into entities (id, status, viewers, resolved_at) select $2, status, $3, resolved_at from entities where id = $1',
    [from, id, readers],
  );
  await tx.query(
    `insert into entity_members (party_record_id, owner_agency, tlp, releasable_to, recipients, entity_id, viewers)
     select party_record_id, owner_agency, tlp, releasable_to, recipients, $2, $3 from entity_members where entity_id = $1`,
    [from, id, readers],
  );
  await tx.query(
    `insert into entity_links (id, owner_agency, tlp, releasable_to, recipients, entity_id, record_a, record_b, reason,
       weight, probability, support, fields, viewers)
     select id, owner_agency, tlp, releasable_to, recipients, $2, record_a, record_b, reason, weight,
            probability, support, fields, $3
       from entity_links where entity_id = $1`,
    [from, id, readers],
  );
  for (const table of ['entities', 'entity_members', 'entity_links'])
    await tx.query(
      `update ${table} set viewers = array(select v from unnest(viewers) v where v <> all ($2::text[]) order by v)
        where ${table === 'entities' ? 'id' : 'entity_id'} = $1`,
      [from, readers],
    );
}

/** Moves `moved` (party record row ids) out of an entity into a new one; links across are dropped. */
async function splitOff(
  tx: Tx,
  entityId: string,
  moved: readonly string[],
  newId: string,
  viewers: readonly string[],
): Promise<void> {
  await tx.query("insert into entities (id, status, viewers) values ($1, 'confirmed', $2)", [newId, viewers]);
  await tx.query(
    'update entity_members set entity_id = $1 where entity_id = $2 and party_record_id = any ($3::uuid[])',
    [newId, entityId, moved],
  );
  await tx.query(
    'delete from entity_links where entity_id = $1 and ((record_a = any ($2::uuid[])) <> (record_b = any ($2::uuid[])))',
    [entityId, moved],
  );
  await tx.query(
    'update entity_links set entity_id = $1 where entity_id = $2 and record_a = any ($3::uuid[])',
    [newId, entityId, moved],
  );
}

/**
 * An analyst's decision on an entity, limited to the records the analyst can see: `confirm` keeps
 * them together; `split` separates `recordIds` from the rest. Applied at once, in every class that
 * may read the decision, to the entity holding its records there; every later run applies it too.
 * Returns the caller's entity (and, for a split, the new one).
 */
export async function decide(
  db: Database,
  actor: Actor,
  entityId: string,
  decision: Decision,
  reason: string,
): Promise<{ decisionId: string; entityIds: string[] }> {
  const decisionId = randomUUID();
  const marking: Marking = {
    ownerAgency: actor.agency,
    tlp: 'amber',
    releasableTo: [actor.nation],
    recipients: [],
  };
  // Applying it touches entities of other agencies of the class: a system step after the check, in the same
  // transaction, so that a decision is never stored and audited without being applied, or the reverse.
  const entityIds = await db.asUserThenOwner(
    actor,
    (tx) => record(tx, actor, entityId, decision, reason, decisionId, marking),
    async (tx, { recordIds, otherRecordIds }) => {
      const readers = new Set(viewersOf(await agencyNations(tx), marking));
      const key = await entityIdKey(tx, newEntityIdKey);
      const { rows } = await tx.query<{
        entity_id: string;
        viewers: string[];
        record_ids: string[];
        party_ids: string[];
      }>(
        `select e.id as entity_id, e.viewers, array_agg(p.record_id order by p.record_id) as record_ids,
              array_agg(p.id::text order by p.record_id) as party_ids
         from entities e
         join entity_members m on m.entity_id = e.id
         join party_records p on p.id = m.party_record_id
        where e.id in (select m2.entity_id from entity_members m2 join party_records p2 on p2.id = m2.party_record_id
                        where p2.record_id = any ($1::text[]))
        group by e.id, e.viewers
        order by e.id`,
        [[...recordIds, ...otherRecordIds]],
      );
      let result = [entityId];
      for (const row of rows) {
        const sees = row.viewers.filter((v) => readers.has(v));
        if (sees.length === 0) continue;
        const movedIds = row.record_ids.filter((id) => recordIds.includes(id));
        if (decision.kind === 'split' && (movedIds.length === 0 || movedIds.length === row.record_ids.length))
          continue;
        let target = row.entity_id;
        if (sees.length < row.viewers.length) {
          target = opaqueEntityId(key, sees, row.record_ids[0]!);
          await forkEntity(tx, row.entity_id, sees, target);
        }
        if (decision.kind === 'confirm') {
          await tx.query("update entities set status = 'confirmed' where id = $1", [target]);
          if (row.entity_id === entityId) result = [target];
          continue;
        }
        const moved = row.party_ids.filter((_, i) => recordIds.includes(row.record_ids[i]!));
        const newId = opaqueEntityId(key, sees, `${movedIds[0]}#split:${decisionId}`);
        await splitOff(tx, target, moved, newId, sees);
        if (row.entity_id === entityId) result = [target, newId];
      }
      return result;
    },
  );
  return { decisionId, entityIds };
}
