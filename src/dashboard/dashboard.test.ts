/**
 * The dashboard counts exactly what each caller's lists show (same rows, same row-level security), follows a
 * narrowing at once, and refuses a bad window with a 400 naming the field.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { derivedWorld } from '../testing/derived-fixtures.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { changeMarking } from '../markings/service.ts';
import { windowStart, type Dashboard } from './service.ts';

type World = Awaited<ReturnType<typeof derivedWorld>>;

describeEachEngine('dashboard', (getDb) => {
  let app: App;
  let world: World;
  beforeEach(async () => {
    world = await derivedWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const get = async (user: Actor, url: string) => {
    const response = await app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), user)}` },
    });
    return { status: response.statusCode, body: response.json<unknown>() };
  };
  const sum = (rows: readonly { alerts?: number; findings?: number }[]) =>
    rows.reduce((total, row) => total + (row.alerts ?? row.findings ?? 0), 0);
  /** The dashboard's totals beside the lists' totals, for one caller. */
  const totals = async (user: Actor) => {
    const board = (await get(user, '/api/dashboard?weeks=104')).body as Dashboard;
    const alerts = (await get(user, '/api/alerts?limit=1')).body as { total: number };
    const findings = (await get(user, '/api/findings?limit=1')).body as { total: number };
    return {
      board: {
        alertsByStatus: sum(board.alerts.byStatus),
        alertsByWeek: sum(board.alerts.byWeek),
        alertsByPort: sum(board.alerts.byPort),
        findingsByKind: sum(board.findings.byKind),
        findingsByWeek: sum(board.findings.byWeek),
      },
      lists: { alerts: alerts.total, findings: findings.total },
    };
  };

  it('counts what each caller may list, and follows a narrowing at once', async () => {
    for (const user of [world.host, world.partner, world.port, world.admin]) {
      const { board, lists } = await totals(user);
      expect(board).toEqual({
        alertsByStatus: lists.alerts,
        alertsByWeek: lists.alerts,
        alertsByPort: lists.alerts,
        findingsByKind: lists.findings,
        findingsByWeek: lists.findings,
      });
    }
    const before = await totals(world.partner);
    expect(before.lists.alerts).toBe(2);

    const { ref } = world.inputs.line1;
    await getDb().asUser(world.host, (tx) =>
      changeMarking(tx, world.host, ref.table, ref.id, {
        tlp: 'amber',
        releasableTo: ['MEX'],
        recipients: [],
      }),
    );
    const after = await totals(world.partner);
    expect(after.lists.alerts).toBe(1);
    expect(after.board.alertsByStatus).toBe(1);
    expect(after.board.findingsByKind).toBe(after.lists.findings);
    expect((await totals(world.host)).board.alertsByStatus).toBe(2);
  });

  it('ends the window on the latest declaration seen, or on the day asked for', async () => {
    const latest = (await get(world.host, '/api/dashboard')).body as Dashboard;
    expect(latest.window).toEqual({ from: windowStart('2024-03-10', 12), to: '2024-03-10', weeks: 12 });
    expect(latest.alerts.byWeek).toEqual([{ week: '2024-02-26', alerts: 2 }]);
    expect(latest.alerts.bySubstance).toEqual([]);
    const before = (await get(world.host, '/api/dashboard?to=2024-01-31&weeks=2')).body as Dashboard;
    expect(before.window.from).toBe('2024-01-18');
    expect(sum(before.alerts.byStatus)).toBe(0);
    expect(before.alerts.openByAge.map((a) => a.alerts)).toEqual([0, 0, 0, 0]);
  });

  it('refuses a bad window with a 400 that names the field', async () => {
    for (const query of ['weeks=0', 'weeks=105', 'to=2024-02-30', 'to=yesterday', 'colour=red']) {
      const { status, body } = await get(world.host, `/api/dashboard?${query}`);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body), query).toMatch(/weeks|to|colour/);
    }
  });
});
