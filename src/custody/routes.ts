/** Permits, locations, consignments and findings over HTTP (mounted under /api). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { recordReads } from '../audit/index.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App, EscalationHook } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { Marking } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import { WORKFLOW_STATUSES } from '../shared/workflow.ts';
import { consignmentReadMarkings, countConsignments, listConsignments } from './consignments.repository.ts';
import { consignmentView } from './consignment-view.service.ts';
import { ConsignmentDetail, PermitView } from './consignment-view.schema.ts';
import { portMap } from './port-map.service.ts';
import { listFindings } from './findings.repository.ts';
import { FindingBody, findingWorkRoutes } from './finding-routes.ts';
import { CONSIGNMENT_STATES, FINDING_KINDS } from './model.ts';
import { countLocations, listLocations, listPermitsCounted } from './registry.repository.ts';
import { registryRoutes } from './registry-routes.ts';
import { editPermit } from './registry.service.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const PermitChangeBody = z.strictObject({
  holderName: z.string().trim().min(1).max(300),
  maxKgPerYear: z.number().positive(),
  validFrom: isoDay,
  validTo: isoDay,
  siteId: z.string().trim().min(1).max(300).nullable(),
});

export interface CustodyRoutesOptions {
  /** Escalating a finding also opens a case for it or adds it to one (cases' `escalateInto`, from the root). */
  escalated?: EscalationHook;
}

