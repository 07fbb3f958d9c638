/**
 * Random worlds for the noninterference test (docs/SHARING.md "The noninterference test"): nations,
 * agencies, users with roles, and what they contribute — permits, locations, declaration lines,
 * EPCIS events, reports, decisions on alerts, findings and entities — each with a random marking.
 * Values come from small pools so that agencies of different nations name the same bill of lading,
 * container, declaration number, event id and permit: partner contributions on host consignments.
 * `buildWorld` writes a world through the real import and use-case paths and runs the derivations.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Database } from '../store/database.ts';
import type { Actor, Role } from '../shared/actor.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';
import { TLP_LEVELS, type MarkingChange } from '../shared/marking.ts';
import { INCIDENT_KINDS, RELIABILITY_GRADES } from '../shared/evidence.ts';
import { changeMarking } from '../markings/service.ts';
import { insertReport } from '../reports/repository.ts';
import { importLocations, importPermits } from '../custody/registry.service.ts';
import { importDeclarations } from '../screening/import-declarations.ts';
import type { Screener } from '../screening/screen-line.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { captureDocument } from '../epcis/capture.ts';
import { analyseConsignments } from '../custody/index.ts';
import { listFindings } from '../custody/findings.repository.ts';
import { actOnFinding } from '../custody/finding-service.ts';
import { listAlerts } from '../screening/alerts.repository.ts';
import { actOnAlert } from '../screening/alert-service.ts';
import { runResolution } from '../resolution/service.ts';
import { decide } from '../resolution/decide.ts';
import { visibleMembers } from '../resolution/reads.repository.ts';
import { AppError } from '../errors/app-error.ts';
import { importFieldReports, importIncidents } from '../incidents/import.ts';
import { decide as decideOnLead, listLeads, recordOutcome } from '../leads/service.ts';
import { actOnCase, caseActionsArbitrary, escalateToCase, type CaseAction } from './world-cases.ts';

export const AGENCIES = [
  { code: 'MX-ANAM', nation: 'MEX' },
  { code: 'US-DEA', nation: 'USA' },
  { code: 'MX-CNI', nation: 'MEX' },
  { code: 'US-HSI', nation: 'USA' },
  { code: 'CA-RCMP', nation: 'CAN' },
] as const;
const NATIONS = ['MEX', 'USA', 'CAN'];
const ROLE_CHOICES: Role[] = ['analyst', 'regulator', 'advisor', 'commander', 'auditor', 'admin'];

const TERMINAL = 'urn:epc:id:sgln:7501234.00000.0';
const PLANT = 'urn:epc:id:sgln:7501234.00001.0';
const PLACES = [TERMINAL, PLANT, 'geo:19.9,-103.7', 'geo:24.8,-107.4'];
const BOLS = ['MEDU0001', 'MEDU0002', 'MEDU0003'];
const CONTAINERS = ['MSCU1234565', 'TGHU1234560'];
const DECLARATIONS = ['26160012000001', '26160012000002', '26160012000003'];
const PERMIT_IDS = ['COF-1', 'COF-2'];
/** Event ids: shared between agencies on purpose, and one that spells a permit's evidence id. */
const EVENT_IDS = [
  'urn:uuid:00000000-0000-4000-8000-000000000001',
  'urn:uuid:00000000-0000-4000-8000-000000000002',
  'urn:uuid:00000000-0000-4000-8000-000000000003',
  'urn:uuid:00000000-0000-4000-8000-000000000004',
  'permit:COF-1',
];
const PARTIES = [
  {
    name: 'Química del Pacífico, S.A. de C.V.',
    rfc: 'QPA010101AB1',
    address: 'Av. Teniente Azueta 1, Manzanillo',
  },
  { name: 'Quimica del Pacifico SA de CV', rfc: 'QPA010101AB1', address: 'Av Teniente Azueta 1 Manzanillo' },
  { name: 'Distribuidora Norte S.A.', rfc: 'DNO020202CD2', address: 'Calle 2, Culiacán, Sinaloa' },
];
const GOODS = [
  { hs_code: '2933.37', goods_description: 'N-fenetil-4-piperidona', cas_number: '39742-60-4' },
  { hs_code: '2915.90', goods_description: 'cloruro de propionilo', cas_number: '79-03-8' },
  { hs_code: '8479.89', goods_description: 'Máquina mezcladora', cas_number: '' },
];
const BIZ_STEPS = ['unloading', 'departing', 'transporting', 'receiving'];

