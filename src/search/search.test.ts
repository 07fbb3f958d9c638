import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

interface Hit {
  kind: string;
  id: string;
  label: string;
  context: string;
  score: number;
  open: Record<string, string>;
  records: { table: string; id: string; marking: { ownerAgency: string } }[];
}

const HOST_ONLY = { tlp: 'amber', releasableTo: ['MEX'] };
const SHARED = { tlp: 'green', releasableTo: ['MEX', 'USA'] };
type Mark = typeof HOST_ONLY;

/** A declaration and one line of it, inserted as its owner agency would (through the app role). */
async function declare(
  db: Database,
  owner: Actor,
  mark: Mark,
  line: { declaration: string; bol: string; container?: string; goods: string; consignee?: string },
): Promise<string> {
  const id = randomUUID();
  await db.asUser(owner, async (tx) => {
    await tx.query(
      `insert into declarations (id, owner_agency, tlp, releasable_to, declared_at, port_locode, origin_country,
         importer_name)
       values ($1, $2, $3, $4, '2026-11-02T10:00:00Z', 'MXVER', 'CN', 'Importadora Test')
       on conflict do nothing`,
      [line.declaration, owner.agency, mark.tlp, mark.releasableTo],
    );
    await tx.query(
      `insert into declaration_lines (id, owner_agency, tlp, releasable_to, declaration_id, line_no, declared_at,
         port_locode, importer_name, container_no, bill_of_lading, consignee_name, hs_code, goods_description,
         quantity_kg, declared_value_usd, verdict, list_version)
       values ($1, $2, $3, $4, $5,
         (select coalesce(max(line_no), 0) + 1 from declaration_lines where declaration_id = $5 and owner_agency = $2),
         '2026-11-02T10:00:00Z', 'MXVER', 'Importadora Test', $6, $7, $8, '291411', $9, 100, 1000, 'clear', 'v1')`,
      [
        id,
        owner.agency,
        mark.tlp,
        mark.releasableTo,
        line.declaration,
        line.container ?? null,
        line.bol,
        line.consignee ?? 'Consignataria',
        line.goods,
      ],
    );
  });
  return id;
}

/**
 * The search's rule (src/store/migrations/0680_search_ranked.sql, identifiers as 0703 has them), spelled here independently as a condition on a
 * row's own columns, folded on the spot: the candidate functions read the folded columns the triggers keep, so a
 * row they return and this condition disagree on is either a different rule or a stale column.
 */
type Field = ['name' | 'key', string];
const name = (column: string): Field => ['name', column];
const key = (column: string): Field => ['key', column];
const TERMS = String.raw`terms as (select centinela_fold($1::text) as folded, centinela_fold_key($1::text) as key,
  replace(replace(replace(centinela_fold($1::text), '\', '\\'), '%', '\%'), '_', '\_') as pattern)`;
const ruleOf = (fields: Field[]) =>
  fields
    .map(([as, column]) =>
      as === 'key'
        ? `(t.key <> '' and (centinela_fold_key(${column}) = t.key
             or (length(t.key) >= 3 and centinela_fold_key(${column}) like '%' || t.key || '%')))`
        : `(t.folded <> '' and (centinela_fold(${column}) like t.pattern || '%'
             or (length(t.folded) >= 3 and centinela_fold(${column}) like '%' || t.pattern || '%')
             or (t.folded ~ '[[:alnum:]]{3}' and t.folded <% centinela_fold(${column}))))`,
    )
    .join(' or ');

async function party(db: Database, owner: Actor, mark: Mark, name: string, rfc: string | null) {
  await db.asUser(owner, (tx) =>
    tx.query(
      `insert into party_records (id, owner_agency, tlp, releasable_to, record_id, source, role, name, rfc, name_core)
       values ($1, $2, $3, $4, $5, 'report', 'party', $6, $7, lower($6))`,
      [randomUUID(), owner.agency, mark.tlp, mark.releasableTo, `test:${randomUUID()}`, name, rfc],
    ),
  );
}

