import { describe, expect, it } from 'vitest';
import { parseRoute, resolveHome } from './router.ts';

const at = (hash: string, roles: string[]) => resolveHome(parseRoute(hash), roles).view;

describe('resolveHome', () => {
  it('opens the audit trail for auditors only; anyone else lands on their home', () => {
    expect(at('#/audit', ['auditor'])).toBe('audit');
    expect(at('#/audit', ['analyst'])).toBe('alerts');
    expect(at('#/audit', ['admin'])).toBe('admin');
  });

  it('opens the admin area for administrators only', () => {
    expect(at('#/admin/tokens', ['admin', 'analyst'])).toBe('admin');
    expect(at('#/admin/tokens', ['analyst'])).toBe('alerts');
  });

  it('keeps an account that only administers out of the intelligence views', () => {
    expect(at('#/alerts', ['admin'])).toBe('admin');
    expect(at('#/consignments/MSCU1', ['admin'])).toBe('admin');
    expect(at('#/consignments/MSCU1', ['analyst'])).toBe('consignment');
  });

  it('sends the bare address home by role', () => {
    expect(at('', ['admin'])).toBe('admin');
    expect(at('', ['auditor'])).toBe('alerts');
  });

  it('opens intake and the registry for analysts and regulators, reports for every reader of intelligence', () => {
    expect(at('#/intake', ['regulator'])).toBe('intake');
    expect(at('#/intake', ['advisor'])).toBe('alerts');
    expect(at('#/registry?q=acme', ['regulator'])).toBe('registry');
    expect(at('#/registry/p-1', ['analyst'])).toBe('permit');
    expect(at('#/registry', ['commander'])).toBe('alerts');
    expect(at('#/reports', ['advisor'])).toBe('reports');
    expect(at('#/reports/new', ['analyst'])).toBe('reportNew');
    expect(at('#/reports/r-1', ['analyst'])).toBe('report');
    expect(at('#/reports', ['admin'])).toBe('admin');
  });
});
