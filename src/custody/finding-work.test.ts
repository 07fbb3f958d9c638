import { describe, expect, it } from 'vitest';
import { carryOver, readReopenReason, reopenReason, type PriorFinding } from './finding-work.ts';

const HOST = ['MX-ANAM', 'MX-CNI'];
const prior = (overrides: Partial<PriorFinding> = {}): PriorFinding => ({
  viewers: HOST,
  billOfLading: 'BOL-1',
  kind: 'dwell',
  severity: 'medium',
  status: 'open',
  assignee: null,
  dismissReason: null,
  updatedAt: '2024-03-10T00:00:00.000Z',
  ...overrides,
});

describe('carrying the work on findings over a re-analysis', () => {
  it('gives each new finding the work of its (bill of lading, kind), and a new pair none', () => {
    const { work, reopened } = carryOver(
      [prior({ status: 'assigned', assignee: 'u-1' }), prior({ kind: 'split', status: 'escalated' })],
      [
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', severity: 'medium' },
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', severity: 'low' },
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'tracking_gap', severity: 'high' },
        { viewers: HOST, billOfLading: 'BOL-2', kind: 'dwell', severity: 'low' },
      ],
    );
    expect(work.map((w) => w.status)).toEqual(['assigned', 'assigned', 'open', 'open']);
    expect(work[0]).toEqual({
      status: 'assigned',
      assignee: 'u-1',
      dismissReason: null,
      updatedAt: '2024-03-10T00:00:00.000Z',
    });
    expect(work[2]!.updatedAt).toBeNull(); // never worked: starts now
    expect(reopened).toEqual([]);
  });

  it('reopens a dismissed pair whose highest severity rose, and only that one; the assignee stays', () => {
    const dismissed = { status: 'dismissed' as const, dismissReason: 'permiso verificado', assignee: 'u-1' };
    const { work, reopened } = carryOver(
      [
        prior({ ...dismissed, severity: 'medium' }),
        prior({ ...dismissed, severity: 'low' }),
        prior({ ...dismissed, kind: 'split', severity: 'high' }),
        prior({ kind: 'tracking_gap', severity: 'low', status: 'acknowledged' }),
      ],
      [
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', severity: 'high' },
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'split', severity: 'medium' },
        { viewers: HOST, billOfLading: 'BOL-1', kind: 'tracking_gap', severity: 'high' },
      ],
    );
    expect(reopened).toEqual([
      { viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', from: 'medium', to: 'high' },
    ]);
    expect(work[0]).toEqual({ status: 'open', assignee: 'u-1', dismissReason: null, updatedAt: null });
    expect(work[1]).toMatchObject({ status: 'dismissed', dismissReason: 'permiso verificado' });
    // Only a dismissal is undone by a rise: other work stands.
    expect(work[2]).toMatchObject({ status: 'acknowledged' });
  });

  it('takes the latest change when the findings of a pair disagree', () => {
    const { work } = carryOver(
      [
        prior({ status: 'acknowledged', updatedAt: '2024-03-11T00:00:00.000Z' }),
        prior({ status: 'escalated', updatedAt: '2024-03-12T00:00:00.000Z' }),
        prior({ status: 'open', updatedAt: '2024-03-10T00:00:00.000Z' }),
      ],
      [{ viewers: HOST, billOfLading: 'BOL-1', kind: 'dwell', severity: 'medium' }],
    );
    expect(work[0]!.status).toBe('escalated');
  });
});

describe('carrying work over between visibility classes (issue 11, class 3)', () => {
  const dismissed = { status: 'dismissed' as const, dismissReason: 'solo para MEX: fuente sensible' };
  const next = (viewers: string[]) => ({
    viewers,
    billOfLading: 'BOL-1',
    kind: 'dwell' as const,
    severity: 'medium' as const,
  });

  it('never carries a dismissal to a class with an agency that could not read it', () => {
    const { work } = carryOver([prior(dismissed)], [next(['MX-ANAM', 'MX-CNI', 'US-DEA']), next(['US-DEA'])]);
    expect(work.map((w) => [w.status, w.dismissReason])).toEqual([
      ['open', null],
      ['open', null],
    ]);
  });

  it('carries it to a class every one of whose agencies read it, the nearest class first', () => {
    const { work } = carryOver(
      [
        prior({
          ...dismissed,
          viewers: ['MX-ANAM', 'MX-CNI', 'US-DEA'],
          updatedAt: '2024-03-12T00:00:00.000Z',
        }),
        prior({ status: 'acknowledged', viewers: HOST }),
      ],
      [next(['MX-ANAM']), next(['MX-ANAM', 'MX-CNI', 'US-DEA'])],
    );
    expect(work.map((w) => w.status)).toEqual(['acknowledged', 'dismissed']);
  });
});

describe('the reason a reopening records', () => {
  it('reads back as the severities it was written from, and nothing else reads as one', () => {
    expect(readReopenReason(reopenReason({ from: 'low', to: 'high' }))).toEqual({ from: 'low', to: 'high' });
    expect(readReopenReason('Patio autorizado')).toBeNull();
    expect(readReopenReason(null)).toBeNull();
  });
});