export type MarkingSpec = MarkingChange;

export interface WorldSpec {
  agencies: number; // how many of AGENCIES (2..5): always a host and a partner agency
  users: { agency: number; roles: Role[] }[];
  permits: {
    by: number;
    permit: number;
    holder: number;
    substance: number;
    maxKg: number;
    marking: MarkingSpec | null;
  }[];
  locations: { by: number; place: number; operator: number; marking: MarkingSpec | null }[];
  lines: {
    by: number;
    declaration: number;
    bol: number;
    container: number;
    goods: number;
    importer: number;
    consignee: number;
    quantityKg: number;
    permit: number | null;
    marking: MarkingSpec | null;
  }[];
  events: {
    by: number;
    eventId: number;
    bol: number | null;
    container: number;
    step: number;
    place: number;
    day: number;
    quantityKg: number | null;
    marking: MarkingSpec | null;
  }[];
  reports: { by: number; marking: MarkingSpec }[];
  /** Incidents and field reports: a shared pool of source ids, placed by coordinates or a registered place. */
  incidents: { by: number; incident: number; kind: number; place: number; marking: MarkingSpec | null }[];
  fieldReports: {
    by: number;
    report: number;
    reliability: number;
    place: number;
    marking: MarkingSpec | null;
  }[];
  alertActions: { by: number; pick: number; action: 'acknowledge' | 'dismiss' | 'escalate' }[];
  findingActions: { by: number; pick: number; action: 'acknowledge' | 'dismiss' | 'escalate' }[];
  entityDecisions: { by: number; pick: number; kind: 'confirm' | 'split' }[];
  /** Work on a user's own leads: a decision (a merge into its next lead) or an outcome, with a marking. */
  leadActions: { by: number; pick: number; kind: LeadActionKind; marking: MarkingSpec }[];
  /** Work on cases after the escalations have opened theirs (absent: none). */
  caseActions?: CaseAction[];
  analysisBy: number;
  resolutionBy: number;
}

const marking = (agencies: number): fc.Arbitrary<MarkingSpec> =>
  fc.record({
    tlp: fc.constantFrom(...TLP_LEVELS),
    releasableTo: fc.subarray(NATIONS),
    recipients: fc.subarray(AGENCIES.slice(0, agencies).map((a) => a.code)),
  });

