import { describe, expect, it } from 'vitest';
import {
  readReopenReason,
  reopenReason,
  workFromHistory,
  workOfClass,
  type HistoryEntry,
} from './finding-work.ts';
import { ViewerCache, visibilityClasses } from './visibility-classes.ts';

const HOST = ['MX-ANAM', 'MX-CNI'];
let clock = 0;
const entry = (
  overrides: Partial<HistoryEntry & { kind: string }> = {},
): HistoryEntry & { kind: string } => ({
  kind: 'dwell',
  action: 'acknowledge',
  toStatus: 'acknowledged',
  assignee: null,
  reason: null,
  severity: 'medium',
  at: `2024-03-10T00:00:${String(clock++ % 60).padStart(2, '0')}.000Z`,
  ...overrides,
});
const dismiss = (reason: string, severity: HistoryEntry['severity'] = 'medium') =>
  entry({ action: 'dismiss', toStatus: 'dismissed', reason, severity });

describe('the work on findings, folded from the history a class reads', () => {
  it('is open with no history, and follows each entry: the assignee and the reason stay', () => {
    expect(workFromHistory([], 'low')).toEqual({
      work: { status: 'open', assignee: null, dismissReason: null, updatedAt: null },
      reopen: null,
    });
    const assign = entry({ action: 'assign', toStatus: 'assigned', assignee: 'u-1' });
    const dismissal = dismiss('permiso verificado');
    const { work } = workFromHistory([entry(), assign, dismissal], 'medium');
    expect(work).toEqual({
      status: 'dismissed',
      assignee: 'u-1',
      dismissReason: 'permiso verificado',
      updatedAt: dismissal.at,
    });
  });

  it('reopens a dismissal when the pair is now more severe than it was dismissed at, keeping the assignee', () => {
    const assign = entry({ action: 'assign', toStatus: 'assigned', assignee: 'u-1' });
    expect(workFromHistory([assign, dismiss('patio autorizado', 'medium')], 'high')).toEqual({
      work: { status: 'open', assignee: 'u-1', dismissReason: null, updatedAt: null },
      reopen: { from: 'medium', to: 'high' },
    });
    // As severe or less: still dismissed; only a dismissal is undone by a rise.
    expect(workFromHistory([dismiss('x', 'medium')], 'low').work.status).toBe('dismissed');
    expect(workFromHistory([entry({ severity: 'low' })], 'high').work.status).toBe('acknowledged');
    // Once the reopening is on the record, the pair is open without another one.
    const reopened = entry({ action: 'reopen', toStatus: 'open', reason: 'severity medium → high' });
    expect(workFromHistory([dismiss('x', 'medium'), reopened], 'high')).toEqual({
      work: { status: 'open', assignee: null, dismissReason: null, updatedAt: reopened.at },
      reopen: null,
    });
  });

  it('folds each kind of a class apart, against the kind’s highest severity', () => {
    const { workOfKind, reopened } = workOfClass(
      'BOL-1',
      HOST,
      [
        { kind: 'dwell', severity: 'low' },
        { kind: 'dwell', severity: 'high' },
        { kind: 'tracking_gap', severity: 'low' },
      ],
      [
        dismiss('patio', 'medium'),
        entry({ kind: 'tracking_gap', action: 'escalate', toStatus: 'escalated' }),
      ],
    );
    expect(workOfKind.get('dwell')!.status).toBe('open');
    expect(workOfKind.get('tracking_gap')!.status).toBe('escalated');
    expect(reopened).toEqual([
      { viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', from: 'medium', to: 'high' },
    ]);
  });
});

describe('the history among the inputs of a visibility class (issue 11, class 3)', () => {
  const agencies = [
    { agency: 'MX-ANAM', nation: 'MEX' },
    { agency: 'MX-CNI', nation: 'MEX' },
    { agency: 'US-DEA', nation: 'USA' },
  ];
  const shared = {
    owner_agency: 'MX-ANAM',
    tlp: 'green' as const,
    releasable_to: ['MEX', 'USA'],
    recipients: [],
  };
  const classesWith = (work: { viewers: string[]; marking: typeof shared }[]) =>
    visibilityClasses(
      { lines: [{ marking: shared }], events: [], permits: [], permitLines: [], work },
      new ViewerCache(agencies),
      agencies,
      () => '',
    ).map((c) => [c.viewers, c.work.length]);

  it('separates the agencies that read a dismissal from those that do not, whatever else they share', () => {
    expect(classesWith([])).toEqual([[['MX-ANAM', 'MX-CNI', 'US-DEA'], 0]]);
    // Taken where only the host read it: the partner, seeing the same line, derives its own finding, open.
    expect(classesWith([{ viewers: HOST, marking: shared }])).toEqual([
      [HOST, 1],
      [['US-DEA'], 0],
    ]);
    // Marked for the owner only: read by MX-ANAM alone, though its class held MX-CNI too.
    expect(
      classesWith([
        { viewers: HOST, marking: { ...shared, tlp: 'amber+strict', releasable_to: ['MEX'] } as never },
      ]),
    ).toEqual([
      [['MX-ANAM'], 1],
      [['MX-CNI', 'US-DEA'], 0],
    ]);
  });
});

describe('the reason a reopening records', () => {
  it('reads back as the severities it was written from, and nothing else reads as one', () => {
    expect(readReopenReason(reopenReason({ from: 'low', to: 'high' }))).toEqual({ from: 'low', to: 'high' });
    expect(readReopenReason('Patio autorizado')).toBeNull();
    expect(readReopenReason(null)).toBeNull();
  });
});