const routes: FastifyPluginAsync<CustodyRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  await registryRoutes(app);

  app.get(
    '/permits',
    {
      schema: {
        tags: ['custody'],
        summary: 'Permit registry',
        querystring: z.object({
          holderRfc: z.string().optional(),
          substanceCas: z.string().optional(),
          q: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .optional()
            .describe("Part of the holder's name or RFC, or of the permit number"),
          siteId: z.string().min(1).max(300).optional(),
          status: z.enum(['valid', 'expired']).optional().describe('Valid today, or expired'),
          ...pageQuery,
        }),
        response: { 200: pageOf(PermitView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const found = await listPermitsCounted(tx, request.query);
        await recordReads(
          tx,
          actor,
          'permits',
          found.items.map((p) => ({ id: p.id, marking: p.marking })),
        );
        return { ...found, limit: request.query.limit, offset: request.query.offset };
      });
    },
  );

  app.put(
    '/permits/:id',
    {
      schema: {
        tags: ['custody'],
        summary: 'Edit a permit (regulator of the owner agency; audited)',
        params: z.object({ id: z.uuid() }),
        body: PermitChangeBody,
        response: { 200: PermitView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'regulator');
      return editPermit(app.db, actor, request.params.id, request.body);
    },
  );

  app.get(
    '/locations',
    {
      schema: {
        tags: ['custody'],
        summary: 'Registered places: ports, terminals, sites, checkpoints',
        querystring: z.object({ kind: z.string().max(64).optional(), ...pageQuery }),
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              locationId: z.string(),
              name: z.string(),
              kind: z.string(),
              lat: z.number(),
              lon: z.number(),
              operatorRfc: z.string().nullable(),
              marking: Marking,
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { kind, limit, offset } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const items = await listLocations(tx, request.query);
        await recordReads(
          tx,
          actor,
          'locations',
          items.map((p) => ({ id: p.id, marking: p.marking })),
        );
        const total = await totalOf(request.query, items.length, () => countLocations(tx, kind));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/consignments',
    {
      schema: {
        tags: ['custody'],
        summary: 'Consignments (bills of lading) visible to the caller, newest activity first',
        querystring: z.object({
          state: z.enum(CONSIGNMENT_STATES).optional(),
          withFindings: z.stringbool().optional(),
          port: z
            .string()
            .regex(/^[A-Z]{5}$/)
            .optional()
            .describe('UN/LOCODE of the port of the declaration'),
          include: z
            .enum(['track'])
            .optional()
            .describe('`track`: each item also carries its map track and its findings (one query per page)'),
          simplify: z.coerce
            .number()
            .int()
            .min(0)
            .max(50_000)
            .optional()
            .describe(
              'With `include=track`: simplify each track (Douglas–Peucker, tolerance in metres, first and last points kept; coordinates rounded to 5 decimals) for an overview map. Absent or 0: every point',
            ),
          ...pageQuery,
        }),
        response: {
          200: pageOf(
            z.object({
              billOfLading: z.string(),
              eventCount: z.number(),
              lastEventTime: z.string().nullable(),
              state: z.enum(CONSIGNMENT_STATES).nullable(),
              findingKinds: z.array(z.string()),
              portLocode: z.string().nullable(),
              track: z
                .array(z.tuple([z.number(), z.number()]))
                .optional()
                .describe('Positions in time order, [lon, lat]'),
              findings: z
                .array(
                  z.object({
                    id: z.string(),
                    kind: z.string(),
                    severity: z.enum(['low', 'medium', 'high']),
                  }),
                )
                .optional(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { include, simplify, ...filter } = request.query;
      const includeTrack = include === 'track';
      return app.db.asUser(actor, async (tx) => {
        const wanted = { ...filter, includeTrack, simplifyM: includeTrack ? simplify : undefined };
        const found = await listConsignments(tx, wanted);
        // A summary reads its consignment's lines, events and findings: one entry naming the bills of lading.
        const read = await consignmentReadMarkings(
          tx,
          found.map((c) => c.billOfLading),
        );
        await recordReads(tx, actor, 'consignments', read);
        const total = await totalOf(filter, found.length, () => countConsignments(tx, wanted));
        return { items: found, total, limit: filter.limit, offset: filter.offset };
      });
    },
  );

  app.get(
    '/ports/:locode/tracks',
    {
      schema: {
        tags: ['custody'],
        summary:
          "A port's map: every consignment the caller can see with a line declared there, its overview track and findings",
        description:
          'Tracks are simplified for the national map (Douglas–Peucker, 1 km; the points findings name kept; coordinates to 5 decimals). A stored track is derived at analysis and marked never wider than its lines and events (`source: stored`, with its marking); where the caller may not see it, the track is drawn from what they can see (`source: live`, no marking of its own). The consignment view has every point.',
        params: z.object({
          locode: z
            .string()
            .regex(/^[A-Z]{5}$/)
            .describe('UN/LOCODE of the port of the declaration'),
        }),
        response: {
          200: z.object({
            port: z.string(),
            items: z.array(
              z.object({
                billOfLading: z.string(),
                track: z
                  .array(z.tuple([z.number(), z.number()]))
                  .describe('Positions in time order, [lon, lat]'),
                findings: z.array(
                  z.object({ id: z.string(), kind: z.string(), severity: z.enum(['low', 'medium', 'high']) }),
                ),
                marking: Marking.nullable(),
                source: z.enum(['stored', 'live']),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      port: request.params.locode,
      items: await portMap(app.db, callerOf(request), request.params.locode),
    }),
  );

  app.get(
    '/consignments/:bol',
    {
      schema: {
        tags: ['custody'],
        summary:
          'One consignment: lines, permits, custody timeline, state, map track ([lon, lat]) and findings',
        params: z.object({ bol: z.string().min(1).max(100) }),
        response: { 200: ConsignmentDetail },
      },
    },
    async (request) => consignmentView(app.db, callerOf(request), request.params.bol),
  );

  app.get(
    '/findings',
    {
      schema: {
        tags: ['custody'],
        summary: 'The diversion findings the caller may see, filtered and paginated (most severe first)',
        querystring: z.strictObject({
          bol: z.string().max(100).optional(),
          kind: z.enum(FINDING_KINDS).optional(),
          severity: z.enum(['low', 'medium', 'high']).optional(),
          status: z.enum(WORKFLOW_STATUSES).optional(),
          port: z
            .string()
            .regex(/^[A-Z]{2}[A-Z2-9]{3}$/)
            .optional()
            .describe("UN/LOCODE of the consignment's port"),
          from: z.iso.date().optional().describe("First day of the consignment's declared date"),
          to: z.iso.date().optional().describe("Last day (included) of the consignment's declared date"),
          ...pageQuery,
        }),
        response: { 200: pageOf(FindingBody) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const query = request.query;
      return app.db.asUser(actor, async (tx) => {
        const { findings, total } = await listFindings(tx, query);
        await recordReads(
          tx,
          actor,
          'findings',
          findings.map((f) => ({ id: f.id, marking: f.marking })),
        );
        return { items: findings, total, limit: query.limit, offset: query.offset };
      });
    },
  );

  findingWorkRoutes(app, options.escalated);
};

export default routes;