/** A random world; `size` bounds the number of contributions of each kind. */
export function worldArbitrary(size = 4): fc.Arbitrary<WorldSpec> {
  return fc.integer({ min: 2, max: AGENCIES.length }).chain((agencies) =>
    fc
      .array(
        fc.record({
          agency: fc.nat({ max: agencies - 1 }),
          roles: fc.subarray(ROLE_CHOICES, { minLength: 1, maxLength: 2 }),
        }),
        { minLength: 2, maxLength: 4 },
      )
      .chain((users) => {
        const by = fc.nat({ max: users.length - 1 });
        const maybeMarking = fc.option(marking(agencies), { freq: 4 });
        const action = fc.constantFrom('acknowledge' as const, 'dismiss' as const, 'escalate' as const);
        return fc.record({
          agencies: fc.constant(agencies),
          users: fc.constant(users),
          permits: fc.array(
            fc.record({
              by,
              permit: fc.nat({ max: PERMIT_IDS.length - 1 }),
              holder: fc.nat({ max: PARTIES.length - 1 }),
              substance: fc.nat({ max: 1 }),
              maxKg: fc.integer({ min: 100, max: 2000 }),
              marking: maybeMarking,
            }),
            { maxLength: 2 },
          ),
          locations: fc.array(
            fc.record({
              by,
              place: fc.nat({ max: 1 }),
              operator: fc.nat({ max: PARTIES.length - 1 }),
              marking: maybeMarking,
            }),
            { maxLength: 2 },
          ),
          lines: fc.array(
            fc.record({
              by,
              declaration: fc.nat({ max: DECLARATIONS.length - 1 }),
              bol: fc.nat({ max: BOLS.length - 1 }),
              container: fc.nat({ max: CONTAINERS.length - 1 }),
              goods: fc.nat({ max: GOODS.length - 1 }),
              importer: fc.nat({ max: PARTIES.length - 1 }),
              consignee: fc.nat({ max: PARTIES.length - 1 }),
              quantityKg: fc.integer({ min: 100, max: 1500 }),
              permit: fc.option(fc.nat({ max: PERMIT_IDS.length - 1 })),
              marking: maybeMarking,
            }),
            { minLength: 1, maxLength: size },
          ),
          events: fc.array(
            fc.record({
              by,
              eventId: fc.nat({ max: EVENT_IDS.length - 1 }),
              bol: fc.option(fc.nat({ max: BOLS.length - 1 }), { freq: 4 }),
              container: fc.nat({ max: CONTAINERS.length - 1 }),
              step: fc.nat({ max: BIZ_STEPS.length - 1 }),
              place: fc.nat({ max: PLACES.length - 1 }),
              day: fc.integer({ min: 2, max: 25 }),
              quantityKg: fc.option(fc.integer({ min: 50, max: 1500 })),
              marking: maybeMarking,
            }),
            { maxLength: size + 1 },
          ),
          reports: fc.array(fc.record({ by, marking: marking(agencies) }), { maxLength: 2 }),
          incidents: fc.array(
            fc.record({
              by,
              incident: fc.nat({ max: 1 }),
              kind: fc.nat({ max: 7 }),
              place: fc.nat({ max: PLACES.length - 1 }),
              marking: maybeMarking,
            }),
            { maxLength: 2 },
          ),
          fieldReports: fc.array(
            fc.record({
              by,
              report: fc.nat({ max: 1 }),
              reliability: fc.nat({ max: 5 }),
              place: fc.nat({ max: PLACES.length - 1 }),
              marking: maybeMarking,
            }),
            { maxLength: 2 },
          ),
          alertActions: fc.array(fc.record({ by, pick: fc.nat(), action }), { maxLength: 2 }),
          findingActions: fc.array(fc.record({ by, pick: fc.nat(), action }), { maxLength: 3 }),
          entityDecisions: fc.array(
            fc.record({ by, pick: fc.nat(), kind: fc.constantFrom('confirm' as const, 'split' as const) }),
            { maxLength: 2 },
          ),
          leadActions: fc.array(
            fc.record({
              by,
              pick: fc.nat(),
              kind: fc.constantFrom(...LEAD_ACTION_KINDS),
              marking: marking(agencies),
            }),
            { maxLength: 2 },
          ),
          caseActions: caseActionsArbitrary(by, marking(agencies)),
          analysisBy: by,
          resolutionBy: by,
        });
      }),
  );
}

export interface BuiltWorld {
  users: Actor[];
  analysisActor: Actor;
  resolutionActor: Actor;
  /** Derivations that failed on the finished world (derive's answer). */
  failures?: Map<string, string>;
}

/**
 * Runs a contribution and goes on when it is refused: a partner may not act on a host record, and
 * some refusals are still database errors (an admin-only user importing locations: its transaction
 * has no agency, so the insert policy rejects the row). The world is whatever was accepted.
 */
async function attempt(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError) && !(error instanceof Error && 'code' in error)) throw error;
  }
}

