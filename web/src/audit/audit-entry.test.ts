import { describe, expect, it } from 'vitest';
import { actionKey, describeDetail, filtersFromSearch } from './audit-entry.ts';

describe('reading an audit entry', () => {
  it('looks dotted actions up without i18next splitting them', () => {
    expect(actionKey('alert.dismiss')).toBe('audit.actions.alert_dismiss');
    expect(actionKey('read')).toBe('audit.actions.read');
  });

  it('puts the status change first and keeps every other field', () => {
    expect(describeDetail({ to: 'dismissed', from: 'acknowledged', reason: 'Permiso verificado' })).toEqual([
      { key: 'status', value: 'acknowledged → dismissed' },
      { key: 'reason', value: 'Permiso verificado' },
    ]);
    expect(describeDetail({ consignments: 108, kinds: ['dwell', 'split'] })).toEqual([
      { key: 'consignments', value: '108' },
      { key: 'kinds', value: 'dwell, split' },
    ]);
  });

  it('shows a marking change as before and after', () => {
    const parts = describeDetail({
      before: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
      after: { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: ['US-DEA'] },
    });
    expect(parts).toEqual([{ key: 'marking', value: 'TLP:AMBER REL MEX → TLP:GREEN REL MEX, USA +US-DEA' }]);
  });

  it('keeps only well-formed filters from the URL', () => {
    const search = new URLSearchParams('user=analista&from=yesterday&to=2026-12-04&action=&agency= MX-ANAM ');
    expect(filtersFromSearch(search)).toEqual({ user: 'analista', to: '2026-12-04', agency: 'MX-ANAM' });
  });
});