/** An incident and a field report at one place, inserted as their owner agency would (through the app role). */
async function evidence(db: Database, owner: Actor, mark: Mark, suffix: string) {
  const ids = { incident: randomUUID(), report: randomUUID() };
  await db.asUser(owner, async (tx) => {
    await tx.query(
      `insert into incidents (id, owner_agency, tlp, releasable_to, incident_id, kind, occurred_at, lat, lon, place,
         party_names, party_rfcs, narrative)
       values ($1, $2, $3, $4, $5, 'seizure', '2026-11-03T12:00:00Z', 20.6, -103.4, 'Bodega Tlaquepaque',
         '{"Químicos Tapatíos SA"}', '{QTA-900101-AB1}', 'Aseguramiento de tambos con anhídrido acético')`,
      [ids.incident, owner.agency, mark.tlp, mark.releasableTo, `INC-${suffix}`],
    );
    await tx.query(
      `insert into field_reports (id, owner_agency, tlp, releasable_to, report_id, observed_at, lat, lon, place,
         source_type, reliability, credibility, narrative)
       values ($1, $2, $3, $4, $5, '2026-11-04T12:00:00Z', 20.6, -103.4, 'Bodega Tlaquepaque', 'ground', 'B', 2,
         'Olor químico y ventanas tapadas')`,
      [ids.report, owner.agency, mark.tlp, mark.releasableTo, `FR-${suffix}`],
    );
  });
  return ids;
}

