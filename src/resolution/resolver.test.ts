import { describe, expect, it } from 'vitest';
import { Clustering } from './cluster.ts';
import { Resolver } from './resolver.ts';
import type { PartyFields } from './party.ts';
import { evaluateResolution } from './eval/evaluate.ts';
import { rfcCheckDigit } from '../identifiers/index.ts';

const rfc = (body: string) => body + rfcCheckDigit(body);
const QIP = rfc('QIP050101AB');
const QPN = rfc('QPN070303CD');

function record(recordId: string, fields: Partial<PartyFields>): PartyFields {
  return {
    recordId,
    source: 'declaration',
    role: 'importer',
    name: '',
    rfc: null,
    address: null,
    phone: null,
    ...fields,
  };
}

/** A small world: the three spellings of one importer, its hard negative, and background firms. */
function world(): PartyFields[] {
  const background = Array.from({ length: 60 }, (_, i) =>
    record(`decl:BG${i}:1:consignee`, {
      name: `${['Comercializadora', 'Servicios', 'Transportes'][i % 3]} ${['Azteca', 'Maya', 'Olmeca', 'Tolteca', 'Zapoteca'][i % 5]} ${i}`,
      rfc: rfc(`CAM${String(100101 + i).padStart(6, '0')}X${i % 9}`),
      address: `Calle ${i} No. ${i + 10}, C.P. ${String(44100 + i)}, Guadalajara, Jalisco`,
    }),
  );
  return [
    record('decl:D1:1:importer', {
      name: 'Química Industrial del Pacífico, S.A. de C.V.',
      rfc: QIP,
      address: 'Av. Manuel Álvarez 1234, Col. Centro, C.P. 28200, Manzanillo, Colima',
      phone: '314 333 1234',
    }),
    record('decl:D2:1:importer', {
      name: 'QUIMICA IND. DEL PACIFICO SA DE CV',
      rfc: QIP,
      address: 'Blvd. Miguel de la Madrid 500, C.P. 28219, Manzanillo, Col.',
    }),
    record('decl:D3:1:consignee', {
      name: 'Quimica Industrial Pacifico',
      rfc: QIP,
      address: 'Blvd. Miguel de la Madrid No. 500, CP 28219, Manzanillo, Colima',
    }),
    record('permit:P1:holder', {
      source: 'permit',
      role: 'holder',
      name: 'Química del Pacífico Norte, S. de R.L. de C.V.',
      rfc: QPN,
      address: 'Av. Manuel Álvarez 1234, Col. Centro, C.P. 28200, Manzanillo, Colima',
      phone: '314 333 1234',
    }),
    ...background,
  ];
}

const entityOf = (resolver: Resolver, recordId: string) =>
  resolver.memberGroups().find((members) => members.includes(recordId)) ?? [];

describe('Resolver', () => {
  it('resolves the issue example: three spellings are one entity, the similar name is another', () => {
    const resolver = Resolver.run(world());
    expect(entityOf(resolver, 'decl:D1:1:importer').sort()).toEqual(
      ['decl:D1:1:importer', 'decl:D2:1:importer', 'decl:D3:1:consignee'].sort(),
    );
    expect(entityOf(resolver, 'permit:P1:holder')).toEqual(['permit:P1:holder']);
  });

  it('explains every merge with the fields that agreed and their weights', () => {
    const resolver = Resolver.run(world());
    const entity = resolver
      .entities()
      .find((e) => e.members.some((m) => m.recordId === 'decl:D2:1:importer'))!;
    const linked = entity.explanations.filter((e) => e.linkedTo);
    expect(linked).toHaveLength(2);
    for (const explanation of linked) {
      expect(explanation.score!.weight).toBeGreaterThan(6);
      expect(explanation.score!.fields.find((f) => f.comparison === 'rfc')).toMatchObject({ level: 'exact' });
    }
  });

  it('respects an analyst split and a confirmation on re-runs', () => {
    const split = Resolver.run(world(), {
      decisions: [
        {
          id: 's1',
          kind: 'split',
          recordIds: ['decl:D1:1:importer'],
          otherRecordIds: ['decl:D2:1:importer', 'decl:D3:1:consignee'],
        },
      ],
    });
    expect(entityOf(split, 'decl:D1:1:importer')).toEqual(['decl:D1:1:importer']);
    expect(entityOf(split, 'decl:D2:1:importer').sort()).toEqual([
      'decl:D2:1:importer',
      'decl:D3:1:consignee',
    ]);
    const confirmed = Resolver.run(world(), {
      decisions: [{ id: 'c1', kind: 'confirm', recordIds: ['decl:D1:1:importer', 'permit:P1:holder'] }],
    });
    expect(entityOf(confirmed, 'permit:P1:holder')).toContain('decl:D1:1:importer');
  });

  it('places new records incrementally into existing entities', () => {
    const resolver = Resolver.run(world());
    resolver.add([
      record('decl:D9:2:importer', { name: 'QUIMICA INDUSTRIAL DEL PACIFICO S.A. DE C.V.', rfc: QIP }),
      record('decl:D9:3:broker', { name: 'Agencia Aduanal Ramírez Treviño', rfc: rfc('AAR990909ZZ') }),
    ]);
    expect(entityOf(resolver, 'decl:D9:2:importer')).toContain('decl:D1:1:importer');
    expect(entityOf(resolver, 'decl:D9:3:broker')).toEqual(['decl:D9:3:broker']);
  });

  it('never links on a generic RFC alone', () => {
    const resolver = Resolver.run([
      ...world(),
      record('decl:G1:1:importer', { name: 'Abarrotes La Esperanza', rfc: 'XAXX010101000' }),
      record('decl:G2:1:importer', { name: 'Ferretería El Clavo', rfc: 'XAXX010101000' }),
    ]);
    expect(entityOf(resolver, 'decl:G1:1:importer')).toEqual(['decl:G1:1:importer']);
  });
});

describe('Clustering', () => {
  it('does not chain two companies through one strong link (average linkage)', () => {
    // 0,1 are company A; 2 is company B. 1–2 match strongly by accident, 0–2 plainly differ.
    const weights = new Map([
      ['0,1', 20],
      ['1,2', 12],
      ['0,2', -15],
    ]);
    const score = (a: number, b: number) => weights.get([a, b].sort().join(',')) ?? -20;
    const clustering = new Clustering(3, score, { threshold: 6, minSupport: 0.7, sampleSide: 12 });
    clustering.tryMerge(0, 1, 20);
    clustering.tryMerge(1, 2, 12);
    expect(clustering.clusters()).toEqual([[0, 1], [2]]);
    expect(clustering.links).toHaveLength(1);
  });
});

describe('evaluation on the labelled set', () => {
  it('reaches pairwise F1 ≥ 0.97', () => {
    const result = evaluateResolution({ companies: 800, seed: 11 });
    expect(result.scores.truePairs).toBeGreaterThan(1000);
    expect(result.scores.f1).toBeGreaterThanOrEqual(0.97);
  });
});
