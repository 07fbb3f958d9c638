import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { seedResolvedWorld } from '../testing/resolution-fixtures.ts';

describeEachEngine('entities API', (getDb) => {
  let app: App;
  let seeded: Awaited<ReturnType<typeof seedResolvedWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload ? { payload } : {}),
    });
  beforeEach(async () => {
    seeded = await seedResolvedWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('searches entities and shows one with the records the caller may see and why they merged', async () => {
    const { world, qip } = seeded;
    const found = (await call(world.host, 'GET', '/api/entities?q=quimica')).json().items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: qip, records: 3 });
    const host = (await call(world.host, 'GET', `/api/entities/${qip}`)).json();
    expect(host.records).toHaveLength(3);
    expect(host.kind).toBe('company'); // a persona moral's RFC (three letters)
    expect(host.links.length).toBe(2);
    // D2 normalises to the same record as D1 (suffix and abbreviation variants): an identical link
    const match = host.links.find((l: { reason: string }) => l.reason === 'match');
    expect(match.fields.find((f: { comparison: string }) => f.comparison === 'rfc').level).toBe('exact');
    expect(host.links.map((l: { reason: string }) => l.reason).sort()).toEqual(['identical', 'match']);
    // the partner's entity of the same company: computed from the partner's records, with its own id
    expect((await call(world.partner, 'GET', `/api/entities/${qip}`)).statusCode).toBe(404);
    const partner = (await call(world.partner, 'GET', `/api/entities/${seeded.partnerQip}`)).json();
    expect(partner.records.map((r: { id: string }) => r.id).sort()).toEqual([
      'decl:D1:1:importer@MX-ANAM',
      'decl:D3:1:importer@MX-ANAM',
    ]);
    // a link is shown only when the partner may see both of its records
    for (const link of partner.links) {
      expect([link.recordA, link.recordB]).not.toContain('decl:D2:1:importer@MX-ANAM');
    }
  });

  it('answers a summary alone and the record groups a page at a time', async () => {
    const { world, qip } = seeded;
    const summary = (await call(world.host, 'GET', `/api/entities/${qip}?records=none`)).json();
    expect(summary).toMatchObject({ recordCount: 3, records: [], links: [], kind: 'company' });
    expect(summary.roles.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(3);
    const all = (await call(world.host, 'GET', `/api/entities/${qip}/groups?limit=200`)).json();
    expect(all.records).toBe(3);
    expect(all.items.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(3);
    expect(all.items[0].evidence.length).toBeGreaterThan(0);
    const first = (await call(world.host, 'GET', `/api/entities/${qip}/groups?limit=1`)).json();
    const second = (await call(world.host, 'GET', `/api/entities/${qip}/groups?limit=1&offset=1`)).json();
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 2));
    expect((await call(world.partner, 'GET', `/api/entities/${qip}/groups`)).statusCode).toBe(404);
  });

  it("lists the input records of an entity the caller may see, which a release names, not the entity's", async () => {
    const { world, qip, partnerQip } = seeded;
    const host = (await call(world.host, 'GET', `/api/entities/${qip}/inputs`)).json();
    const lines = host.items.filter((i: { table: string }) => i.table === 'declaration_lines');
    expect(lines.map((l: { label: string }) => l.label)).toEqual(['D1 #1', 'D2 #1', 'D3 #1']);
    expect(host.total).toBe(host.items.length);
    // each names a record the markings API finds: the host owns them all, so none would be refused
    const records = host.items.map(({ table, id }: { table: string; id: string }) => ({ table, id }));
    const preview = await call(world.host, 'POST', '/api/markings/batch/preview', {
      records,
      releaseTo: ['USA'],
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().records.map((r: { refusal: string | null }) => r.refusal)).toEqual(
      records.map(() => null),
    );
    // the partner sees two of the lines: its entity's inputs are those two, and the host's entity is not its own
    const partner = (await call(world.partner, 'GET', `/api/entities/${partnerQip}/inputs`)).json();
    expect(
      partner.items
        .filter((i: { table: string }) => i.table === 'declaration_lines')
        .map((l: { label: string }) => l.label),
    ).toEqual(['D1 #1', 'D3 #1']);
    expect((await call(world.partner, 'GET', `/api/entities/${qip}/inputs`)).statusCode).toBe(404);
    const page = (await call(world.host, 'GET', `/api/entities/${qip}/inputs?limit=1&offset=1`)).json();
    expect(page.items).toEqual(host.items.slice(1, 2));
  });

  it('answers a summary as the full view counts it, and audits it by its lowest record as a list row', async () => {
    const { world, qip, partnerQip } = seeded;
    for (const [who, id] of [
      [world.host, qip],
      [world.partner, partnerQip],
    ] as const) {
      const full = (await call(who, 'GET', `/api/entities/${id}`)).json();
      const summary = (await call(who, 'GET', `/api/entities/${id}?records=none`)).json();
      expect(summary).toEqual({ ...full, records: [], links: [] });
      const anchor = (full.records as { id: string }[]).map((r) => r.id).sort()[0];
      const { rows } = await getDb().asOwner((tx) =>
        tx.query<{ n: number }>(
          `select count(*)::int as n from (select subject_table, subject_ids, actor_user from audit_staged
             union all select subject_table, subject_ids, actor_user from audit_log) e
           where subject_table = 'party_records' and subject_ids = array[$1] and actor_user = $2`,
          [anchor, who.userId],
        ),
      );
      expect(rows[0]!.n).toBe(1);
    }
    expect((await call(world.partner, 'GET', `/api/entities/${qip}?records=none`)).statusCode).toBe(404);
  });

  it("names a line's parties with their entities, as far as the caller may see them", async () => {
    const { world, qip } = seeded;
    const url = (declaration: string) => `/api/declarations/${declaration}/lines/1/parties?agency=MX-ANAM`;
    const host = (await call(world.host, 'GET', url('D1'))).json().items;
    expect(host.find((p: { role: string }) => p.role === 'importer')).toMatchObject({ entityId: qip });
    expect((await call(world.partner, 'GET', url('D2'))).json().items).toEqual([]);
    expect((await call(world.host, 'GET', url('D2'))).json().items.length).toBeGreaterThan(0);
  });

  it('an entity made only of unreleased records does not exist for the partner', async () => {
    const { world, members } = seeded;
    const hidden = members.find((m) => m.recordId === 'decl:D2:1:consignee@MX-ANAM')!.entityId;
    expect((await call(world.host, 'GET', `/api/entities/${hidden}`)).statusCode).toBe(200);
    expect((await call(world.partner, 'GET', `/api/entities/${hidden}`)).statusCode).toBe(404);
    expect((await call(world.partner, 'GET', `/api/entities/${hidden}/network`)).statusCode).toBe(404);
    const listed = (await call(world.partner, 'GET', '/api/entities')).json().items;
    expect(listed.map((e: { id: string }) => e.id)).not.toContain(hidden);
  });

  it('serves the network to a depth, and records confirm and split decisions', async () => {
    const { world, qip } = seeded;
    const network = (await call(world.host, 'GET', `/api/entities/${qip}/network?depth=2`)).json();
    expect(network.nodes.map((n: { id: string }) => n.id)).toContain('consignment:BOL2');
    expect(network.complete).toBe(true);
    // A finding raises the risk of the consignment's companies until an analyst dismisses it.
    const riskOf = (graph: { nodes: { id: string; risk?: number }[] }) =>
      graph.nodes.find((n) => n.id === `entity:${qip}`)?.risk ?? 0;
    const finding = '00000000-0000-4000-8000-00000000f001';
    await getDb().asOwner((tx) =>
      tx.query(
        `insert into findings (id, owner_agency, bill_of_lading, kind, severity, evidence, explanation_en,
           explanation_es, computed_at) values ($1, $2, 'BOL2', 'dwell', 'high', '{}', 'x', 'x', now())`,
        [finding, world.host.agency],
      ),
    );
    // Findings are read through their viewers (0510): here, every agency its marking reaches.
    await getDb().asOwner((tx) =>
      tx.query(
        'update findings set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients) where id = $1',
        [finding],
      ),
    );
    const risky = (await call(world.host, 'GET', `/api/entities/${qip}/network?depth=2`)).json();
    expect(riskOf(risky)).toBeGreaterThan(riskOf(network));
    await getDb().asOwner((tx) =>
      tx.query(
        `update findings set status = 'dismissed', dismiss_reason = 'truck broke down' where id = $1`,
        [finding],
      ),
    );
    const cleared = (await call(world.host, 'GET', `/api/entities/${qip}/network?depth=2`)).json();
    expect(cleared.nodes.map((n: { id: string }) => n.id)).not.toContain(`finding:${finding}`);
    expect(riskOf(cleared)).toBe(riskOf(network));
    expect((await call(world.host, 'GET', `/api/entities/${qip}/network?depth=9`)).statusCode).toBe(400);
    const confirmed = await call(world.host, 'POST', `/api/entities/${qip}/confirm`, { reason: 'checked' });
    expect(confirmed.statusCode).toBe(200);
    const badSplit = await call(world.host, 'POST', `/api/entities/${qip}/split`, {
      recordIds: ['decl:NOPE:1:importer'],
    });
    expect(badSplit.statusCode).toBe(400);
    expect(badSplit.json().error.field).toBe('recordIds');
    const split = await call(world.host, 'POST', `/api/entities/${qip}/split`, {
      recordIds: ['decl:D2:1:importer@MX-ANAM'],
    });
    expect(split.json().entityIds).toHaveLength(2);
    expect((await call(world.host, 'GET', `/api/entities/${qip}`)).json().records).toHaveLength(2);
  });
});
