import { describe, expect, it } from 'vitest';
import type { Marking } from '../shared/marking.ts';
import { groupRecords, rolesOf } from './record-groups.ts';

const MEX: Marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const SHARED: Marking = { ...MEX, releasableTo: ['MEX', 'USA'] };

function broker(n: number, name: string, marking: Marking = MEX) {
  return {
    id: `row-${n}`,
    recordId: `decl:D${n}:1:broker`,
    source: 'declaration',
    role: 'broker',
    name,
    rfc: null,
    address: null,
    marking,
  };
}

describe('record groups', () => {
  it('folds equal records into one row with a count, and keeps apart what differs (name, marking)', () => {
    const records = [
      ...Array.from({ length: 57 }, (_, i) => broker(i, 'Adriana Gutiérrez Cruz')),
      ...Array.from({ length: 38 }, (_, i) => broker(100 + i, 'Adriana Gutiérrez Cruz', SHARED)),
      broker(200, 'GUTIÉRREZ CRUZ ADRIANA'),
    ];
    const groups = groupRecords(records, []);
    expect(groups.map((g) => [g.name, g.count, g.marking.releasableTo.join(',')])).toEqual([
      ['Adriana Gutiérrez Cruz', 57, 'MEX'],
      ['Adriana Gutiérrez Cruz', 38, 'MEX,USA'],
      ['GUTIÉRREZ CRUZ ADRIANA', 1, 'MEX'],
    ]);
    expect(groups[0]!.members).toHaveLength(57);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(records.length);
  });

  it('keeps why each group belongs: the scored match first, then identical records counted', () => {
    const records = [
      broker(1, 'Adriana Gutiérrez Cruz'),
      broker(2, 'Adriana Gutiérrez Cruz'),
      broker(3, 'Adriana Gutiérrez Cruz'),
    ];
    const match = {
      recordIdA: 'decl:D1:1:broker',
      reason: 'match',
      probability: 0.999,
      fields: [
        { comparison: 'name', level: 'same_tokens', weight: 6.2 },
        { comparison: 'rfc', level: 'null', weight: 0 },
      ],
    };
    const identical = (n: number) => ({
      recordIdA: `decl:D${n}:1:broker`,
      reason: 'identical',
      probability: null,
      fields: [],
    });
    const [group] = groupRecords(records, [identical(2), match, identical(3)]);
    expect(group!.evidence).toEqual([
      {
        reason: 'match',
        fields: [{ comparison: 'name', level: 'same_tokens', weight: 6.2 }],
        probability: 0.999,
        count: 1,
      },
      { reason: 'identical', fields: [], probability: null, count: 2 },
    ]);
  });

  it('says which record the entity grew from (it has no link of its own)', () => {
    const [group] = groupRecords([broker(1, 'José García Gutiérrez')], []);
    expect(group!.evidence).toEqual([{ reason: 'anchor', fields: [], probability: null, count: 1 }]);
  });

  it('counts the roles an entity plays, most frequent first', () => {
    expect(rolesOf([{ role: 'broker' }, { role: 'importer' }, { role: 'broker' }])).toEqual([
      { role: 'broker', count: 2 },
      { role: 'importer', count: 1 },
    ]);
  });
});
