import { entityName } from './entity-name.ts';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { recordReads, recordReadsOf } from '../audit/index.ts';
import { Marking, type Tlp } from '../shared/marking.ts';
import { pageOfAll, totalOf } from '../shared/paging.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { PARTY_KINDS, partyKindOf } from './party-kind.ts';
import {
  countEntities,
  entityStatus,
  listedEntityMarkings,
  searchEntities,
  visibleLinks,
  visibleMemberFolds,
  visibleRecordsById,
} from './reads.repository.ts';
import { membersForCaller } from './service.ts';
import { decide } from './decide.ts';
import { AppError } from '../errors/app-error.ts';
import { groupRecords, rolesOf } from './record-groups.ts';
import { entityInputs } from './inputs.repository.ts';

const Reason = z.object({ code: z.string(), en: z.string(), es: z.string() });

const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  rfcs: z.array(z.string()),
  records: z.number(),
  status: z.string(),
});

const EntityRecordView = z.object({
  id: z.string(),
  source: z.string(),
  role: z.string(),
  name: z.string(),
  rfc: z.string().nullable(),
  address: z.string().nullable(),
  marking: Marking,
  matchReasons: z.array(Reason),
});

const LinkView = z.object({
  recordA: z.string(),
  recordB: z.string(),
  reason: z.string(),
  weight: z.number().nullable(),
  probability: z.number().nullable(),
  support: z.number().nullable(),
  fields: z.array(z.object({ comparison: z.string(), level: z.string(), weight: z.number() })),
});

const EntityView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z
    .enum(PARTY_KINDS)
    .describe("person or company, from the visible records' RFCs and names; unknown when they cannot tell"),
  rfc: z.string().nullable(),
  status: z.string(),
  records: z.array(EntityRecordView).describe('every visible record; empty when asked for records=none'),
  links: z.array(LinkView).describe('why the records were merged; empty when asked for records=none'),
  recordCount: z.number().describe('how many of its records the caller may see'),
  roles: z.array(z.object({ role: z.string(), count: z.number() })).describe('most frequent first'),
});

const Field = z.object({ comparison: z.string(), level: z.string(), weight: z.number() });
const RecordGroupView = z.object({
  source: z.string(),
  role: z.string(),
  name: z.string(),
  rfc: z.string().nullable(),
  address: z.string().nullable(),
  marking: Marking,
  count: z.number(),
  evidence: z.array(
    z.object({
      reason: z.string().describe('match, identical, confirmed, or anchor (the record the entity grew from)'),
      fields: z.array(Field),
      probability: z.number().nullable(),
      count: z.number(),
    }),
  ),
});

const EntityParams = z.strictObject({ id: z.uuid() });
const Decision = z.object({ decisionId: z.string(), entityIds: z.array(z.string()) });

/** "rfc: exact (+10.9 bits)" in both languages, for the record list of an entity. */
function reasonsOf(fields: readonly { comparison: string; level: string; weight: number }[]) {
  return fields
    .filter((f) => f.level !== 'null')
    .map((f) => {
      const text = `${f.comparison}: ${f.level} (${f.weight >= 0 ? '+' : ''}${f.weight})`;
      return { code: `${f.comparison}.${f.level}`, en: text, es: text };
    });
}