const isoDay = (day: number, hour = 10) =>
  `2026-06-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-06:00`;

/**
 * The derivations every world runs: the diversion analysis, then entity resolution. A derivation that
 * fails is a finding of the test, not a crash of it: the failures are returned (by derivation, with the
 * error) and the world goes on as the failure left it, so the rest is still compared.
 */
export async function derive(db: Database, world: BuiltWorld): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const run = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      failures.set(name, error.message);
    }
  };
  await run('analysis', () => analyseConsignments(db, world.analysisActor, 'all'));
  await run('resolution', () => runResolution(db, world.resolutionActor));
  return failures;
}

/** Changes the marking of every row of `table` the actor's agency owns and `where` selects. */
async function mark(
  db: Database,
  actor: Actor,
  table: string,
  where: string,
  params: unknown[],
  spec: MarkingSpec | null,
): Promise<void> {
  if (!spec) return;
  const { rows } = await db.asOwner((tx) =>
    tx.query<{ id: string }>(`select id::text as id from ${table} where owner_agency = $1 and ${where}`, [
      actor.agency,
      ...params,
    ]),
  );
  for (const { id } of rows)
    await attempt(() => db.asUser(actor, (tx) => changeMarking(tx, actor, table, id, spec)));
}

export async function buildWorld(db: Database, spec: WorldSpec, screener: Screener): Promise<BuiltWorld> {
  const agencies = AGENCIES.slice(0, spec.agencies);
  const users = await db.asOwner(async (tx) => {
    for (const nation of new Set(agencies.map((a) => a.nation))) await makeNation(tx, nation);
    for (const agency of agencies) await makeAgency(tx, agency.nation, agency.code);
    const made: Actor[] = [];
    for (const [i, user] of spec.users.entries())
      made.push(await makeUser(tx, agencies[user.agency]!.code, user.roles, `user${i}`));
    return made;
  });
  const groups = <T extends { by: number }>(items: readonly T[]) =>
    [...new Set(items.map((i) => i.by))].map((by) => ({
      actor: users[by]!,
      items: items.filter((i) => i.by === by),
    }));

  for (const { actor, items } of groups(spec.permits)) {
    const csv =
      'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n' +
      items
        .map((p) => {
          const holder = PARTIES[p.holder]!;
          const cas = GOODS[p.substance]!.cas_number;
          return `${PERMIT_IDS[p.permit]},${holder.rfc},"${holder.name}",${cas},${p.maxKg},2026-01-01,2026-12-31,${PLANT}`;
        })
        .join('\n');
    await attempt(() => importPermits(db, actor, csv));
    for (const p of items)
      await mark(db, actor, 'permits', 'permit_id = $2', [PERMIT_IDS[p.permit]], p.marking);
  }
  for (const { actor, items } of groups(spec.locations)) {
    const csv =
      'location_id,name,kind,lat,lon,operator_rfc\n' +
      items
        .map((l) =>
          l.place === 0
            ? `${TERMINAL},Terminal Manzanillo,terminal,19.06,-104.31,`
            : `${PLANT},Planta Guadalajara,plant,20.6736,-103.344,${PARTIES[l.operator]!.rfc}`,
        )
        .join('\n');
    await attempt(() => importLocations(db, actor, csv));
    for (const l of items)
      await mark(db, actor, 'locations', 'location_id = $2', [l.place === 0 ? TERMINAL : PLANT], l.marking);
  }
  for (const { actor, items } of groups(spec.lines)) {
    const lineNo = new Map<number, number>();
    const rows = items.map((l) => {
      const next = (lineNo.get(l.declaration) ?? 0) + 1;
      lineNo.set(l.declaration, next);
      const importer = PARTIES[l.importer]!;
      const consignee = PARTIES[l.consignee]!;
      return {
        declaration_id: DECLARATIONS[l.declaration]!,
        line_no: String(next),
        declared_at: isoDay(1),
        bill_of_lading: BOLS[l.bol]!,
        container_no: CONTAINERS[l.container]!,
        importer_name: importer.name,
        importer_rfc: importer.rfc,
        importer_address: importer.address,
        consignee_name: consignee.name,
        consignee_rfc: consignee.rfc,
        consignee_address: consignee.address,
        ...GOODS[l.goods]!,
        quantity_kg: String(l.quantityKg),
        permit_id: l.permit === null ? '' : PERMIT_IDS[l.permit]!,
        destination: PLANT,
      };
    });
    await attempt(() => importDeclarations(db, actor, [declarationsCsv(rows)], screener));
    for (const [i, l] of items.entries()) {
      const row = rows[i]!;
      await mark(
        db,
        actor,
        'declaration_lines',
        'declaration_id = $2 and line_no = $3',
        [row.declaration_id, Number(row.line_no)],
        l.marking,
      );
      if (row.line_no === '1')
        await mark(db, actor, 'declarations', 'id = $2', [row.declaration_id], l.marking);
    }
  }
  for (const { actor, items } of groups(spec.events)) {
    const events = items.map((e) => {
      const where = PLACES[e.place]!;
      return {
        type: 'ObjectEvent',
        eventID: EVENT_IDS[e.eventId],
        eventTime: isoDay(e.day, 8 + e.step),
        eventTimeZoneOffset: '-06:00',
        action: 'OBSERVE',
        bizStep: BIZ_STEPS[e.step],
        epcList: [`urn:epc:id:bic:${CONTAINERS[e.container]}`],
        ...(e.bol === null
          ? {}
          : {
              bizTransactionList: [
                { type: 'bol', bizTransaction: `urn:epcglobal:cbv:bt:7501234000001:${BOLS[e.bol]}` },
              ],
            }),
        ...(e.quantityKg === null
          ? {}
          : {
              quantityList: [
                { epcClass: 'urn:epc:class:lgtin:7501234.01234.L1', quantity: e.quantityKg, uom: 'KGM' },
              ],
            }),
        ...(where.startsWith('geo:')
          ? { readPoint: { id: where } }
          : { readPoint: { id: where }, bizLocation: { id: where } }),
      };
    });
    const document = {
      '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2026-06-30T00:00:00Z',
      epcisBody: { eventList: events },
    };
    await attempt(() => captureDocument(db, actor, document));
    for (const e of items)
      await mark(db, actor, 'epcis_events', 'event_id = $2', [EVENT_IDS[e.eventId]], e.marking);
  }
  for (const [i, r] of spec.reports.entries()) {
    const actor = users[r.by]!;
    await attempt(() =>
      db.asUser(actor, (tx) =>
        insertReport(tx, {
          id: randomUUID(),
          marking: { ownerAgency: actor.agency, ...r.marking },
          title: `report ${i + 1}`,
          body: `what ${actor.agency} assessed`,
          createdBy: actor.userId,
        }),
      ),
    );
  }

  for (const { actor, items } of groups(spec.incidents)) {
    const csv =
      'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
      items
        .map(
          (i) =>
            `INC-${i.incident},${INCIDENT_KINDS[i.kind]},${isoDay(3 + i.kind)},,,${PLACES[i.place]},79-03-8,,100,${BOLS[i.incident]},,,${PARTIES[i.incident]!.rfc},`,
        )
        .join('\n');
    await attempt(() => importIncidents(db, actor, csv));
    for (const i of items)
      await mark(db, actor, 'incidents', 'incident_id = $2', [`INC-${i.incident}`], i.marking);
  }
  for (const { actor, items } of groups(spec.fieldReports)) {
    const csv =
      'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
      items
        .map(
          (r) =>
            `FR-${r.report},${isoDay(4 + r.reliability)},,,${PLACES[r.place]},ground,${RELIABILITY_GRADES[r.reliability]},${1 + r.reliability},drums,`,
        )
        .join('\n');
    await attempt(() => importFieldReports(db, actor, csv));
    for (const r of items)
      await mark(db, actor, 'field_reports', 'report_id = $2', [`FR-${r.report}`], r.marking);
  }

  const world: BuiltWorld = {
    users,
    analysisActor: users[spec.analysisBy]!,
    resolutionActor: users[spec.resolutionBy]!,
  };
  await derive(db, world);
  for (const a of spec.alertActions) {
    const actor = users[a.by]!;
    await attempt(async () => {
      const { alerts } = await db.asUser(actor, (tx) =>
        listAlerts(tx, { sort: 'score', order: 'desc', limit: 100, offset: 0 }),
      );
      const alert = alerts[a.pick % Math.max(alerts.length, 1)];
      if (alert)
        await db.asUser(actor, async (tx) => {
          await actOnAlert(tx, actor, alert.id, {
            action: a.action,
            reason: `alert ${a.action} by ${actor.agency}`,
          });
          if (a.action === 'escalate') await escalateToCase(tx, actor, 'alert', alert.id);
        });
    });
  }
  for (const f of spec.findingActions) {
    const actor = users[f.by]!;
    await attempt(async () => {
      const { findings } = await db.asUser(actor, (tx) => listFindings(tx, { limit: 100, offset: 0 }));
      const finding = findings[f.pick % Math.max(findings.length, 1)];
      if (finding)
        await db.asUser(actor, async (tx) => {
          await actOnFinding(tx, actor, finding.id, {
            action: f.action,
            reason: `finding ${f.action} by ${actor.agency}`,
          });
          if (f.action === 'escalate') await escalateToCase(tx, actor, 'finding', finding.id);
        });
    });
  }
  await derive(db, world);
  for (const d of spec.entityDecisions) {
    const actor = users[d.by]!;
    await attempt(async () => {
      const members = await db.asUser(actor, (tx) => visibleMembers(tx));
      const entities = [...new Set(members.map((m) => m.entityId))];
      const entity = entities[d.pick % Math.max(entities.length, 1)];
      if (!entity) return;
      const own = members.filter((m) => m.entityId === entity).map((m) => m.recordId);
      await decide(
        db,
        actor,
        entity,
        d.kind === 'confirm' ? { kind: 'confirm' } : { kind: 'split', recordIds: own.slice(0, 1) },
        `entity ${d.kind} by ${actor.agency}`,
      );
    });
  }
  for (const a of spec.leadActions) await actOnLead(db, users[a.by]!, a);
  for (const a of spec.caseActions ?? []) await actOnCase(db, users, a, attempt);
  return { ...world, failures: await derive(db, world) };
}

