import { describe, expect, it } from 'vitest';
import { groupRecords } from './record-groups.ts';

const MEX = { ownerAgency: 'MX-ANAM', tlp: 'amber' as const, releasableTo: ['MEX'], recipients: [] };
const SHARED = { ...MEX, releasableTo: ['MEX', 'USA'] };

function broker(n: number, name: string, marking = MEX) {
  return {
    id: `decl:D${n}:1:broker`,
    source: 'declaration',
    role: 'broker',
    name,
    rfc: null,
    address: null,
    marking,
    matchReasons: [],
  };
}

describe('record groups', () => {
  it('folds equal records into one row with a count, and keeps apart what differs (name, marking)', () => {
    const records = [
      ...Array.from({ length: 57 }, (_, i) => broker(i, 'Adriana Gutiérrez Cruz')),
      ...Array.from({ length: 38 }, (_, i) => broker(100 + i, 'Adriana Gutiérrez Cruz', SHARED)),
      broker(200, 'GUTIÉRREZ CRUZ ADRIANA'),
    ];
    const groups = groupRecords(records);
    expect(groups.map((g) => [g.name, g.count, g.marking?.releasableTo.join(',')])).toEqual([
      ['Adriana Gutiérrez Cruz', 57, 'MEX'],
      ['Adriana Gutiérrez Cruz', 38, 'MEX,USA'],
      ['GUTIÉRREZ CRUZ ADRIANA', 1, 'MEX'],
    ]);
    expect(groups[0]!.ids).toHaveLength(57);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(records.length);
  });

  it('keeps why each group belongs: the scored match first, then identical records counted', () => {
    const records = [
      broker(1, 'Adriana Gutiérrez Cruz'),
      broker(2, 'Adriana Gutiérrez Cruz'),
      broker(3, 'Adriana Gutiérrez Cruz'),
    ];
    const match = {
      recordA: 'decl:D1:1:broker',
      recordB: 'decl:D9:1:broker',
      reason: 'match',
      probability: 0.999,
      fields: [
        { comparison: 'name', level: 'same_tokens', weight: 6.2 },
        { comparison: 'rfc', level: 'null', weight: 0 },
      ],
    };
    const identical = (n: number) => ({
      recordA: `decl:D${n}:1:broker`,
      recordB: 'decl:D1:1:broker',
      reason: 'identical',
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
});
