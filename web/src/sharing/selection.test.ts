import { afterEach, describe, expect, it } from 'vitest';
import { groupState, mayRelease, selection, withAdded, type Selected } from './selection.ts';

const rec = (n: number, table = 'declaration_lines'): Selected => ({ table, id: `r${n}`, label: `#${n}` });

describe('the release selection', () => {
  afterEach(() => selection.clear());

  it('says whether a group is all, partly or not selected; an empty group is never selected', () => {
    const group = [rec(1), rec(2)];
    expect(groupState([], group)).toBe('none');
    expect(groupState([rec(1)], group)).toBe('some');
    expect(groupState([rec(2), rec(1), rec(3)], group)).toBe('all');
    expect(groupState([rec(1)], [])).toBe('none');
    // the same id in another table is another record
    expect(groupState([rec(1, 'epcis_events')], [rec(1)])).toBe('none');
  });

  it('adds a group once, in order, up to the bound, and says how many did not fit', () => {
    expect(withAdded([rec(1)], [rec(2), rec(1), rec(2), rec(3)])).toEqual({
      next: [rec(1), rec(2), rec(3)],
      dropped: 0,
    });
    expect(withAdded([rec(1)], [rec(2), rec(3), rec(4)], 3)).toEqual({
      next: [rec(1), rec(2), rec(3)],
      dropped: 1,
    });
    expect(withAdded([rec(1), rec(2)], [rec(3)], 2).dropped).toBe(1);
  });

  it('selects and unselects a group at once, leaving the rest of the selection alone', () => {
    selection.toggle(rec(9, 'alerts'));
    expect(selection.addAll([rec(1), rec(2)])).toBe(0);
    expect(selection.has(rec(2))).toBe(true);
    selection.removeAll([rec(1), rec(2)]);
    expect(selection.has(rec(1))).toBe(false);
    expect(selection.has(rec(9, 'alerts'))).toBe(true);
    // at the bound nothing more goes in, and the caller learns how many were left out
    selection.clear();
    const many = Array.from({ length: 501 }, (_, i) => rec(i));
    expect(selection.addAll(many)).toBe(1);
    expect(selection.has(rec(499))).toBe(true);
    expect(selection.has(rec(500))).toBe(false);
  });

  it('offers a record to release only to its owner agency', () => {
    const marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
    expect(mayRelease(marking, 'MX-ANAM')).toBe(true);
    expect(mayRelease(marking, 'US-DEA')).toBe(false);
    expect(mayRelease(null, 'MX-ANAM')).toBe(false);
  });
});
