/**
 * Entities obey noninterference (docs/SHARING.md): what an agency reads of entities is what it would
 * read if the database held only the records and decisions it may see. Regression tests of issue 11,
 * class 4: opaque ids, no grouping through hidden records, decisions that stay in their class.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { insertLine, rfc, seedResolvedWorld } from '../testing/resolution-fixtures.ts';
import { runResolution } from './service.ts';
import { visibleMembers } from './reads.repository.ts';

/** The id scheme this replaces: a UUID-shaped SHA-1 of the lowest member record id. */
function formerEntityId(recordId: string): string {
  const hex = createHash('sha1').update(`entity:${recordId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const entityOf = async (db: Database, who: Actor, recordId: string) =>
  (await db.asUser(who, (tx) => visibleMembers(tx))).find((m) => m.recordId === recordId)?.entityId;

/** Three consignees: A and B alone do not match; H (same RFC as A, same address as B) joins them. */
const A = [
  'Almacenes Tecnicos del Bajio',
  rfc('ATB120304KL'),
  'Calle Hidalgo 3, C.P. 76000, Querétaro, Qro.',
];
const H = [
  'Almacenes Técnicos del Bajío S.A. de C.V.',
  rfc('ATB120304KL'),
  'Blvd. Bernardo Quintana 410, C.P. 76090, Querétaro, Qro.',
];
const B = [
  'Almacenes Tecnicos Bajio Logistica',
  null,
  'Blvd. Bernardo Quintana 410, C.P. 76090, Querétaro, Qro.',
];
const importer: [string, string, string] = [
  'Química Industrial del Pacífico, S.A. de C.V.',
  rfc('QIP050101AB'),
  'Av. Manuel Álvarez 1234, C.P. 28200, Manzanillo, Colima',
];

describeEachEngine('entities: noninterference (issue 11, class 4)', (getDb) => {
  let app: App;
  let seeded: Awaited<ReturnType<typeof seedResolvedWorld>>;
  const get = async (who: Actor, url: string) =>
    (
      await app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      })
    ).json();
  const post = async (who: Actor, url: string, payload: object) =>
    app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      payload,
    });
  beforeEach(async () => {
    seeded = await seedResolvedWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('an entity id cannot be brute-forced back to its members: it is keyed with a secret the app cannot read', async () => {
    const { db, world, qip, partnerQip, members } = seeded;
    // the former scheme: hashing candidate declaration numbers found the lowest member at once
    const candidates = Array.from({ length: 100 }, (_, i) => `decl:D${i}:1:importer`).flatMap((id) => [
      id,
      `${id}@MX-ANAM`,
    ]);
    for (const id of [qip, partnerQip]) expect(candidates.map(formerEntityId)).not.toContain(id);
    // the key is not in any row the application role may read
    await expect(
      db.asUser(world.host, (tx) => tx.query('select key from derivation_keys')),
    ).rejects.toThrow();
    // same records, another key: every id changes, so no function of the member ids alone gives them
    const before = new Map(members.map((m) => [m.recordId, m.entityId]));
    await db.asOwner((tx) =>
      tx.query("update derivation_keys set key = decode(repeat('ab', 32), 'hex') where purpose = 'entity'"),
    );
    await runResolution(db, world.host);
    const after = await db.asUser(world.host, (tx) => visibleMembers(tx));
    expect(after.map((m) => m.recordId).sort()).toEqual([...before.keys()].sort());
    for (const m of after) expect(m.entityId).not.toBe(before.get(m.recordId));
    // and the membership is what it was
    const groups = (rows: { recordId: string; entityId: string }[]) => {
      const byEntity = new Map<string, string[]>();
      for (const r of rows) byEntity.set(r.entityId, [...(byEntity.get(r.entityId) ?? []), r.recordId]);
      return [...byEntity.values()].map((g) => g.sort().join(' ')).sort();
    };
    expect(groups(after)).toEqual(groups(members));
  });

  it('variant: a permit holder (another identifier) and a split-off entity get opaque ids too', async () => {
    const { db, world, qip } = seeded;
    const split = await post(world.host, `/api/entities/${qip}/split`, {
      recordIds: ['decl:D3:1:importer@MX-ANAM'],
    });
    expect(split.statusCode).toBe(200);
    const [, splitId] = split.json().entityIds as string[];
    expect(await entityOf(db, world.host, 'decl:D3:1:importer@MX-ANAM')).toBe(splitId);
    for (const candidate of ['decl:D3:1:importer@MX-ANAM', 'decl:D3:1:importer#split:'])
      expect(formerEntityId(candidate)).not.toBe(splitId);
    // a holder's entity, keyed the same way: the permit number does not lead to it
    await db.asOwner((tx) =>
      tx.query(
        `insert into permits (id, owner_agency, tlp, releasable_to, permit_id, holder_name, holder_rfc, substance_cas,
           max_kg_per_year, valid_from, valid_to, updated_at)
         values (gen_random_uuid(), $1, 'amber', '{MEX,USA}', 'COF-2024-0001', 'Laboratorios Ficticios SA', $2,
           '67-64-1', 1000, '2024-01-01', '2024-12-31', now())`,
        [world.hostAgency, rfc('LFI100101AA')],
      ),
    );
    await runResolution(db, world.host);
    const holder = await entityOf(db, world.host, 'permit:COF-2024-0001:holder@MX-ANAM');
    expect(holder).toBeDefined();
    expect(holder).not.toBe(formerEntityId('permit:COF-2024-0001:holder@MX-ANAM'));
    const partnerHolder = await entityOf(db, world.partner, 'permit:COF-2024-0001:holder@MX-ANAM');
    expect(partnerHolder).toBeDefined();
    expect(partnerHolder).not.toBe(holder);
  });

  it('a record hidden from the partner does not join two records the partner sees', async () => {
    const { db, world } = seeded;
    await db.asOwner(async (tx) => {
      for (const [id, consignee, releasableTo] of [
        ['DA', A, ['MEX', 'USA']],
        ['DH', H, ['MEX']],
        ['DB', B, ['MEX', 'USA']],
      ] as const)
        await insertLine(tx, world.hostAgency, {
          declarationId: id,
          bol: `BOL-${id}`,
          releasableTo: [...releasableTo],
          importer,
          consignee: consignee as [string, string | null, string],
        });
    });
    await runResolution(db, world.host);
    const hostA = await entityOf(db, world.host, 'decl:DA:1:consignee@MX-ANAM');
    expect(await entityOf(db, world.host, 'decl:DH:1:consignee@MX-ANAM')).toBe(hostA);
    expect(await entityOf(db, world.host, 'decl:DB:1:consignee@MX-ANAM')).toBe(hostA);
    const partnerA = await entityOf(db, world.partner, 'decl:DA:1:consignee@MX-ANAM');
    const partnerB = await entityOf(db, world.partner, 'decl:DB:1:consignee@MX-ANAM');
    expect(partnerA).toBeDefined();
    expect(partnerB).toBeDefined();
    expect(partnerA).not.toBe(partnerB);
    // through the API: two entities of one record each, and the host's id names nothing for the partner
    expect((await get(world.partner, `/api/entities/${partnerA}`)).records).toHaveLength(1);
    expect((await get(world.partner, `/api/entities/${partnerB}`)).records).toHaveLength(1);
    expect((await get(world.partner, `/api/entities/${hostA}`)).error.code).toBe('NOT_FOUND');
    const listed = (await get(world.partner, '/api/entities?q=BAJIO')).items as { records: number }[];
    expect(listed.map((e) => e.records)).toEqual([1, 1]);
  });

  it('variant: a record only its owner sees (red) does not join, in entity_links, two records another host agency sees', async () => {
    const { db, world } = seeded;
    await db.asOwner(async (tx) => {
      for (const [id, consignee, owner] of [
        ['DA', A, world.hostAgency],
        ['DH', H, world.otherHostAgency],
        ['DB', B, world.hostAgency],
      ] as const)
        await insertLine(tx, owner, {
          declarationId: id,
          bol: `BOL-${id}`,
          releasableTo: ['MEX'],
          importer,
          consignee: consignee as [string, string | null, string],
        });
      await tx.query("update declaration_lines set tlp = 'red' where declaration_id = 'DH'");
      await tx.query("update declarations set tlp = 'red' where id = 'DH'");
    });
    await runResolution(db, world.host);
    // the owner of the red record (MX-CNI) sees the three joined; MX-ANAM does not
    const cni = await entityOf(db, world.otherHost, 'decl:DA:1:consignee@MX-ANAM');
    expect(await entityOf(db, world.otherHost, 'decl:DB:1:consignee@MX-ANAM')).toBe(cni);
    const anamA = await entityOf(db, world.host, 'decl:DA:1:consignee@MX-ANAM');
    const anamB = await entityOf(db, world.host, 'decl:DB:1:consignee@MX-ANAM');
    expect(anamA).not.toBe(anamB);
    // no link MX-ANAM reads joins DA's consignee to DB's, directly or through the entity
    const links = await db.asUser(world.host, (tx) =>
      tx.query<{ a: string; b: string; entity_id: string }>(
        `select a.record_id as a, b.record_id as b, l.entity_id from entity_links l
           join party_records a on a.id = l.record_a join party_records b on b.id = l.record_b`,
      ),
    );
    const consignees = links.rows.filter((r) => /decl:D[AHB]:1:consignee/.test(r.a + r.b));
    expect(consignees).toEqual([]);
    expect(links.rows.every((r) => !r.a.startsWith('decl:DH') && !r.b.startsWith('decl:DH'))).toBe(true);
  });

  it('the same declaration number held by the host and by the partner gives two records, each its own', async () => {
    const { db, world } = seeded;
    await db.asOwner((tx) =>
      insertLine(tx, world.partnerAgency, {
        declarationId: 'D1',
        bol: 'BOL-US1',
        releasableTo: ['USA'],
        importer: [
          'Ferretera Nueva del Centro',
          rfc('FNC150505QQ'),
          'Calle Hidalgo 3, C.P. 76000, Querétaro, Qro.',
        ],
      }),
    );
    await runResolution(db, world.host);
    const partner = await db.asUser(world.partner, (tx) => visibleMembers(tx));
    const ids = partner.map((m) => m.recordId);
    expect(ids).toContain('decl:D1:1:importer@MX-ANAM');
    expect(ids).toContain('decl:D1:1:importer@US-DEA');
    const host = await db.asUser(world.host, (tx) => visibleMembers(tx));
    expect(host.map((m) => m.recordId)).not.toContain('decl:D1:1:importer@US-DEA');
    expect(host.find((m) => m.recordId === 'decl:D1:1:importer@MX-ANAM')!.name).toBe(
      'Química Industrial del Pacífico, S.A. de C.V.',
    );
  });

  it("a partner's decision does not change what the host sees", async () => {
    const { world, qip, partnerQip } = seeded;
    const hostView = async () => ({
      list: await get(world.host, '/api/entities'),
      entity: await get(world.host, `/api/entities/${qip}`),
      network: await get(world.host, `/api/entities/${qip}/network?depth=2`),
    });
    const before = await hostView();
    const split = await post(world.partner, `/api/entities/${partnerQip}/split`, {
      recordIds: ['decl:D3:1:importer@MX-ANAM'],
      reason: 'partner thinks D3 is another company',
    });
    expect(split.statusCode).toBe(403); // an advisor may not decide
    const partnerAnalyst = await getDb().asOwner(async (tx) => {
      const { makeUser } = await import('../testing/factories.ts');
      return makeUser(tx, world.partnerAgency, ['analyst'], 'partner-analyst');
    });
    const decided = await post(partnerAnalyst, `/api/entities/${partnerQip}/split`, {
      recordIds: ['decl:D3:1:importer@MX-ANAM'],
      reason: 'partner thinks D3 is another company',
    });
    expect(decided.statusCode).toBe(200);
    // the partner's own view follows its decision
    const partnerAfter = await get(world.partner, `/api/entities/${partnerQip}`);
    expect(partnerAfter.records.map((r: { id: string }) => r.id)).toEqual(['decl:D1:1:importer@MX-ANAM']);
    // the host's does not, now or after the next run
    expect(await hostView()).toEqual(before);
    await runResolution(getDb(), world.host);
    expect(await hostView()).toEqual(before);
    // and the partner's decision still holds for the partner after the run
    const partnerRerun = await getDb().asUser(world.partner, (tx) => visibleMembers(tx));
    const of = (id: string) => partnerRerun.find((m) => m.recordId === id)!.entityId;
    expect(of('decl:D1:1:importer@MX-ANAM')).not.toBe(of('decl:D3:1:importer@MX-ANAM'));
  });

  it('variant: a host confirm and split (another role, the other direction) do not change what the partner sees', async () => {
    const { world, qip, partnerQip } = seeded;
    const partnerView = async () => ({
      list: await get(world.partner, '/api/entities'),
      entity: await get(world.partner, `/api/entities/${partnerQip}`),
      network: await get(world.partner, `/api/entities/${partnerQip}/network?depth=2`),
    });
    const before = await partnerView();
    expect((await post(world.host, `/api/entities/${qip}/confirm`, { reason: 'checked' })).statusCode).toBe(
      200,
    );
    expect(await partnerView()).toEqual(before);
    expect(before.entity.status).toBe('resolved');
    const split = await post(world.otherHost, `/api/entities/${qip}/split`, {
      recordIds: ['decl:D3:1:importer@MX-ANAM'],
    });
    expect(split.statusCode).toBe(200);
    expect(await partnerView()).toEqual(before);
    await runResolution(getDb(), world.host);
    expect(await partnerView()).toEqual(before);
    // the host's agencies, who may read the decision, see it applied
    expect(await entityOf(getDb(), world.host, 'decl:D3:1:importer@MX-ANAM')).not.toBe(
      await entityOf(getDb(), world.host, 'decl:D1:1:importer@MX-ANAM'),
    );
  });
});