/** Entities (resolved companies and persons), their records and explanations, and decisions on them. */
const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Entities with at least one record the caller may see (search by name or RFC)',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(200).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(EntitySummary) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { q, limit, offset } = request.query;
      const text = q ? q.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() : undefined;
      return app.db.asUser(actor, async (tx) => {
        const found = await searchEntities(tx, { text, limit, offset });
        await recordReads(
          tx,
          actor,
          'party_records',
          await listedEntityMarkings(
            tx,
            found.map((e) => e.entityId),
          ),
        );
        const items = found.map((e) => ({
          id: e.entityId,
          // Site operators' records carry no name: an entity known only from them is named by its RFC.
          name: e.name ?? (e.rfcs[0] ? `RFC ${e.rfcs[0]}` : ''),
          names: e.names,
          rfcs: e.rfcs,
          records: e.records,
          status: e.status,
        }));
        const total = await totalOf(request.query, items.length, () => countEntities(tx, text));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'An entity: the records the caller may see and why they were merged',
        description:
          'records=none answers its summary alone (name, kind, counts, roles): the records of the largest ' +
          'entities come a page of groups at a time from /entities/{id}/groups.',
        params: EntityParams,
        querystring: z.strictObject({ records: z.enum(['all', 'none']).default('all') }),
        response: { 200: EntityView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      if (request.query.records === 'none') return entitySummary(app.db, actor, request.params.id);
      return app.db.asUser(actor, async (tx) => {
        const members = await membersForCaller(tx, request.params.id);
        const links = await visibleLinks(tx, request.params.id);
        await recordReadsOf(tx, actor, {
          party_records: members.map((m) => ({ id: m.id, marking: m.marking })),
          entity_links: links.map((l) => ({ id: l.id, tlp: l.tlp as Tlp })),
        });
        const fieldsOf = (link: (typeof links)[number]) =>
          link.fields as { comparison: string; level: string; weight: number }[];
        const rfcs = members.map((m) => m.rfc).filter((r): r is string => r !== null);
        // Each record's first link (links come in record order), looked up once: not a scan of every link per
        // record, which costs records × links on the largest entities.
        const firstLinkOf = new Map<string, (typeof links)[number]>();
        for (const link of links) if (!firstLinkOf.has(link.recordIdA)) firstLinkOf.set(link.recordIdA, link);
        return {
          id: request.params.id,
          name: entityName(members),
          kind: partyKindOf(members),
          rfc: rfcs[0] ?? null,
          status: (await entityStatus(tx, request.params.id)) ?? 'resolved',
          recordCount: members.length,
          roles: rolesOf(members),
          records: members.map((m) => {
            const link = firstLinkOf.get(m.recordId);
            return {
              id: m.recordId,
              source: m.source,
              role: m.role,
              name: m.name,
              rfc: m.rfc,
              address: m.address,
              marking: m.marking,
              matchReasons: link ? reasonsOf(fieldsOf(link)) : [],
            };
          }),
          links: links.map((l) => ({
            recordA: l.recordIdA,
            recordB: l.recordIdB,
            reason: l.reason,
            weight: l.weight,
            probability: l.probability,
            support: l.support,
            fields: fieldsOf(l),
          })),
        };
      });
    },
  );

  app.get(
    '/declarations/:id/lines/:lineNo/parties',
    {
      schema: {
        tags: ['entities'],
        summary: "The parties of a declaration line (importer, consignee, broker) with each one's entity",
        description:
          'The records the caller may see of the line that `agency` declared; an alert or a finding names ' +
          'its line and its owner, and the command center links its parties to their entities.',
        params: z.strictObject({
          id: z.string().trim().min(1).max(64),
          lineNo: z.coerce.number().int().min(1).max(100_000),
        }),
        querystring: z.strictObject({
          agency: z
            .string()
            .trim()
            .min(2)
            .max(32)
            .optional()
            .describe("the declaring agency (the alert's or finding's owner); the caller's own by default"),
          ...pageQuery,
        }),
        response: {
          200: pageOf(
            z.object({
              role: z.string(),
              name: z.string(),
              rfc: z.string().nullable(),
              address: z.string().nullable(),
              entityId: z.string(),
              marking: Marking,
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { id: declaration, lineNo: line } = request.params;
      const agency = request.query.agency ?? actor.agency;
      const ids = ['importer', 'consignee', 'broker'].map(
        (role) => `decl:${declaration}:${line}:${role}@${agency}`,
      );
      return app.db.asUser(actor, async (tx) => {
        const found = await visibleRecordsById(tx, ids);
        await recordReads(
          tx,
          actor,
          'party_records',
          found.map((p) => ({ id: p.id, marking: p.marking })),
        );
        const parties = found.map((p) => ({
          role: p.role,
          name: p.name,
          rfc: p.rfc,
          address: p.address,
          entityId: p.entityId,
          marking: p.marking,
        }));
        return pageOfAll(parties, request.query);
      });
    },
  );

  app.get(
    '/entities/:id/groups',
    {
      schema: {
        tags: ['entities'],
        summary: "A page of an entity's record groups: equal records counted, each with why it belongs",
        params: EntityParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: pageOf(RecordGroupView).extend({
            records: z.number().describe('records the caller may see in all the groups'),
          }),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const members = await membersForCaller(tx, request.params.id);
        const links = await visibleLinks(tx, request.params.id);
        const groups = groupRecords(members, links);
        const page = groups.slice(offset, offset + limit);
        const shown = new Set(page.flatMap((g) => g.members.map((m) => m.id)));
        const recordIds = new Set(members.filter((m) => shown.has(m.id)).map((m) => m.recordId));
        await recordReadsOf(tx, actor, {
          party_records: page.flatMap((g) => g.members),
          // the evidence of a group is the links that joined its records
          entity_links: links
            .filter((l) => recordIds.has(l.recordIdA))
            .map((l) => ({ id: l.id, tlp: l.tlp as Tlp })),
        });
        return {
          items: page.map(({ members: _members, ...group }) => group),
          total: groups.length,
          limit,
          offset,
          records: members.length,
        };
      });
    },
  );

  app.get(
    '/entities/:id/inputs',
    {
      schema: {
        tags: ['entities'],
        summary: 'The input records of an entity the caller may see: what to release to share it',
        description:
          'An entity and its party records are derived, never wider than their inputs: sharing one means ' +
          "releasing the declaration lines, declarations (the importer's address), permits and locations its " +
          'visible records were extracted from (POST /api/markings/batch).',
        params: EntityParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: pageOf(
            z.object({
              table: z.enum(['declaration_lines', 'declarations', 'permits', 'locations']),
              id: z.string().describe('The key POST /api/markings/batch takes'),
              label: z.string(),
              marking: Marking,
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const inputs = await entityInputs(tx, await membersForCaller(tx, request.params.id));
        const page = pageOfAll(inputs, request.query);
        const byTable: Record<string, { id: string; marking: Marking }[]> = {};
        for (const input of page.items) (byTable[input.table] ??= []).push(input);
        await recordReadsOf(tx, actor, byTable);
        return page;
      });
    },
  );

  app.post(
    '/entities/:id/confirm',
    {
      schema: {
        tags: ['entities'],
        summary: 'Confirm an entity: its visible records stay together on every re-run (audited)',
        params: EntityParams,
        body: z.strictObject({ reason: z.string().max(2000).default('') }),
        response: { 200: Decision },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'analyst');
      return decide(app.db, actor, request.params.id, { kind: 'confirm' }, request.body.reason);
    },
  );

  app.post(
    '/entities/:id/split',
    {
      schema: {
        tags: ['entities'],
        summary: 'Split records off an entity into their own; they stay apart on every re-run (audited)',
        params: EntityParams,
        body: z.strictObject({
          recordIds: z.array(z.string().min(1)).min(1).max(10_000),
          reason: z.string().max(2000).default(''),
        }),
        response: { 200: Decision },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'analyst');
      return decide(
        app.db,
        actor,
        request.params.id,
        { kind: 'split', recordIds: request.body.recordIds },
        request.body.reason,
      );
    },
  );
};

export default routes;

/**
 * An entity's summary without its records (`records=none`): name, kind, RFC, counts and roles from its visible
 * records folded in the database. Its audit entry names the entity as a list row does (0622): its lowest visible
 * record with each distinct marking of its visible records, not each of up to 1,800 records the summary counts.
 */
async function entitySummary(db: Database, actor: Actor, id: string) {
  return db.asUser(actor, async (tx) => {
    const folds = await visibleMemberFolds(tx, id);
    if (folds.length === 0)
      throw new AppError('NOT_FOUND', {
        field: 'id',
        detail: 'no such entity, or none of its records is visible to you',
      });
    const anchor = folds[0]!.firstRecordId;
    await recordReads(
      tx,
      actor,
      'party_records',
      folds.map((f) => ({ id: anchor, marking: f.marking })),
    );
    return {
      id,
      name: entityName(folds),
      kind: partyKindOf(folds),
      rfc: folds.find((f) => f.rfc !== null)?.rfc ?? null,
      status: (await entityStatus(tx, id)) ?? 'resolved',
      recordCount: folds.reduce((sum, f) => sum + f.count, 0),
      roles: rolesOf(folds),
      records: [],
      links: [],
    };
  });
}
