import { describe, expect, it } from 'vitest';
import { auditMarking, unresolvedMarking } from './marking.ts';

const cni = { agency: 'MX-CNI', nation: 'MEX' };

describe('the marking of an audit entry', () => {
  it('is amber to the actor’s nation when it names no record, and has none without an agency', () => {
    expect(auditMarking(cni, [])).toEqual({
      ownerAgency: 'MX-CNI',
      tlp: 'amber',
      releasableTo: ['MEX'],
      recipients: [],
    });
    expect(auditMarking({}, [])).toBeNull();
  });

  it('keeps a red record’s recipients when it also names a record that spreads (found by the property test)', () => {
    const marking = auditMarking(cni, [
      { ownerAgency: 'MX-ANAM', tlp: 'clear', releasableTo: ['MEX'], recipients: [] },
      { ownerAgency: 'MX-ANAM', tlp: 'red', releasableTo: ['MEX'], recipients: ['MX-CNI'] },
    ]);
    expect(marking).toEqual({
      ownerAgency: 'MX-ANAM',
      tlp: 'red',
      releasableTo: ['MEX'],
      recipients: ['MX-CNI'],
    });
  });

  it('is owned by the acting agency when the records have several owners', () => {
    const marking = auditMarking(cni, [
      { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
      { ownerAgency: 'US-DEA', tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
    ]);
    expect(marking).toEqual({
      ownerAgency: 'MX-CNI',
      tlp: 'amber',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
  });

  it('fails closed for records it could not resolve: red to the acting agency', () => {
    expect(unresolvedMarking(cni)).toEqual({
      ownerAgency: 'MX-CNI',
      tlp: 'red',
      releasableTo: ['MEX'],
      recipients: [],
    });
  });
});