const LEAD_ACTION_KINDS = ['accept', 'reject', 'merge', 'found', 'nothing_found'] as const;
type LeadActionKind = (typeof LEAD_ACTION_KINDS)[number];

/** One of the user's own leads (picked from its list) decided on, or searched, as the API would. */
async function actOnLead(
  db: Database,
  actor: Actor,
  a: { pick: number; kind: LeadActionKind; marking: MarkingSpec },
): Promise<void> {
  await attempt(() =>
    db.asUser(actor, async (tx) => {
      const { items } = await listLeads(tx, actor, { limit: 10 });
      const lead = items[a.pick % Math.max(items.length, 1)];
      if (!lead) return;
      const marking = { ownerAgency: actor.agency, ...a.marking };
      const reason = `lead ${a.kind} by ${actor.agency}`;
      if (a.kind === 'found' || a.kind === 'nothing_found')
        await recordOutcome(tx, actor, lead.leadId, { outcome: a.kind, note: reason, marking });
      else {
        const next = items[(a.pick + 1) % items.length]!;
        if (a.kind === 'merge' && next.leadId === lead.leadId) return;
        await decideOnLead(tx, actor, lead.leadId, {
          action: a.kind,
          reason,
          ...(a.kind === 'merge' ? { mergedInto: next.leadId } : {}),
          marking,
        });
      }
    }),
  );
}
