import { describe, expect, it } from 'vitest';
import { rfcCheckDigit } from '../identifiers/index.ts';
import { kindOfName, partyKindOf } from './party-kind.ts';

const rfc = (body: string) => body + rfcCheckDigit(body);
const broker = (name: string) => ({ role: 'broker', name, rfc: null });
const importer = (name: string, tax: string | null = null) => ({ role: 'importer', name, rfc: tax });

describe('person or company', () => {
  it('reads a customs broker written every way a declaration writes a person as a person', () => {
    const written = [
      'Adriana Gutiérrez Cruz',
      'GUTIÉRREZ CRUZ ADRIANA', // SAT order: surnames first
      'A.A. ADRIANA CRUZ GUTIERREZ',
      'LIC. Ardiana Gutierrez Cruz', // a typo in the given name: the title still says person
      'Agente Aduanal Adriana Gutiérrez Cruz',
    ];
    for (const name of written) expect(kindOfName(name, 'broker'), name).toBe('person');
    expect(partyKindOf(written.map(broker))).toBe('person');
  });

  it('reads legal forms, trade words and moral RFCs as companies', () => {
    expect(kindOfName('Química Industrial del Pacífico, S.A. de C.V.', 'importer')).toBe('company');
    expect(kindOfName('Farmoquímica Sierra Madre', 'consignee')).toBe('company'); // CFDI drops the form
    expect(kindOfName('Agencia Aduanal Garza', 'broker')).toBe('company');
    expect(kindOfName('Grupo Aduanal del Golfo, S.C.', 'broker')).toBe('company');
    expect(partyKindOf([importer('Garza Treviño', rfc('GTR990101AB'))])).toBe('company');
  });

  it('lets the RFC decide: a persona física is a person whatever the name', () => {
    expect(partyKindOf([importer('Hernández', rfc('HELJ601231AB'))])).toBe('person');
    // the RFC outranks a name that reads otherwise
    expect(partyKindOf([importer('Comercializadora Hernández', rfc('HELJ601231AB'))])).toBe('person');
  });

  it('says a given name and two surnames are a person even outside the broker role', () => {
    expect(kindOfName('José Hernández López', 'importer')).toBe('person');
    expect(kindOfName('HERNANDEZ LOPEZ JOSE', 'consignee')).toBe('person');
    expect(kindOfName('María de la Luz Torres', 'importer')).toBe('person');
  });

  it('says unknown when the records cannot tell, rather than guess company', () => {
    expect(partyKindOf([importer('Garza Villarreal')])).toBe('unknown');
    expect(partyKindOf([{ role: 'operator', name: '', rfc: null }])).toBe('unknown');
    expect(partyKindOf([])).toBe('unknown');
    expect(kindOfName('Polimex 2000', 'importer')).toBe(null);
  });

  it('is not flipped by a stray record, but a real mix is unknown', () => {
    const many = Array.from({ length: 40 }, () => broker('Lic. José García Gutiérrez'));
    expect(partyKindOf([...many, broker('Despacho Aduanal García')])).toBe('person');
    const mixed = [
      ...Array.from({ length: 5 }, () => broker('José García Gutiérrez')),
      ...Array.from({ length: 5 }, () => broker('Servicios Aduanales García, S.C.')),
    ];
    expect(partyKindOf(mixed)).toBe('unknown');
  });
});