/** A case opened by `owner`, inserted as its agency would (through the app role). */
async function openCase(
  db: Database,
  owner: Actor,
  mark: Mark,
  title: string,
  summary = '',
): Promise<string> {
  const id = randomUUID();
  await db.asUser(owner, (tx) =>
    tx.query(
      `insert into cases (id, owner_agency, tlp, releasable_to, title, summary, opened_by)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [id, owner.agency, mark.tlp, mark.releasableTo, title, summary, owner.userId],
    ),
  );
  return id;
}

describeEachEngine('global search', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const call = callsAs(() => app, getDb);
  const search = async (user: Actor, query: string) => {
    const response = await call(user, 'GET', `/api/search?${query}`);
    return { status: response.statusCode, body: response.json<{ items: Hit[]; error?: { code: string } }>() };
  };
  const hits = async (user: Actor, q: string) =>
    (await search(user, `q=${encodeURIComponent(q)}`)).body.items;

  it('ranks an exact identifier first, then prefixes, then matches inside, then fuzzy ones', async () => {
    const db = getDb();
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 6000001',
      bol: 'ACME1',
      goods: 'Tolueno',
    });
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 6000002',
      bol: 'ACME12',
      goods: 'Tolueno',
    });
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 6000003',
      bol: 'ZZACME1',
      goods: 'Tolueno',
    });
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 6000004',
      bol: 'B4',
      goods: 'Acetona industrial',
    });
    await declare(db, world.host, SHARED, { declaration: '26 43 3001 6000005', bol: 'B5', goods: 'Acetona' });

    const acme = await hits(world.partner, 'acme1');
    expect(acme.map((h) => [h.kind, h.label])).toEqual([
      ['bill_of_lading', 'ACME1'],
      ['bill_of_lading', 'ACME12'],
      ['bill_of_lading', 'ZZACME1'],
    ]);
    expect(acme[0]!.score).toBe(3);
    expect(acme[1]!.score).toBeGreaterThan(2);
    expect(acme[1]!.score).toBeLessThan(3);
    expect(acme[2]!.score).toBeGreaterThan(1);
    expect(acme[2]!.score).toBeLessThan(2);
    expect(acme[0]!.open).toEqual({ view: 'consignment', billOfLading: 'ACME1' });

    // a typo still finds the goods, below anything the text matches exactly
    const typo = await hits(world.partner, 'acetonna');
    expect(typo.map((h) => h.label)).toEqual(['Acetona', 'Acetona industrial']);
    expect(typo.every((h) => h.score > 0 && h.score < 1)).toBe(true);
    const exact = await hits(world.partner, 'ACETONA');
    expect(exact.map((h) => [h.label, h.score >= 2])).toEqual([
      ['Acetona', true],
      ['Acetona industrial', true],
    ]);
    expect(exact[0]!.score).toBe(3);

    // a pedimento typed without its spaces is the same identifier
    const pedimento = await hits(world.partner, '2643300160000');
    expect(pedimento.filter((h) => h.kind === 'declaration').map((h) => h.id)).toEqual([
      '26 43 3001 6000001',
      '26 43 3001 6000002',
      '26 43 3001 6000003',
      '26 43 3001 6000004',
      '26 43 3001 6000005',
    ]);
  });

  it('finds text whatever its accents and case: QUIMICA finds Química, a container by its ISO 6346 number', async () => {
    const db = getDb();
    await party(db, world.host, SHARED, 'Química del Golfo, S.A. de C.V.', 'QGO-850101-AB1');
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 6000010',
      bol: 'MEDU900',
      container: 'MSKU 123456-5',
      goods: 'Ácido clorhídrico',
    });
    const company = await hits(world.partner, 'QUIMICA');
    expect(company.map((h) => [h.kind, h.label, h.context])).toEqual([
      ['company', 'Química del Golfo, S.A. de C.V.', 'QGO-850101-AB1'],
    ]);
    expect((await hits(world.partner, 'qgo850101')).map((h) => h.label)).toEqual([
      'Química del Golfo, S.A. de C.V.',
    ]);
    expect((await hits(world.host, 'acido CLORHIDRICO')).map((h) => [h.kind, h.label])).toEqual([
      ['line', 'Ácido clorhídrico'],
    ]);
    const container = await hits(world.host, 'msku1234565');
    expect(container.map((h) => [h.kind, h.label, h.score, h.open])).toEqual([
      ['container', 'MSKU 123456-5', 3, { view: 'consignment', billOfLading: 'MEDU900' }],
    ]);
  });

  it('finds only what the caller may see, and what it sees is ranked as if nothing else existed', async () => {
    const db = getDb();
    await declare(db, world.host, HOST_ONLY, {
      declaration: '26 43 3001 7000001',
      bol: 'HIDDEN1',
      goods: 'Piperidina',
    });
    await declare(db, world.host, HOST_ONLY, {
      declaration: '26 43 3001 7000002',
      bol: 'HIDDEN2',
      goods: 'Piperidina pura',
    });
    await party(db, world.host, HOST_ONLY, 'Piperidinas del Norte', null);
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 7000003',
      bol: 'SEEN1',
      goods: 'Piperidina técnica',
    });
    await declare(db, world.partner, SHARED, { declaration: 'US-0001', bol: 'SEEN2', goods: 'piperidine' });

    const hostView = await hits(world.host, 'piperidin');
    expect(hostView.map((h) => h.label)).toContain('Piperidina pura');
    expect(hostView.map((h) => h.label)).toContain('Piperidinas del Norte');
    expect((await hits(world.host, '7000001')).map((h) => h.kind)).toContain('declaration');

    const partnerView = await hits(world.partner, 'piperidin');
    expect(partnerView.map((h) => h.label)).toEqual(['piperidine', 'Piperidina técnica']);
    expect(await hits(world.partner, '26 43 3001 7000001')).toEqual([]);
    expect(await hits(world.partner, 'HIDDEN')).toEqual([]);

    // the same answers, byte for byte, once the hidden rows are gone
    const before = [
      await hits(world.partner, 'piperidin'),
      await hits(world.partner, '2643'),
      await hits(world.partner, 'seen'),
    ];
    await db.asOwner(async (tx) => {
      await tx.query(`delete from party_records where owner_agency = $1 and tlp = 'amber'`, [
        world.hostAgency,
      ]);
      await tx.query(`delete from declaration_lines where owner_agency = $1 and tlp = 'amber'`, [
        world.hostAgency,
      ]);
      await tx.query(`delete from declarations where owner_agency = $1 and tlp = 'amber'`, [
        world.hostAgency,
      ]);
    });
    expect([
      await hits(world.partner, 'piperidin'),
      await hits(world.partner, '2643'),
      await hits(world.partner, 'seen'),
    ]).toEqual(before);
  });

  it("names the records each hit was found in as a release names them, never an entity's derived records", async () => {
    const db = getDb();
    await declare(db, world.host, SHARED, {
      declaration: '26 43 3001 8000001',
      bol: 'RELS1',
      goods: 'Anilina',
    });
    await party(db, world.host, SHARED, 'Anilinas del Sur', null);
    const found = await hits(world.host, 'anilin');
    const line = found.find((h) => h.kind === 'line')!;
    expect(line.records).toEqual([
      {
        table: 'declaration_lines',
        id: line.id,
        marking: expect.objectContaining({ ownerAgency: world.hostAgency }),
      },
    ]);
    const company = found.find((h) => h.label === 'Anilinas del Sur')!;
    expect(company.records).toEqual([]); // party records are derived: their inputs are released instead
    const bol = (await hits(world.host, 'RELS1')).find((h) => h.kind === 'bill_of_lading')!;
    expect(bol.records).toEqual(line.records); // the bill of lading's one line
    const preview = await app.inject({
      method: 'POST',
      url: '/api/markings/batch/preview',
      headers: { authorization: `Bearer ${await makeSession(db, world.host)}` },
      payload: {
        records: line.records.map(({ table, id }) => ({ table, id })),
        tlp: 'amber',
      },
    });
    expect(preview.json().records.map((r: { refusal: string | null }) => r.refusal)).toEqual([null]);
  });

  it('finds incidents and field reports by source id, place, parties and narrative, opened at their pages', async () => {
    const db = getDb();
    const shared = await evidence(db, world.host, SHARED, 'S1');
    await evidence(db, world.host, HOST_ONLY, 'H1');
    const byId = await hits(world.partner, 'inc-s1');
    expect(byId.map((h) => [h.kind, h.label, h.score, h.open])).toEqual([
      ['incident', 'INC-S1', 3, { view: 'incident', incidentId: shared.incident }],
    ]);
    expect((await hits(world.partner, 'FR S1')).map((h) => [h.kind, h.open])).toEqual([
      ['field_report', { view: 'fieldReport', reportId: shared.report }],
    ]);
    expect((await hits(world.partner, 'quimicos tapatios')).map((h) => h.label)).toEqual(['INC-S1']);
    expect((await hits(world.partner, 'qta900101')).map((h) => h.label)).toEqual(['INC-S1']);
    expect((await hits(world.partner, 'anhidrido')).map((h) => h.label)).toEqual(['INC-S1']);
    expect((await hits(world.partner, 'ventanas tapadas')).map((h) => h.label)).toEqual(['FR-S1']);
    expect((await hits(world.partner, 'tlaquepaque')).map((h) => [h.kind, h.label])).toEqual([
      ['incident', 'INC-S1'],
      ['field_report', 'FR-S1'],
    ]);
    // the host sees its own as well; the partner nothing of them, not even by their id
    expect((await hits(world.host, 'tlaquepaque')).map((h) => h.label).sort()).toEqual([
      'FR-H1',
      'FR-S1',
      'INC-H1',
      'INC-S1',
    ]);
    expect(await hits(world.partner, 'INC-H1')).toEqual([]);
  });

  it('finds cases by title or summary, opened at their page, only those the caller may read', async () => {
    const db = getDb();
    const shared = await openCase(db, world.host, SHARED, 'Desvío de anhídrido acético', 'Bodega en Zapopan');
    await openCase(db, world.host, HOST_ONLY, 'Desvío de tolueno');
    expect((await hits(world.partner, 'desvio')).map((h) => [h.kind, h.label, h.open])).toEqual([
      ['case', 'Desvío de anhídrido acético', { view: 'case', caseId: shared }],
    ]);
    expect((await hits(world.partner, 'zapopan')).map((h) => h.id)).toEqual([shared]);
    // the shorter title is the closer prefix
    expect((await hits(world.host, 'DESVIO')).map((h) => h.label)).toEqual([
      'Desvío de tolueno',
      'Desvío de anhídrido acético',
    ]);
  });

  it('takes candidates from definer functions that return exactly the matching rows the caller may read', async () => {
    const db = getDb();
    const RED_TO_PARTNER = { tlp: 'red', releasableTo: ['USA'], recipients: [world.partnerAgency] };
    const RED_ELSEWHERE = { tlp: 'red', releasableTo: ['USA'], recipients: [world.hostAgency] };
    await declare(db, world.host, HOST_ONLY, { declaration: 'CAND-1', bol: 'CANDBOL1', goods: 'Piperonal' });
    await declare(db, world.host, SHARED, {
      declaration: 'CAND-2',
      bol: 'CANDBOL2',
      container: 'MSKU 765432-1',
      goods: 'Piperonal técnico',
    });
    await declare(db, world.partner, SHARED, { declaration: 'CAND-3', bol: 'CANDBOL3', goods: 'piperonal' });
    for (const mark of [RED_TO_PARTNER, RED_ELSEWHERE])
      await db.asUser(world.host, (tx) =>
        tx.query(
          `insert into party_records (id, owner_agency, tlp, releasable_to, recipients, record_id, source, role, name,
             rfc, name_core)
           values ($1, $2, $3, $4, $5, $6, 'report', 'party', 'Piperonales SA', 'PIP-010101-AB1', 'piperonales')`,
          [randomUUID(), world.hostAgency, mark.tlp, mark.releasableTo, mark.recipients, `t:${randomUUID()}`],
        ),
      );
    await evidence(db, world.host, HOST_ONLY, 'C1');
    await evidence(db, world.host, SHARED, 'C2');
    await evidence(db, world.partner, SHARED, 'C3');
    await openCase(db, world.host, HOST_ONLY, 'Caso Tlaquepaque', 'tambos');
    await openCase(db, world.partner, SHARED, 'Piperonal case', 'ventanas');
    const tables: [string, string, string, Field[]][] = [
      ['centinela_search_line_goods', 'declaration_lines', 'id', [name('goods_description')]],
      ['centinela_search_line_bills', 'declaration_lines', 'id', [key('bill_of_lading')]],
      ['centinela_search_line_containers', 'declaration_lines', 'id', [key('container_no')]],
      ['centinela_search_declarations', 'declarations', `owner_agency || '/' || id`, [key('id')]],
      ['centinela_search_party_records', 'party_records', 'id', [name('name'), key('rfc')]],
      [
        'centinela_search_permits',
        'permits',
        'id',
        [key('permit_id'), name('holder_name'), key('holder_rfc')],
      ],
      ['centinela_search_locations', 'locations', 'id', [name('name'), key('location_id')]],
      [
        'centinela_search_incidents',
        'incidents',
        'id',
        [
          key('incident_id'),
          name('place'),
          name(`array_to_string(party_names, ' ')`),
          key(`array_to_string(party_rfcs, ' ')`),
          name('narrative'),
        ],
      ],
      ['centinela_search_cases', 'cases', 'id', [name('title'), name('summary')]],
      [
        'centinela_search_field_reports',
        'field_reports',
        'id',
        [key('report_id'), name('place'), name('narrative')],
      ],
    ];
    for (const user of [world.host, world.otherHost, world.partner, world.admin])
      for (const q of [
        'piperonal',
        'PIPERONALES',
        'pi',
        'candbol',
        'CAND-2',
        'msku7654',
        'pip010101',
        '%',
        'piperonla',
        'A.A.',
        'inc-c',
        'bodega tlaquepaq',
        'tambos',
        'ventanas',
      ])
        for (const [fn, table, id, fields] of tables) {
          const [candidates, visible] = await db.asUser(user, async (tx) => [
            (
              await tx.query<{ id: string }>(
                `select distinct ${id}::text as id from ${fn}($1, 1000) as c order by 1`,
                [q],
              )
            ).rows,
            (
              await tx.query<{ id: string }>(
                `with ${TERMS} select ${id}::text as id from ${table}, terms t where ${ruleOf(fields)} order by 1`,
                [q],
              )
            ).rows,
          ]);
          expect({ fn, q, candidates }).toEqual({ fn, q, candidates: visible });
        }
  });

  it('returns only the best `limit` hits from the candidate functions, every row of a grouped one, hidden rows never counted', async () => {
    const db = getDb();
    // hidden from the partner, and better than anything it sees: it must not take the partner's only place
    await declare(db, world.host, HOST_ONLY, { declaration: 'TOP-1', bol: 'TOPBOL', goods: 'Safrol' });
    await declare(db, world.host, SHARED, { declaration: 'TOP-2', bol: 'TOPBOL1', goods: 'Safrol' });
    await declare(db, world.host, SHARED, { declaration: 'TOP-3', bol: 'TOPBOL1', goods: 'Safrol' });
    await declare(db, world.host, SHARED, { declaration: 'TOP-4', bol: 'TOPBOL12', goods: 'Safrol' });
    const [partnerRows, hostRows] = await Promise.all(
      [world.partner, world.host].map((user) =>
        db.asUser(user, async (tx) =>
          (
            await tx.query<{ bol: string; score: number }>(
              `select l.bill_of_lading as bol, c.score from centinela_search_line_bills('topbol', 1) c
                 join declaration_lines l on l.id = c.id order by 1`,
            )
          ).rows.map((r) => r.bol),
        ),
      ),
    );
    expect(partnerRows).toEqual(['TOPBOL1', 'TOPBOL1']);
    expect(hostRows).toEqual(['TOPBOL']);
    const partner = await search(world.partner, 'q=topbol&limit=1');
    expect(partner.body.items.map((h) => [h.kind, h.label])).toEqual([['bill_of_lading', 'TOPBOL1']]);
    const two = await search(world.partner, 'q=topbol&limit=2');
    expect(two.body.items.map((h) => h.label)).toEqual(['TOPBOL1', 'TOPBOL12']);
  });

  it('keeps the folded columns with the rows they fold: a corrected description is found by its new words only', async () => {
    const db = getDb();
    const line = await declare(db, world.host, SHARED, {
      declaration: 'FOLD-1',
      bol: 'FOLDBOL',
      goods: 'Tolueno',
    });
    expect((await hits(world.host, 'tolueno')).map((h) => h.id)).toContain(line);
    await db.asUser(world.host, (tx) =>
      tx.query(`update declaration_lines set goods_description = 'Ácido fenilacético' where id = $1`, [line]),
    );
    expect((await hits(world.host, 'tolueno')).map((h) => h.id)).not.toContain(line);
    expect((await hits(world.host, 'ACIDO FENILACETICO')).map((h) => [h.id, h.score])).toEqual([[line, 3]]);
    // a value written into a folded column itself is folded again from the row
    await db.asOwner((tx) =>
      tx.query(`update declaration_lines set search_goods = 'tolueno' where id = $1`, [line]),
    );
    expect((await hits(world.host, 'tolueno')).map((h) => h.id)).not.toContain(line);
  });

  it('matches a text of short words only where names start with it or contain it, never fuzzily (0655)', async () => {
    const db = getDb();
    await party(db, world.host, HOST_ONLY, 'Abarrotes A.A. y Cia', null);
    // its word 'A' has the only trigrams 'a.a.' has ('  a', ' a '): word similarity 1, so pg_trgm calls it similar
    await party(db, world.host, HOST_ONLY, 'Aceros Atlas S.A.', null);
    const [candidates, rule] = await db.asUser(world.host, async (tx) => [
      (
        await tx.query<{ name: string }>(
          `select pr.name from centinela_search_party_records($1, 10) c join party_records pr using (id) order by 1`,
          ['A.A.'],
        )
      ).rows.map((r) => r.name),
      (
        await tx.query<{ name: string }>(
          `with ${TERMS} select name from party_records, terms t where ${ruleOf([name('name'), key('rfc')])}
            order by 1`,
          ['A.A.'],
        )
      ).rows.map((r) => r.name),
    ]);
    expect(rule).toEqual(['Abarrotes A.A. y Cia']);
    expect(candidates).toEqual(['Abarrotes A.A. y Cia']);
    expect(
      await db.asUser(
        world.host,
        async (tx) =>
          (await tx.query<{ similar: boolean }>(`select 'a.a.' <% 'aceros atlas s.a.' as similar`)).rows[0],
      ),
    ).toEqual({ similar: true });
    expect((await hits(world.host, 'A.A.')).map((h) => h.label)).toEqual(['Abarrotes A.A. y Cia']);
    // a word of three letters keeps the fuzzy match
    expect((await hits(world.host, 'Atlaz')).map((h) => h.label)).toEqual(['Aceros Atlas S.A.']);
  });

  it('finds companies by their distinct names, kept as records are written, renamed or copied with triggers off', async () => {
    const db = getDb();
    await party(db, world.host, SHARED, 'Distribuidora Álamo', null);
    await party(db, world.host, SHARED, 'Distribuidora Álamo', 'DAL-010101-AB1');
    // one company (the same name, no normalised RFC): the best record's name and RFC
    expect((await hits(world.partner, 'alamo')).map((h) => [h.label, h.context])).toEqual([
      ['Distribuidora Álamo', 'DAL-010101-AB1'],
    ]);
    await db.asUser(world.host, (tx) =>
      tx.query(`update party_records set name = 'Distribuidora Ébano' where rfc = 'DAL-010101-AB1'`),
    );
    expect((await hits(world.partner, 'ebano')).map((h) => h.label)).toEqual(['Distribuidora Ébano']);
    expect((await hits(world.partner, 'alamo')).map((h) => h.label)).toEqual(['Distribuidora Álamo']);
    // a reduced world is copied in replica mode (src/sharing/reduce.ts): the names follow the rows
    await db.asOwner(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      await tx.query(
        `insert into party_records (id, owner_agency, tlp, releasable_to, record_id, source, role, name, rfc,
           name_core, search_name, search_rfc)
         values ($1, $2, 'green', '{MEX,USA}', $3, 'report', 'party', 'Ferretera Cedro', null, 'ferretera cedro',
           'ferretera cedro', null)`,
        [randomUUID(), world.hostAgency, `test:${randomUUID()}`],
      );
    });
    expect((await hits(world.partner, 'cedro')).map((h) => h.label)).toEqual(['Ferretera Cedro']);
  });

  it('records the read of the restricted records it returned, once per request', async () => {
    const db = getDb();
    const line = await declare(db, world.host, HOST_ONLY, {
      declaration: 'D-AUD-1',
      bol: 'AUDIT1',
      goods: 'Safrol',
    });
    await declare(db, world.host, SHARED, { declaration: 'D-AUD-2', bol: 'AUDIT2', goods: 'Safrol' });
    await sequenceAudit(db);
    const before = await db.asOwner((tx) => tx.query('select count(*)::int as n from audit_log'));
    expect((await hits(world.host, 'safrol')).length).toBe(2);
    await sequenceAudit(db);
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ action: string; subject_table: string | null; subject_ids: string[] }>(
        'select action, subject_table, subject_ids from audit_log order by seq offset $1',
        [(before.rows[0] as { n: number }).n],
      ),
    );
    expect(rows).toEqual([{ action: 'read', subject_table: 'declaration_lines', subject_ids: [line] }]);
  });
});
