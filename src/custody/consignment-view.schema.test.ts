/**
 * GET /api/consignments/:bol serializes through its zod response schema, which strips what the schema does
 * not declare: the HTTP body must be exactly what consignmentView returns, field for field, whatever the
 * caller may see.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { consignmentView } from './consignment-view.service.ts';
import { ConsignmentDetail } from './consignment-view.schema.ts';
import { BOL, PLANT, TERMINAL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

const CAS_MATCH = {
  code: 'CAS_MATCH',
  en: 'CAS 79-03-8 is propionyl chloride',
  es: 'El CAS 79-03-8 corresponde a cloruro de propionilo',
};

describeEachEngine('the consignment view over HTTP matches the service', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  /** The service's own value as it would travel as JSON. */
  const served = async (who: Actor) => JSON.parse(JSON.stringify(await consignmentView(getDb(), who, BOL)));

  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
    // Capturing analyses the consignment: received 7 % short at the plant, one quantity_loss finding.
    await call(world.port, 'POST', '/api/epcis/capture', epcisDocument(shortTrip()));
    await getDb().asUser(world.host, async (tx) => {
      // Screening's reasons and a structure on the controlled line.
      await tx.query(
        `update declaration_lines set reasons = $2::jsonb, smiles = 'CCC(=O)Cl' where bill_of_lading = $1`,
        [BOL, JSON.stringify([CAS_MATCH])],
      );
      // A second, clear line with no container, CAS, permit or destination: the nullable side of a line.
      await tx.query(
        `insert into declaration_lines (id, owner_agency, declaration_id, line_no, declared_at, port_locode,
           importer_name, bill_of_lading, consignee_name, hs_code, goods_description, quantity_kg,
           declared_value_usd, verdict, list_version)
         values (gen_random_uuid(), 'MX-ANAM', '24 16 3456 4000123', 2, '2024-03-01T10:00:00-06:00', 'MXZLO',
           'Química Industrial', $1, 'Química Industrial', '8421.29', 'filtros', 10, 100, 'clear', 'test')`,
        [BOL],
      );
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('serves every part of a fully known consignment, nothing stripped or added', async () => {
    const [finding] = (await call(world.host, 'GET', `/api/findings?bol=${BOL}`)).json().items;
    const dismissed = await call(world.host, 'POST', `/api/findings/${finding.id}/dismiss`, {
      reason: 'merma de evaporación documentada',
    });
    expect(dismissed.statusCode).toBe(200);

    const response = await call(world.host, 'GET', `/api/consignments/${BOL}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual(await served(world.host));
    expect(ConsignmentDetail.parse(body)).toEqual(body);

    // Every part is filled, so the comparison above covers each of them.
    expect(body.state).toBe('received');
    expect(body.lines).toHaveLength(2);
    const controlled = body.lines.find((l: { lineNo: number }) => l.lineNo === 1);
    expect(controlled).toMatchObject({
      containerNo: 'MSCU1234565',
      permitId: 'COF-2024-001',
      destination: PLANT,
      smiles: 'CCC(=O)Cl',
      verdict: 'controlled',
      substance: 'propionyl-chloride',
      reasons: [CAS_MATCH],
      importerName: 'Química Industrial',
    });
    expect(body.lines.find((l: { lineNo: number }) => l.lineNo === 2)).toMatchObject({
      containerNo: null,
      casNumber: null,
      permitId: null,
      destination: null,
      verdict: 'clear',
      reasons: [],
    });
    expect(body.permits).toMatchObject([
      { permitId: 'COF-2024-001', marking: { ownerAgency: 'MX-COFEPRIS' } },
    ]);
    expect(body.timeline).toHaveLength(4);
    expect(body.timeline[0].place).toMatchObject({
      id: TERMINAL,
      name: 'Terminal Manzanillo',
      kind: 'terminal',
    });
    expect(body.timeline[2].place).toMatchObject({ id: 'geo:19.9,-103.7', name: null, kind: null });
    expect(body.track).toHaveLength(4);
    expect(body.destination).toEqual({ lat: 20.6736, lon: -103.344 });
    expect(body.declaredDestination).toMatchObject({
      text: PLANT,
      place: { name: 'Planta Guadalajara', licensed: true, permits: [{ permitId: 'COF-2024-001' }] },
      point: { lat: 20.6736, lon: -103.344 },
    });
    expect(body.findings).toEqual([
      expect.objectContaining({
        id: finding.id,
        kind: 'quantity_loss',
        status: 'dismissed',
        dismissReason: 'merma de evaporación documentada',
        lat: 20.6736,
        lon: -103.344,
      }),
    ]);
  });

  it('names its lines and events by the keys a release takes', async () => {
    const body = (await call(world.host, 'GET', `/api/consignments/${BOL}`)).json();
    const uuid = /^[0-9a-f-]{36}$/;
    expect(body.lines.map((l: { id: string }) => l.id)).toEqual([
      expect.stringMatching(uuid),
      expect.stringMatching(uuid),
    ]);
    expect(body.timeline.every((e: { id: string }) => uuid.test(e.id))).toBe(true);
    const records = [
      ...body.lines.map((l: { id: string }) => ({ table: 'declaration_lines', id: l.id })),
      ...body.timeline.map((e: { id: string }) => ({ table: 'epcis_events', id: e.id })),
    ];
    const preview = await call(world.host, 'POST', '/api/markings/batch/preview', {
      records,
      releaseTo: ['USA'],
    });
    expect(preview.statusCode).toBe(200);
    // the customs agency's own lines would be released; only the port operator widens its events
    expect(
      preview.json().records.map((r: { table: string; refusal: string | null }) => [r.table, r.refusal]),
    ).toEqual([
      ['declaration_lines', null],
      ['declaration_lines', null],
      ...body.timeline.map(() => ['epcis_events', 'MARKING_WIDENING_FORBIDDEN']),
    ]);
  });

  it('serves a partner exactly the part released to them', async () => {
    // The lines and places released to the partner's nation, and only the events at the terminal.
    await getDb().asUser(world.host, async (tx) => {
      await tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [
        BOL,
      ]);
      await tx.query(`update locations set releasable_to = '{MEX,USA}'`);
    });
    await getDb().asUser(world.port, (tx) =>
      tx.query(`update epcis_events set releasable_to = '{MEX,USA}' where biz_location = $1`, [TERMINAL]),
    );

    const response = await call(world.partner, 'GET', `/api/consignments/${BOL}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual(await served(world.partner));
    expect(ConsignmentDetail.parse(body)).toEqual(body);

    expect(body.lines).toHaveLength(2);
    expect(body.permits).toEqual([]); // the regulator's permits are not released
    expect(body.timeline.map((e: { place: { id: string } }) => e.place.id)).toEqual([TERMINAL, TERMINAL]);
    expect(body.track).toEqual([
      [-104.31, 19.06],
      [-104.31, 19.06],
    ]);
    expect(body.state).toBe('released'); // the partner's clock and events: it left the terminal
    expect(body.declaredDestination).toMatchObject({
      text: PLANT,
      place: { name: 'Planta Guadalajara', permits: [] },
    });
    expect(body.findings).toEqual([]); // derived from events the partner may not see

    expect((await call(world.partner, 'GET', '/api/consignments/MEDU0000000')).statusCode).toBe(404);
  });

  it('documents every field the service returns', async () => {
    const doc = app.swagger() as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    };
    const schema = doc.paths['/api/consignments/{bol}']!.get.responses['200']!.content[
      'application/json'
    ] as {
      schema: { properties: Record<string, unknown>; required: string[] };
    };
    const body = await served(world.host);
    expect(Object.keys(schema.schema.properties).sort()).toEqual(Object.keys(body).sort());
    expect([...schema.schema.required].sort()).toEqual(Object.keys(body).sort());
  });
});
